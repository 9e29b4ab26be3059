package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Evidence after analyst decisions, and the companies whose latest status is remediated. */
public record DecidedEvidence(List<Evidence> evidence, Set<String> remediated) {
  public DecidedEvidence {
    requireNonNull(evidence, "evidence is null");
    requireNonNull(remediated, "remediated is null");
    evidence = List.copyOf(evidence);
    remediated = Collections.unmodifiableSet(new TreeSet<>(remediated));
  }
}
