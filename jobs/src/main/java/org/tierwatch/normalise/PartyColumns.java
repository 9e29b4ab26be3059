package org.tierwatch.normalise;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;

import org.apache.spark.sql.Column;

/**
 * The keys of a party as seen in the inputs: the party key of the exact name, address and
 * country text, which every table that refers to a party record uses, so locating and resolving
 * happen once per distinct spelling however many shipments repeat it; and the address key the
 * locate stage places it by.
 */
public final class PartyColumns {
  private PartyColumns() {}

  public static Column partyKey(Column name, Column address, Column country) {
    return textKey(name, address, country);
  }

  /**
   * What the locate stage places a party record by: its address with the country and
   * registration id as seen.
   */
  public static Column addressKey(Column address, Column country, Column registrationId) {
    return textKey(address, country, registrationId);
  }

  /** 24 hex digits of SHA-256 over the texts, a missing one as empty. */
  private static Column textKey(Column... texts) {
    Column[] parts = java.util.Arrays.stream(texts).map(t -> coalesce(t, lit("")))
        .toArray(Column[]::new);
    return sha2(concat_ws("\u0001", parts), 256).substr(1, 24);
  }
}
