package org.tierwatch.analyst;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.spark.Warehouse;

/**
 * The logged decisions whose subject is in no current table (a company, SKU, party or pair of
 * parties that has gone from the inputs): reported by the nightly run and kept in the log, never
 * an error.
 */
public final class UnmatchedDecisions {
  private final Warehouse warehouse;

  public UnmatchedDecisions(Warehouse warehouse) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
  }

  public Dataset<Row> find() {
    Dataset<Row> log = new DecisionLog(warehouse).read()
        .withColumn("key_upper", upper(col("subject_key")));
    Dataset<Row> companies = log.filter(col("subject_type").equalTo("company"));
    if (warehouse.exists("companies")) {
      Dataset<Row> known = warehouse.read("companies");
      companies = companies
          .join(known.select(col("company_id").as("known_id")),
              col("subject_key").equalTo(col("known_id")), "left_anti")
          .join(known.select(upper(col("name")).as("known_name")),
              col("key_upper").equalTo(col("known_name")), "left_anti");
    }
    if (warehouse.exists("company_aliases")) {
      // The risk model applies a decision naming any spelling of a company, not only the name
      // the company is shown under, so such a decision is not reported as gone.
      companies = companies.join(warehouse.read("company_aliases")
              .select(upper(trim(col("name"))).as("alias_name")),
          upper(trim(col("subject_key"))).equalTo(col("alias_name")), "left_anti");
    }
    Dataset<Row> skus = without(log.filter(col("subject_type").equalTo("sku")), "raw_products",
        col("sku"), col("subject_key"));
    Dataset<Row> parties = without(log.filter(col("subject_type").equalTo("party")),
        "company_aliases", upper(col("name")), col("key_upper"));
    return companies.unionByName(skus).unionByName(parties).unionByName(pairs(log))
        .drop("key_upper");
  }

  /**
   * Pair decisions ("NAME A | NAME B") of which either name is no party's spelling, compared as
   * the resolver compares them (case and runs of spaces folded); a key that does not name two
   * parties cannot be applied either.
   */
  private Dataset<Row> pairs(Dataset<Row> log) {
    Dataset<Row> pairs = log.filter(col("subject_type").equalTo("pair"));
    Column names = split(col("subject_key"), "\\|");
    if (!warehouse.exists("company_aliases")) {
      return pairs;
    }
    Dataset<Row> known = warehouse.read("company_aliases").select(folded(col("name")).as("known"))
        .distinct();
    Dataset<Row> both = pairs.filter(size(names).equalTo(2))
        .join(known.withColumnRenamed("known", "known_a"),
            folded(element_at(names, 1)).equalTo(col("known_a")), "left_semi")
        .join(known.withColumnRenamed("known", "known_b"),
            folded(element_at(names, 2)).equalTo(col("known_b")), "left_semi");
    return pairs.join(both.select(col("decision_id").as("found_id")),
        col("decision_id").equalTo(col("found_id")), "left_anti");
  }

  private static Column folded(Column name) {
    return upper(trim(regexp_replace(name, "\\s+", " ")));
  }

  /** Up to {@code limit} unmatched decisions as "type key (decision)", for a progress line. */
  public List<String> describe(Dataset<Row> unmatched, int limit) {
    return unmatched.select("subject_type", "subject_key", "decision").limit(limit)
        .collectAsList().stream()
        .map(row -> row.getString(0) + " '" + row.getString(1) + "' (" + row.getString(2) + ")")
        .toList();
  }

  private Dataset<Row> without(Dataset<Row> decisions, String table,
      org.apache.spark.sql.Column known, org.apache.spark.sql.Column key) {
    if (!warehouse.exists(table)) {
      return decisions;
    }
    return decisions.join(warehouse.read(table).select(known.as("known_key")),
        key.equalTo(col("known_key")), "left_anti");
  }
}
