package org.tierwatch.normalise;

import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/** {@link Countries} as a Spark expression: a literal map lookup, no UDF. */
public final class CountryColumns {
  private CountryColumns() {}

  /** The ISO alpha-2 code of a country text column, or null when it names no country. */
  public static Column iso2(Column country) {
    List<Column> entries = new ArrayList<>();
    for (Map.Entry<String, String> e : new TreeMap<>(Countries.lookup()).entrySet()) {
      entries.add(lit(e.getKey()));
      entries.add(lit(e.getValue()));
    }
    Column lookup = functions.map(entries.toArray(Column[]::new));
    return element_at(lookup, trim(regexp_replace(upper(country), "[^\\p{L}]+", " ")));
  }
}
