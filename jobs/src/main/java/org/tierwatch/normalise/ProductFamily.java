package org.tierwatch.normalise;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.tierwatch.config.ConfigSection;

/** A product family: an id shared by the whole project, its sector, and the HS prefixes it owns. */
public record ProductFamily(String id, String sector, List<String> hsPrefixes)
    implements java.io.Serializable {
  public ProductFamily {
    requireNonNull(id, "id is null");
    requireNonNull(sector, "sector is null");
    requireNonNull(hsPrefixes, "hsPrefixes is null");
    hsPrefixes = List.copyOf(hsPrefixes);
    if (id.isBlank() || sector.isBlank()) {
      throw new IllegalArgumentException("a product family needs an id and a sector");
    }
    for (String prefix : hsPrefixes) {
      if (HsCode.parse(prefix).map(code -> !code.digits().equals(prefix)).orElse(true)) {
        throw new IllegalArgumentException(
            "family " + id + ": an HS prefix has 2 to 10 digits only, got '" + prefix + "'");
      }
    }
  }

  /** Reads one family from its section ({@code sector}, {@code hs-prefixes}); the key is the id. */
  public static ProductFamily from(String id, ConfigSection section) {
    String sector = section.string("sector");
    List<String> prefixes = section.stringList("hs-prefixes");
    section.requireAllKeysRead();
    try {
      return new ProductFamily(id, sector, prefixes);
    } catch (IllegalArgumentException e) {
      throw section.invalid("hs-prefixes", e.getMessage());
    }
  }
}
