package org.tierwatch.normalise;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tierwatch.config.ConfigException;
import org.tierwatch.config.ConfigSection;

/**
 * The product-family table: classifies an HS code by its longest matching prefix, so that 6210
 * (coveralls) is ppe although chapter 62 is garments. A missing or unmatched code is "other".
 */
public final class ProductFamilies implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** The family of anything no prefix claims, and of a missing HS code. */
  public static final String OTHER = "other";

  private final Map<String, ProductFamily> byId;
  private final Map<String, String> familyByPrefix;
  private final int longestPrefix;

  public ProductFamilies(List<ProductFamily> families) {
    requireNonNull(families, "families is null");
    Map<String, ProductFamily> ids = new TreeMap<>();
    Map<String, String> prefixes = new HashMap<>();
    int longest = 0;
    for (ProductFamily family : families) {
      if (ids.put(family.id(), family) != null) {
        throw new IllegalArgumentException("product family " + family.id() + " is defined twice");
      }
      for (String prefix : family.hsPrefixes()) {
        String previous = prefixes.put(prefix, family.id());
        if (previous != null) {
          throw new IllegalArgumentException("HS prefix " + prefix + " belongs to both "
              + previous + " and " + family.id());
        }
        longest = Math.max(longest, prefix.length());
      }
    }
    if (!ids.containsKey(OTHER)) {
      throw new IllegalArgumentException("the product families need a family '" + OTHER + "'");
    }
    this.byId = Collections.unmodifiableMap(ids);
    this.familyByPrefix = Map.copyOf(prefixes);
    this.longestPrefix = longest;
  }

  /** Reads the table from a section holding one sub-section per family id. */
  public static ProductFamilies from(ConfigSection section) {
    Map<String, ProductFamily> families = new LinkedHashMap<>();
    Map<String, String> owners = new HashMap<>();
    for (String id : section.keys()) {
      ProductFamily family = ProductFamily.from(id, section.section(id));
      for (String prefix : family.hsPrefixes()) {
        String previous = owners.putIfAbsent(prefix, id);
        if (previous != null) {
          throw section.invalid(id, "claims HS prefix " + prefix + ", which " + previous + " holds");
        }
      }
      families.put(id, family);
    }
    section.requireAllKeysRead();
    if (!families.containsKey(OTHER)) {
      throw new ConfigException("configuration key '" + section.pathOf(OTHER)
          + "' is missing: unmatched and missing HS codes need a family");
    }
    return new ProductFamilies(List.copyOf(families.values()));
  }

  /** The family of a code by longest matching prefix; null (a missing code) is "other". */
  public String familyOf(HsCode code) {
    if (code == null) {
      return OTHER;
    }
    String digits = code.digits();
    for (int length = Math.min(digits.length(), longestPrefix); length >= 2; length--) {
      String family = familyByPrefix.get(digits.substring(0, length));
      if (family != null) {
        return family;
      }
    }
    return OTHER;
  }

  /** The family of a code as written in an input file; an unreadable code is "other". */
  public String familyOfRaw(String rawHsCode) {
    return HsCode.parse(rawHsCode).map(this::familyOf).orElse(OTHER);
  }

  public String sectorOf(String family) {
    return family(family).sector();
  }

  public ProductFamily family(String id) {
    ProductFamily family = byId.get(id);
    if (family == null) {
      throw new IllegalArgumentException("unknown product family '" + id + "'");
    }
    return family;
  }

  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  /** Every family id, sorted. */
  public Set<String> ids() {
    return byId.keySet();
  }

  /** Every sector that some family belongs to, sorted. */
  public Set<String> sectors() {
    Set<String> sectors = new TreeSet<>();
    byId.values().forEach(family -> sectors.add(family.sector()));
    return Collections.unmodifiableSet(sectors);
  }

  /** The families of one sector, sorted; empty for a sector no family has. */
  public Set<String> familiesInSector(String sector) {
    Set<String> result = new TreeSet<>();
    byId.values().stream().filter(f -> f.sector().equals(sector)).forEach(f -> result.add(f.id()));
    return Collections.unmodifiableSet(result);
  }
}
