package org.tierwatch.normalise;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.sort_array;

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

  public long run() {
    Dataset<Row> parties = PartyMentions.read(warehouse)
        .groupBy(col("party_key"))
        .agg(first(col("name")).as("name"),
            first(col("address")).as("address"),
            first(col("country_raw")).as("country_raw"),
            first(col("country")).as("country"),
            max(col("registration_id")).as("registration_id"),
            count(lit(1)).as("mention_count"),
            sort_array(collect_set(col("role"))).as("roles"))
        .withColumn("address_key", sha2(concat_ws("\u0001", coalesce(col("address"), lit("")),
            coalesce(col("country_raw"), lit("")), coalesce(col("registration_id"), lit(""))),
            256).substr(1, 24));
    warehouse.overwrite(TABLE, parties);
    return warehouse.read(TABLE).count();
  }
}
