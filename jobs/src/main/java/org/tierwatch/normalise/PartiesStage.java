package org.tierwatch.normalise;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sort_array;

import io.delta.tables.DeltaTable;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.spark.Warehouse;

/**
 * Writes {@code parties}: one row per distinct party record (name, address and country as seen),
 * with how often and in which roles it occurs, and the key of its address (with country and
 * registration id) under which the locate stage places it. Locating and resolving work on this
 * table.
 */
public final class PartiesStage {
  public static final String TABLE = "parties";

  private final Warehouse warehouse;

  public PartiesStage(Warehouse warehouse) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
  }

  /** Writes the table from every mention. */
  public long run() {
    warehouse.overwrite(TABLE, parties(PartyMentions.read(warehouse)));
    return warehouse.read(TABLE).count();
  }

  /**
   * Adds the mentions of the rows these files gave, as a rebuild would count them: a party seen
   * before has its mentions and roles added to, and takes the greater registration id (and so
   * perhaps another address key). Only for a run whose raw tables kept every earlier row.
   *
   * @param files the paths of the files this run read
   */
  public long add(List<String> files) {
    requireNonNull(files, "files is null");
    if (!files.isEmpty()) {
      Column registration = greatest(col("known.registration_id"), col("added.registration_id"));
      DeltaTable.forPath(warehouse.spark(), warehouse.tablePath(TABLE)).as("known")
          .merge(parties(PartyMentions.read(warehouse, files)).as("added"),
              "known.party_key = added.party_key")
          .whenMatched()
          .update(Map.of(
              "registration_id", registration,
              "mention_count", col("known.mention_count").plus(col("added.mention_count")),
              "roles", sort_array(array_union(col("known.roles"), col("added.roles"))),
              "address_key", PartyColumns.addressKey(col("known.address"),
                  col("known.country_raw"), registration)))
          .whenNotMatched().insertAll()
          .execute();
    }
    return warehouse.read(TABLE).count();
  }

  private static Dataset<Row> parties(Dataset<Row> mentions) {
    return mentions
        .groupBy(col("party_key"))
        .agg(first(col("name")).as("name"),
            first(col("address")).as("address"),
            first(col("country_raw")).as("country_raw"),
            first(col("country")).as("country"),
            max(col("registration_id")).as("registration_id"),
            count(lit(1)).as("mention_count"),
            sort_array(collect_set(col("role"))).as("roles"))
        .withColumn("address_key",
            PartyColumns.addressKey(col("address"), col("country_raw"), col("registration_id")));
  }
}
