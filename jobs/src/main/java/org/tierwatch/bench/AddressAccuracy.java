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
 * party record (by its own address, and where its company is placed) and per resolved company
 * (the truth of the company most of its mentions name). Placing a Jilin company in Liaoning is
 * both a false positive and a miss.
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
    return againstTruth(resolved.select(col("party_key"), col("company_key")).distinct()
        .join(located, col("party_key").equalTo(col("p_key")), "left"), truth);
  }

  /**
   * Per distinct party record, placed where the job places its company: what an analyst reads
   * for the record, a place found on one spelling carried to the others by resolution. A record
   * with a blank or cut address can count here, never in {@link #perPartyRecord}.
   */
  static PrecisionRecall perPartyRecordThroughCompany(Warehouse warehouse,
      Dataset<Row> resolved, TruthTables truth) {
    return againstTruth(placedByCompany(warehouse,
        resolved.select(col("party_key"), col("company_id"), col("company_key")).distinct()),
        truth);
  }

  static PrecisionRecall perCompany(Warehouse warehouse, Dataset<Row> majorityKeys,
      TruthTables truth) {
    return againstTruth(placedByCompany(warehouse, majorityKeys), truth);
  }

  private static Dataset<Row> placedByCompany(Warehouse warehouse, Dataset<Row> byCompanyId) {
    return byCompanyId.join(warehouse.read(CompaniesStage.TABLE).select(
            col("company_id").as("c_id"), col("province").as("predicted")),
        col("company_id").equalTo(col("c_id")), "left");
  }

  private static PrecisionRecall againstTruth(Dataset<Row> predicted, TruthTables truth) {
    return count(predicted.join(truth.locations().select(col("company_key").as("t_key"),
        col("province").as("actual")), col("company_key").equalTo(col("t_key"))));
  }

  private static PrecisionRecall count(Dataset<Row> rows) {
    Column claimed = col("predicted").isin((Object[]) NORTH_EAST);
    Column actual = col("actual").isin((Object[]) NORTH_EAST);
    return DecisionCounts.count(rows, claimed, actual, col("predicted").equalTo(col("actual")));
  }
}
