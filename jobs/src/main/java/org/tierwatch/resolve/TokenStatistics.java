package org.tierwatch.resolve;

import java.io.Serializable;

/**
 * How many party records carry each name token, so that a shared rare token can weigh more than a
 * shared common one. Counts are computed over the same {@link NormalisedName#tokens()} that the
 * scorer compares (in production by a Spark aggregation; in tests by {@link TokenCounts}).
 */
public interface TokenStatistics extends Serializable {

  /** The number of party records the counts were taken from; at least 1. */
  long recordCount();

  /** The number of records whose tokens contain {@code token} (each record counts once); 0 if unseen. */
  long recordsWithToken(String token);
}
