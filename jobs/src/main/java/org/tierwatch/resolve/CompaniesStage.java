package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.locate.LocateStage;
import org.tierwatch.normalise.PartiesStage;
import org.tierwatch.spark.Warehouse;

/**
 * Writes {@code companies}: one row per resolved company, named by its most frequent spelling,
 * placed by the most confident location among all its party records, so that an address seen
 * on one record places every spelling of the same company.
 */
public final class CompaniesStage {
  public static final String TABLE = "companies";

  private final Warehouse warehouse;

  public CompaniesStage(Warehouse warehouse) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
  }

  public long run() {
    Dataset<Row> parties = warehouse.read(PartiesStage.TABLE)
        .select(col("party_key"), col("mention_count"), col("address_key"));
    Dataset<Row> located = warehouse.read(LocateStage.TABLE)
        .select(col("address_key"), col("province"), col("city"), col("confidence"),
            col("evidence"));
    Dataset<Row> companies = warehouse.read(PartyResolver.ALIASES_TABLE)
        .join(parties, "party_key")
        .join(located, "address_key")
        .groupBy(col("company_id"))
        .agg(
            max(struct(col("mention_count"), col("name"))).getField("name").as("name"),
            max(struct(col("country").isNotNull(), col("mention_count"), col("country")))
                .getField("country").as("country"),
            max(struct(placed(), col("confidence"), col("province"), col("city"),
                col("evidence"))).as("location"),
            count(lit(1)).as("alias_count"),
            sum(col("mention_count")).as("mention_count"))
        .select(
            col("company_id"),
            col("name"),
            col("country"),
            col("location.province").as("province"),
            col("location.city").as("city"),
            col("location.confidence").as("location_confidence"),
            col("location.evidence").as("location_evidence"),
            col("alias_count"),
            col("mention_count"));
    warehouse.overwrite(TABLE, companies);
    return warehouse.read(TABLE).count();
  }

  /** A decided province ranks above UNKNOWN whatever the confidences. */
  private static org.apache.spark.sql.Column placed() {
    return when(col("province").equalTo("UNKNOWN"), 0).otherwise(1);
  }
}
