package org.tierwatch.normalise;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;

import org.apache.spark.sql.Column;

/**
 * The key of a party as seen in the inputs: the exact name, address and country text. Every
 * table that refers to a party record uses this one key, so locating and resolving happen once
 * per distinct spelling however many shipments repeat it.
 */
public final class PartyColumns {
  private PartyColumns() {}

  public static Column partyKey(Column name, Column address, Column country) {
    return sha2(concat_ws("\u0001", coalesce(name, lit("")), coalesce(address, lit("")),
        coalesce(country, lit(""))), 256).substr(1, 24);
  }
}
