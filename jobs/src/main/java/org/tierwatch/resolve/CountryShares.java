package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The share of party records that name each country, so that a country agreement is priced by
 * its rarity as a name token is (term-frequency adjustment): two records that both say Canada
 * share more than two that both say China, which most trade records name. Without it a name of
 * common words with no address scored the same in every country, and a huge Canadian shipper's
 * name-only spellings stayed apart from it.
 *
 * @param shares each country (ISO code, upper case) to its share of the records that name one
 */
public record CountryShares(Map<String, Double> shares) implements Serializable {
  /**
   * The least share a country is priced at, about 10 bits: a country that a handful of records
   * name would otherwise weigh like a rare trade name.
   */
  static final double MIN_SHARE = 0.001;

  public CountryShares {
    shares = Map.copyOf(requireNonNull(shares, "shares is null"));
  }

  /** No shares: every country agreement is priced by the model's fixed {@code country-agree-u}. */
  public static CountryShares none() {
    return new CountryShares(Map.of());
  }

  /** Shares from the number of records naming each country; blank countries are left out. */
  public static CountryShares of(Map<String, Long> recordsByCountry) {
    requireNonNull(recordsByCountry, "recordsByCountry is null");
    Map<String, Long> counts = new HashMap<>();
    recordsByCountry.forEach((country, records) -> {
      if (country != null && !country.isBlank() && records > 0) {
        counts.merge(country.strip().toUpperCase(Locale.ROOT), records, Long::sum);
      }
    });
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Double> shares = new HashMap<>();
    counts.forEach((country, records) -> shares.put(country, (double) records / total));
    return new CountryShares(shares);
  }

  /** The share of records naming {@code country} (upper case), at least {@link #MIN_SHARE}. */
  OptionalDouble share(String country) {
    Double share = shares.get(country);
    return share == null ? OptionalDouble.empty() : OptionalDouble.of(Math.max(MIN_SHARE, share));
  }
}
