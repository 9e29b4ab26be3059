package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.publish.RunsTable;
import org.tierwatch.spark.Warehouse;

/**
 * Writes {@code risk_changes}: what moved since the last successful run of an earlier date, read
 * at the table versions that run recorded (so a rerun of the same date compares with the same
 * run and writes the same rows). NEW / NEW_HIGH: a subject now in a band above NONE that the
 * previous run did not have; BAND_UP / BAND_DOWN; GONE: a subject in a band above NONE that is
 * no longer scored; NEW_EVIDENCE: evidence on a company the previous run did not have. On the
 * first run every subject in a band above NONE is NEW.
 */
public final class ChangesStage {
  public static final String TABLE = "risk_changes";

  private final Warehouse warehouse;

  public ChangesStage(Warehouse warehouse) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
  }

  /** Writes the table and returns how many changes it holds. */
  public long run(String runId, LocalDate runDate) {
    Optional<Map<String, Long>> previous = previousVersions(runDate);
    Dataset<Row> changes = subjectChanges("sku",
            current(RiskTablesWriter.PRODUCT_RISK, "sku"),
            before(previous, RiskTablesWriter.PRODUCT_RISK, "sku"))
        .unionByName(subjectChanges("company",
            current(RiskTablesWriter.COMPANY_RISK, "company_id"),
            before(previous, RiskTablesWriter.COMPANY_RISK, "company_id")));
    if (previous.isPresent() && previous.get().containsKey(EvidenceTable.TABLE)) {
      changes = changes.unionByName(newEvidence(previous.get()));
    }
    warehouse.overwrite(TABLE, changes.withColumn("run_id", lit(runId)).select(col("run_id"),
        col("subject_type"), col("subject_id"), col("change"), col("previous_band"),
        col("band"), col("previous_score"), col("score"), col("detail")));
    return warehouse.read(TABLE).count();
  }

  private Optional<Map<String, Long>> previousVersions(LocalDate runDate) {
    if (!warehouse.exists(RunsTable.TABLE)) {
      return Optional.empty();
    }
    java.util.List<Row> rows = warehouse.read(RunsTable.TABLE)
        .filter(col("status").equalTo("succeeded")
            .and(col("run_date").lt(lit(Date.valueOf(runDate)))))
        .orderBy(col("run_date").desc()).select(col("table_versions")).limit(1).collectAsList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).getJavaMap(0));
  }

  private Dataset<Row> current(String table, String idColumn) {
    return warehouse.read(table).select(col(idColumn).as("subject_id"), col("band"),
        col("risk_score").as("score"));
  }

  private Dataset<Row> before(Optional<Map<String, Long>> previous, String table,
      String idColumn) {
    Dataset<Row> now = current(table, idColumn);
    if (previous.isEmpty() || !previous.get().containsKey(table)) {
      return now.filter(lit(false));
    }
    return warehouse.spark().read().format("delta")
        .option("versionAsOf", previous.get().get(table)).load(warehouse.tablePath(table))
        .select(col(idColumn).as("subject_id"), col("band"), col("risk_score").as("score"));
  }

  private static Dataset<Row> subjectChanges(String type, Dataset<Row> now, Dataset<Row> was) {
    Dataset<Row> joined = now.join(was.select(col("subject_id"),
            col("band").as("previous_band"), col("score").as("previous_score")),
        new String[] {"subject_id"}, "full_outer");
    Column rankNow = rank(col("band"));
    Column rankWas = rank(col("previous_band"));
    Column change = when(col("band").isNull(),
            when(col("previous_band").notEqual("NONE"), "GONE"))
        .when(col("previous_band").isNull(), when(col("band").equalTo("HIGH"), "NEW_HIGH")
            .when(col("band").notEqual("NONE"), "NEW"))
        .when(rankNow.gt(rankWas), "BAND_UP")
        .when(rankNow.lt(rankWas), "BAND_DOWN");
    return joined.withColumn("change", change).filter(col("change").isNotNull())
        .select(lit(type).as("subject_type"), col("subject_id"), col("change"),
            col("previous_band"), col("band"), col("previous_score"), col("score"),
            concat(lit("band "), coalesce(col("previous_band"), lit("-")), lit(" -> "),
                coalesce(col("band"), lit("-"))).as("detail"));
  }

  private Dataset<Row> newEvidence(Map<String, Long> previous) {
    String[] key = {"company_id", "evidence_type", "source_record"};
    Dataset<Row> was = warehouse.spark().read().format("delta")
        .option("versionAsOf", previous.get(EvidenceTable.TABLE))
        .load(warehouse.tablePath(EvidenceTable.TABLE)).select(key[0], key[1], key[2]);
    Dataset<Row> company = current(RiskTablesWriter.COMPANY_RISK, "company_id");
    Dataset<Row> wasCompany = before(Optional.of(previous), RiskTablesWriter.COMPANY_RISK,
        "company_id").select(col("subject_id"), col("band").as("previous_band"),
        col("score").as("previous_score"));
    return warehouse.read(EvidenceTable.TABLE).filter(col("weight").gt(0.0))
        .join(was, key, "left_anti")
        .groupBy(col("company_id").as("subject_id"))
        .agg(array_join(sort_array(collect_set(col("evidence_type"))), ", ").as("types"))
        .join(company, new String[] {"subject_id"}, "left")
        .join(wasCompany, new String[] {"subject_id"}, "left")
        .select(lit("company").as("subject_type"), col("subject_id"),
            lit("NEW_EVIDENCE").as("change"), col("previous_band"), col("band"),
            col("previous_score"), col("score"),
            concat(lit("new evidence: "), col("types")).as("detail"));
  }

  private static Column rank(Column band) {
    return when(band.equalTo("HIGH"), 3).when(band.equalTo("MEDIUM"), 2)
        .when(band.equalTo("LOW"), 1).otherwise(0);
  }
}
