package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The score of a candidate pair with the evidence that decided it, kept with every merge.
 *
 * @param matchWeight the sum of the feature weights, prior included; negative infinity on a veto
 * @param probability the posterior probability that the two records are one company
 * @param features every feature with its level and weight, prior first
 */
public record PairScore(double matchWeight, double probability, List<PairFeature> features)
    implements Serializable {

  public PairScore {
    features = List.copyOf(requireNonNull(features, "features is null"));
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in [0, 1], was " + probability);
    }
  }

  /** True when the pair is to be merged under the model's match threshold. */
  public boolean isMatch(MatchModel model) {
    return probability >= model.matchThreshold();
  }

  /** True when the pair is not merged but close enough for an analyst to look at. */
  public boolean needsReview(MatchModel model) {
    return !isMatch(model) && probability >= model.reviewThreshold();
  }

  /**
   * The bits of evidence against a match: the weights of every feature that argues for two
   * companies, summed and negated (a token only one name has, another place or address, a
   * differing number); infinite on a veto. A pair can score far below the review threshold with
   * nothing against it, when two misspellings of one rare name agree only fuzzily, because the
   * prior of a random pair is tiny; such a pair is unproven, not two companies.
   */
  public double againstBits() {
    if (matchWeight == Double.NEGATIVE_INFINITY) {
      return Double.POSITIVE_INFINITY;
    }
    double against = 0;
    for (PairFeature feature : features) {
      if (!feature.name().equals(PairFeature.PRIOR) && feature.weight() < 0) {
        against -= feature.weight();
      }
    }
    return against;
  }

  /** One line an analyst can read: each feature with its weight, then the probability. */
  public String explain() {
    String parts = features.stream().map(PairFeature::explain).collect(Collectors.joining(", "));
    return parts + " => p=" + Weights.decimals(probability, 3);
  }
}
