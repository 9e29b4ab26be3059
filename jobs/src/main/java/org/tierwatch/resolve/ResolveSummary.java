package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * What one resolution did, for the console and the benchmark: how many nodes the records became
 * (records of one name that match whatever else they say are one node, see {@link PartyNodes}),
 * how many candidate pairs of nodes scoring kept (pairs vetoed by two known countries are not
 * kept) and how many it matched, how many rounds connected components took (they fail past
 * resolve.max-rounds), the size of the largest company, which is where a bad chain shows, and
 * how long each step took, in the order they ran. A run that matched only new records against
 * the last full resolution counts those records, their nodes and their pairs; {@code mode} says
 * which it was and why.
 */
public record ResolveSummary(boolean incremental, String mode, long records, long nodes,
    long candidatePairs, long matchedPairs, int componentRounds, long companies,
    long largestCompany, List<ResolveStep> steps) {
  public ResolveSummary {
    requireNonNull(mode, "mode is null");
    if (records < 0 || nodes < 0 || candidatePairs < 0 || matchedPairs < 0 || componentRounds < 0
        || companies < 0 || largestCompany < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    steps = List.copyOf(requireNonNull(steps, "steps is null"));
  }

  /** One line for the progress console. */
  public String describe() {
    StringJoiner times = new StringJoiner(", ", "; steps: ", "");
    times.setEmptyValue("");
    for (ResolveStep step : steps) {
      times.add(String.format(Locale.ROOT, "%s %.1f s", step.name(), step.seconds()));
    }
    return mode + "; " + String.format(Locale.ROOT,
        "%,d party records as %,d nodes, %,d candidate pairs scored and kept, %,d matched,"
            + " components in %d rounds, largest company %,d records",
        records, nodes, candidatePairs, matchedPairs, componentRounds, largestCompany) + times;
  }
}
