package org.tierwatch.bench;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tierwatch.normalise.PartyMentions;

/**
 * The generator's truth/ files as DataFrames, in the vocabulary of the warehouse: every party
 * mention keyed like {@link PartyMentions} (source, record_id, role) with the company it names.
 */
final class TruthTables {
  private final SparkSession spark;
  private final String truthDir;

  TruthTables(SparkSession spark, String truthDir) {
    this.spark = requireNonNull(spark, "spark is null");
    this.truthDir = requireNonNull(truthDir, "truthDir is null");
  }

  /** company_key, province (LIAONING, JILIN or OTHER). */
  Dataset<Row> locations() {
    return csv("locations.csv");
  }

  /** sku, exposed ("true"/"false"), source_company_key, chain_kind, source_tier. */
  Dataset<Row> products() {
    return csv("products.csv");
  }

  /** source, record_id, role, company_key: every mention the truth names a company for. */
  Dataset<Row> mentions() {
    Dataset<Row> trade = csv("parties.csv").select(col("source"), col("record_id"),
        when(col("role").isin("shipper", "exporter"), lit(PartyMentions.SUPPLIER))
            .otherwise(lit(PartyMentions.BUYER)).as("role"),
        col("company_key"));
    Dataset<Row> suppliers = csv("suppliers.csv").select(lit("suppliers").as("source"),
        col("supplier_id").as("record_id"), lit(PartyMentions.PORTFOLIO_SUPPLIER).as("role"),
        col("company_key"));
    Dataset<Row> disclosures = csv("disclosures.csv").select(lit("disclosures").as("source"),
        concat(col("supplier_id"), lit(":"), col("line_number")).as("record_id"),
        lit(PartyMentions.SUB_SUPPLIER).as("role"), col("company_key"));
    Dataset<Row> watchlist = csv("watchlist.csv").select(lit("watchlist").as("source"),
        concat(lit("watchlist.csv:"), col("line_number")).as("record_id"),
        lit(PartyMentions.WATCHLIST).as("role"), col("company_key"));
    return trade.unionByName(suppliers).unionByName(disclosures).unionByName(watchlist)
        .filter(nonEmpty(col("company_key")));
  }

  private static Column nonEmpty(Column column) {
    return column.isNotNull().and(column.notEqual(lit("")));
  }

  private Dataset<Row> csv(String file) {
    return spark.read().option("header", "true").option("inferSchema", "false")
        .csv(truthDir + "/" + file);
  }
}
