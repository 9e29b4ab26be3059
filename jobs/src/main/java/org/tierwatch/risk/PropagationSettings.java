package org.tierwatch.risk;

import org.tierwatch.config.ConfigSection;

/**
 * How risk travels: tier decay d, share exponent gamma, the bound on rounds (and so on supply
 * links crossed), the convergence epsilon, and how many explanation paths to keep.
 */
public record PropagationSettings(
    double tierDecay, double shareExponent, int maxDepth, double epsilon, int topKPaths)
    implements java.io.Serializable {
  /** The least max-depth a configuration may set: the seeds document chains this deep. */
  public static final int MIN_CONFIGURED_DEPTH = 6;

  public PropagationSettings {
    Fraction.require(tierDecay, "tier decay");
    Fraction.require(shareExponent, "share exponent");
    if (maxDepth < 1 || topKPaths < 1) {
      throw new IllegalArgumentException("max depth and top-k paths are at least 1");
    }
    if (!(epsilon >= 0.0 && epsilon < 1.0)) {
      throw new IllegalArgumentException("epsilon is in 0..1, got " + epsilon);
    }
  }

  public static PropagationSettings from(ConfigSection section) {
    double tierDecay = section.fraction("tier-decay");
    double shareExponent = section.fraction("share-exponent");
    int maxDepth = section.positiveInt("max-depth");
    double epsilon = section.fraction("epsilon");
    int topKPaths = section.positiveInt("top-k-paths");
    section.requireAllKeysRead();
    if (maxDepth < MIN_CONFIGURED_DEPTH) {
      throw section.invalid("max-depth", "must be at least " + MIN_CONFIGURED_DEPTH
          + " so deep chains are followed, got " + maxDepth);
    }
    return new PropagationSettings(tierDecay, shareExponent, maxDepth, epsilon, topKPaths);
  }

  /** What a link of share sigma passes on per unit of supplier risk: d x sigma^gamma. */
  public double hopFactor(double share) {
    return tierDecay * Math.pow(share, shareExponent);
  }

  public PropagationSettings withMaxDepth(int depth) {
    return new PropagationSettings(tierDecay, shareExponent, depth, epsilon, topKPaths);
  }
}
