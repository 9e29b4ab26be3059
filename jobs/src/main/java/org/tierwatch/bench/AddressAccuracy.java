package org.tierwatch.bench;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.locate.LocateStage;
import org.tierwatch.normalise.PartiesStage;
import org.tierwatch.resolve.CompaniesStage;
import org.tierwatch.spark.Warehouse;

/**
 * Whether the job places in Liaoning or Jilin exactly what the truth places there: per distinct
 * party record (its located address) and per resolved company (the truth of the company most of
 * its mentions name). Placing a Jilin company in Liaoning is both a false positive and a miss.
 */
final class AddressAccuracy {
  private static final String[] NORTH_EAST = {"LIAONING", "JILIN"};

  private AddressAccuracy() {}

  static PrecisionRecall perPartyRecord(Warehouse warehouse, Dataset<Row> resolved,
      TruthTables truth) {
    Dataset<Row> located = warehouse.read(PartiesStage.TABLE)
        .select(col("party_key").as("p_key"), col("address_key"))
        .join(warehouse.read(LocateStage.TABLE).select(col("address_key").as("a_key"),
            col("province").as("predicted")), col("address_key").equalTo(col("a_key")), "left");
    Dataset<Row> rows = resolved.select(col("party_key"), col("company_key")).distinct()
        .join(located, col("party_key").equalTo(col("p_key")), "left")
        .join(truth.locations().select(col("company_key").as("t_key"), col("province").as("actual")),
            col("company_key").equalTo(col("t_key")));
    return count(rows);
  }

  static PrecisionRecall perCompany(Warehouse warehouse, Dataset<Row> majorityKeys,
      TruthTables truth) {
    Dataset<Row> rows = majorityKeys
        .join(warehouse.read(CompaniesStage.TABLE).select(col("company_id").as("c_id"),
            col("province").as("predicted")), col("company_id").equalTo(col("c_id")), "left")
        .join(truth.locations().select(col("company_key").as("t_key"), col("province").as("actual")),
            col("company_key").equalTo(col("t_key")));
    return count(rows);
  }

  private static PrecisionRecall count(Dataset<Row> rows) {
    Column claimed = col("predicted").isin((Object[]) NORTH_EAST);
    Column actual = col("actual").isin((Object[]) NORTH_EAST);
    return DecisionCounts.count(rows, claimed, actual, col("predicted").equalTo(col("actual")));
  }
}
