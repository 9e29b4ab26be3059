package org.tierwatch.statement;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The statement's figures from a {@link Snapshot}: coverage, exposure by sector, province and
 * tier, suppliers assessed, HIGH and MEDIUM items, and decisions (remediation). Only aggregates
 * leave Spark; every figure is a count, a sum of money or a share, never a person.
 */
public final class KpiCalculator {
  private final Snapshot snapshot;
  private final LocalDate asOf;

  public KpiCalculator(Snapshot snapshot, LocalDate asOf) {
    this.snapshot = requireNonNull(snapshot, "snapshot is null");
    this.asOf = requireNonNull(asOf, "asOf is null");
  }

  public List<Kpi> compute() {
    List<Kpi> kpis = new ArrayList<>();
    coverage(kpis);
    exposure(kpis);
    decisions(kpis);
    return kpis;
  }

  private void coverage(List<Kpi> kpis) {
    if (snapshot.has("raw_products")) {
      Row all = snapshot.table("raw_products").agg(count(lit(1)),
          coalesce(sum("annual_spend_usd"), lit(0.0)).cast("double")).head();
      kpis.add(new Kpi("coverage", "skus", "", all.getLong(0), "SKUs"));
      kpis.add(new Kpi("coverage", "spend", "", all.getDouble(1), "USD per year"));
      if (snapshot.has("raw_bom")) {
        Dataset<Row> mapped = snapshot.table("raw_products").join(
            snapshot.table("raw_bom").select("sku").distinct(), "sku");
        Row m = mapped.agg(count(lit(1)), coalesce(sum("annual_spend_usd"), lit(0.0)).cast("double")).head();
        kpis.add(new Kpi("coverage", "skus_mapped", "", m.getLong(0), "SKUs"));
        kpis.add(new Kpi("coverage", "spend_mapped", "", m.getDouble(1), "USD per year"));
      }
    }
    if (snapshot.has("raw_suppliers")) {
      kpis.add(new Kpi("coverage", "direct_suppliers", "",
          snapshot.table("raw_suppliers").select("supplier_id").distinct().count(), "suppliers"));
    }
    if (snapshot.has("company_tiers")) {
      grouped(kpis, snapshot.table("company_tiers"), "coverage", "companies_mapped", "tier",
          count(lit(1)), "companies");
    }
    if (snapshot.has("companies")) {
      grouped(kpis, snapshot.table("companies"), "assessment", "companies_located", "province",
          count(lit(1)), "companies");
    }
  }

  private void exposure(List<Kpi> kpis) {
    if (snapshot.has("company_risk")) {
      Dataset<Row> companies = latest(snapshot.table("company_risk"));
      kpis.add(new Kpi("assessment", "companies_assessed", "", companies.count(), "companies"));
      grouped(kpis, companies, "exposure", "companies", "band", count(lit(1)), "companies");
      Dataset<Row> exposed = companies.filter(col("band").isin("HIGH", "MEDIUM"));
      grouped(kpis, exposed, "exposure", "high_medium_companies_by_province", "province",
          count(lit(1)), "companies");
      grouped(kpis, exposed.withColumn("tier", col("tier").cast("string")), "exposure",
          "high_medium_companies_by_tier", "tier", count(lit(1)), "companies");
    }
    if (snapshot.has("product_risk") && snapshot.has("raw_products")) {
      Dataset<Row> skus = latest(snapshot.table("product_risk")).join(
          snapshot.table("raw_products").select("sku", "category", "annual_spend_usd"), "sku");
      grouped(kpis, skus, "exposure", "skus", "band", count(lit(1)), "SKUs");
      grouped(kpis, skus, "exposure", "spend", "band",
          coalesce(sum("annual_spend_usd"), lit(0.0)), "USD per year");
      grouped(kpis, skus.withColumn("category", coalesce(col("category"), lit("(none)"))),
          "exposure", "exposed_spend_by_sector", "category",
          coalesce(sum(col("exposure_share").multiply(col("annual_spend_usd"))), lit(0.0)),
          "USD per year");
    }
  }

  private void decisions(List<Kpi> kpis) {
    if (snapshot.has("decision_log")) {
      grouped(kpis, snapshot.table("decision_log")
              .filter(col("decided_on").leq(lit(Date.valueOf(asOf)))),
          "remediation", "decisions", "decision", countDistinct(col("decision_id")), "decisions");
    }
  }

  /** Rows of the snapshot's run only, where the table keeps every run's rows. */
  private Dataset<Row> latest(Dataset<Row> table) {
    return table.filter(col("run_id").equalTo(snapshot.runId()));
  }

  private static void grouped(List<Kpi> kpis, Dataset<Row> rows, String section, String name,
      String by, Column measure, String unit) {
    for (Row row : rows.groupBy(coalesce(col(by).cast("string"), lit("(none)")).as("d"))
        .agg(measure.cast("double")).orderBy("d").collectAsList()) {
      kpis.add(new Kpi(section, name, row.getString(0), row.getDouble(1), unit));
    }
  }
}
