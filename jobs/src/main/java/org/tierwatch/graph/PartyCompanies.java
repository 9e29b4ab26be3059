package org.tierwatch.graph;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.normalise.PartyColumns;
import org.tierwatch.resolve.PartyResolver;
import org.tierwatch.spark.Warehouse;

/**
 * The company of a party record as seen in an input (a portfolio supplier, a disclosed
 * sub-supplier, a watchlist entity), through the same party key the resolver keyed it by.
 */
public final class PartyCompanies {
  private PartyCompanies() {}

  /** Adds company_id and match_score (null when unresolved) to rows naming a party. */
  public static Dataset<Row> attach(Warehouse warehouse, Dataset<Row> rows, Column name,
      Column address, Column country) {
    Dataset<Row> aliases = warehouse.read(PartyResolver.ALIASES_TABLE)
        .select(col("party_key").as("_party_key"), col("company_id"), col("match_score"));
    return rows.withColumn("_key", PartyColumns.partyKey(name, address, country))
        .join(aliases, col("_key").equalTo(col("_party_key")), "left")
        .drop("_key", "_party_key");
  }
}
