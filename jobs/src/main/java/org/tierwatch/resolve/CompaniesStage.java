package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.delta.tables.DeltaTable;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.locate.LocateStage;
import org.tierwatch.normalise.PartiesStage;
import org.tierwatch.normalise.PartyMentions;
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

  /** Writes the table from every alias. */
  public long run() {
    warehouse.overwrite(TABLE, companies(warehouse.read(PartyResolver.ALIASES_TABLE)));
    return warehouse.read(TABLE).count();
  }

  /**
   * Writes again only the companies of the parties these files mention, whose spellings, counts
   * or addresses may have changed. Only for a run whose resolution kept every known party's
   * company, so that no other company gained or lost a record.
   *
   * @param files the paths of the files this run read
   */
  public long add(List<String> files) {
    requireNonNull(files, "files is null");
    if (files.isEmpty()) {
      return warehouse.read(TABLE).count();
    }
    Dataset<Row> aliases = warehouse.read(PartyResolver.ALIASES_TABLE);
    Dataset<Row> touched = aliases
        .join(PartyMentions.read(warehouse, files).select("party_key").distinct(), "party_key",
            "left_semi")
        .select("company_id").distinct();
    Dataset<Row> changed = companies(aliases.join(touched, "company_id", "left_semi"));
    DeltaTable.forPath(warehouse.spark(), warehouse.tablePath(TABLE)).as("known")
        .merge(changed.as("changed"), "known.company_id = changed.company_id")
        .whenMatched().updateAll()
        .whenNotMatched().insertAll()
        .execute();
    return warehouse.read(TABLE).count();
  }

  /** One row per company of these aliases, from all of its aliases. */
  private Dataset<Row> companies(Dataset<Row> aliases) {
    Dataset<Row> parties = warehouse.read(PartiesStage.TABLE)
        .select(col("party_key"), col("mention_count"), col("address_key"));
    Dataset<Row> located = warehouse.read(LocateStage.TABLE)
        .select(col("address_key"), col("province"), col("city"), col("confidence"),
            col("evidence"));
    return aliases
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
  }

  /** A decided province ranks above UNKNOWN whatever the confidences. */
  private static org.apache.spark.sql.Column placed() {
    return when(col("province").equalTo("UNKNOWN"), 0).otherwise(1);
  }
}
