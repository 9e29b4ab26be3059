package org.tierwatch.normalise;

import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/** HS code levels as Spark expressions: the digits, and the 2, 4 and 6-digit prefixes. */
public final class HsColumns {
  private HsColumns() {}

  public static Column digits(Column hsCode) {
    Column digits = regexp_replace(hsCode, "[^0-9]", "");
    return when(length(digits).between(2, 10), digits);
  }

  /** The first {@code level} digits, or null when the code is shorter. */
  public static Column level(Column digits, int level) {
    return when(length(digits).geq(level), digits.substr(1, level));
  }
}
