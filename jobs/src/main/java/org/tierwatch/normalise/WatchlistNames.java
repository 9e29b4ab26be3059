package org.tierwatch.normalise;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The names a watchlist line gives its entity: the entity name and each of its {@code |}-separated
 * aliases, one row each. A list that writes an entity's Chinese name or trade name only among its
 * aliases names the company that trades under it as surely as by its entity name.
 */
public final class WatchlistNames {
  private WatchlistNames() {}

  /**
   * The raw watchlist rows, one per name, with {@code name} and {@code name_index} (0 for the
   * entity name, 1 and up for the aliases in their order) and {@code listing_id}
   * ({@code source_file:line_number}) added.
   */
  public static Dataset<Row> of(Dataset<Row> watchlist) {
    Column aliases = filter(
        transform(split(coalesce(col("aliases"), lit("")), "\\|"), alias -> trim(alias)),
        alias -> length(alias).gt(0));
    Column names = concat(array(col("entity_name")), aliases);
    return watchlist.select(col("*"), posexplode(names).as(new String[] {"name_index", "name"}))
        .withColumn("listing_id",
            concat_ws(":", col("source_file"), col("line_number").cast("string")));
  }

  /**
   * The record id of one name: the listing for the entity name, the listing and the alias's
   * place for an alias, so every name is a mention of its own.
   */
  public static Column recordId() {
    return when(col("name_index").equalTo(0), col("listing_id"))
        .otherwise(concat(col("listing_id"), lit("#alias"), col("name_index").cast("string")));
  }
}
