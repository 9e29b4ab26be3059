package org.tierwatch.normalise;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;

/**
 * Product-family classification as a Spark expression: one CASE over the configured HS prefixes,
 * longest first, so the optimizer sees built-in string functions instead of a UDF.
 */
public final class ProductFamilyColumn implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<String, String> familyByPrefix;
  private final String fallback;

  /**
   * @param familyByPrefix HS prefix (digits) to family id
   * @param fallback the family of a code no prefix matches, and of a missing code
   */
  public ProductFamilyColumn(Map<String, String> familyByPrefix, String fallback) {
    this.familyByPrefix = Map.copyOf(familyByPrefix);
    this.fallback = java.util.Objects.requireNonNull(fallback, "fallback is null");
  }

  public static ProductFamilyColumn of(ProductFamilies families) {
    Map<String, String> byPrefix = new java.util.HashMap<>();
    for (String id : families.ids()) {
      families.family(id).hsPrefixes().forEach(prefix -> byPrefix.put(prefix, id));
    }
    return new ProductFamilyColumn(byPrefix, ProductFamilies.OTHER);
  }

  public Column familyOf(Column hsDigits) {
    List<Map.Entry<String, String>> prefixes = familyByPrefix.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, String> e) -> -e.getKey().length())
            .thenComparing(Map.Entry::getKey))
        .toList();
    Column result = null;
    for (Map.Entry<String, String> prefix : prefixes) {
      Column test = hsDigits.startsWith(prefix.getKey());
      result = result == null ? when(test, prefix.getValue()) : result.when(test, prefix.getValue());
    }
    return result == null ? lit(fallback) : result.otherwise(fallback);
  }
}
