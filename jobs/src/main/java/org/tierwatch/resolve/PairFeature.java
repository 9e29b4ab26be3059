package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * One piece of evidence in a pair score.
 *
 * @param name the compared field ({@code prior}, {@code name}, {@code country}, ...)
 * @param level what was observed, in words an analyst can read
 * @param weight its log2 likelihood ratio; negative infinity for a veto
 */
public record PairFeature(String name, String level, double weight) implements Serializable {
  /** The name of the feature that carries the prior odds of a match, which no pair observed. */
  public static final String PRIOR = "prior";

  public PairFeature {
    requireNonNull(name, "name is null");
    requireNonNull(level, "level is null");
    if (Double.isNaN(weight)) {
      throw new IllegalArgumentException("weight is NaN");
    }
  }

  /** The feature as {@code name level (+w)}. */
  public String explain() {
    return name + " " + level + " (" + Weights.signed(weight) + ")";
  }
}
