package org.tierwatch.resolve;

/**
 * What one resolution did, for the console and the benchmark: how many nodes the records became
 * (records of one name that match whatever else they say are one node, see {@link PartyNodes}),
 * how many candidate pairs of nodes scoring kept (pairs vetoed by two known countries are not
 * kept) and how many it matched, how many rounds connected components took (they fail past
 * resolve.max-rounds), and the size of the largest company, which is where a bad chain shows.
 */
public record ResolveSummary(long records, long nodes, long candidatePairs, long matchedPairs,
    int componentRounds, long companies, long largestCompany) {
  public ResolveSummary {
    if (records < 0 || nodes < 0 || candidatePairs < 0 || matchedPairs < 0 || componentRounds < 0
        || companies < 0 || largestCompany < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** One line for the progress console. */
  public String describe() {
    return String.format(java.util.Locale.ROOT,
        "%,d party records as %,d nodes, %,d candidate pairs scored and kept, %,d matched,"
            + " components in %d rounds, largest company %,d records",
        records, nodes, candidatePairs, matchedPairs, componentRounds, largestCompany);
  }
}
