package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.normalise.PartiesStage;
import org.tierwatch.spark.Warehouse;

/**
 * The baseline resolution: party records whose names are equal once case, punctuation and
 * spacing are folded, in the same country, are one company. Honest and explainable, but blind
 * to legal-form variants, typos and word order; the scored resolver replaces it.
 */
public final class ExactNameResolver {
  public static final String ALIASES_TABLE = "company_aliases";
  static final String REASON = "exact name and country after folding case and punctuation";

  private final Warehouse warehouse;

  public ExactNameResolver(Warehouse warehouse) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
  }

  public void run() {
    Dataset<Row> parties = warehouse.read(PartiesStage.TABLE);
    Column folded = trim(regexp_replace(upper(col("name")), "[^\\p{L}\\p{N}]+", " "));
    Column key = concat_ws("|", folded, coalesce(col("country"), lit("-")));
    Dataset<Row> aliases = parties.select(
        col("party_key"),
        col("name"),
        col("address"),
        col("country"),
        concat(lit("C"), sha2(key, 256).substr(1, 15)).as("company_id"),
        lit(1.0).as("match_score"),
        lit(REASON).as("match_reason"));
    warehouse.overwrite(ALIASES_TABLE, aliases);
  }
}
