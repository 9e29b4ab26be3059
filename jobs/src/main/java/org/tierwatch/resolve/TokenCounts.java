package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

/**
 * Token statistics held in a map: collected on the driver from a Spark aggregation and broadcast,
 * or counted directly from a collection of names.
 *
 * @param counts records per token
 * @param recordCount records the counts were taken from
 */
public record TokenCounts(Map<String, Long> counts, long recordCount) implements TokenStatistics {

  public TokenCounts {
    counts = Map.copyOf(requireNonNull(counts, "counts is null"));
    if (recordCount < 1) {
      throw new IllegalArgumentException("recordCount must be at least 1, was " + recordCount);
    }
  }

  /** Counts each distinct token once per name. */
  public static TokenCounts of(Collection<NormalisedName> names) {
    requireNonNull(names, "names is null");
    Map<String, Long> counts = new HashMap<>();
    for (NormalisedName name : names) {
      for (String token : new HashSet<>(name.tokens())) {
        counts.merge(token, 1L, Long::sum);
      }
    }
    return new TokenCounts(counts, Math.max(1, names.size()));
  }

  @Override
  public long recordsWithToken(String token) {
    return counts.getOrDefault(token, 0L);
  }
}
