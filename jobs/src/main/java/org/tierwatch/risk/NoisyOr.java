package org.tierwatch.risk;

/**
 * Noisy-OR: independent pieces of evidence with weights w combine to 1 - PRODUCT (1 - w), the
 * chance that at least one of them holds.
 */
public final class NoisyOr {
  private NoisyOr() {}

  public static double combine(double... weights) {
    double none = 1.0;
    for (double weight : weights) {
      none *= 1.0 - checked(weight);
    }
    return 1.0 - none;
  }

  public static double combine(Iterable<Double> weights) {
    double none = 1.0;
    for (double weight : weights) {
      none *= 1.0 - checked(weight);
    }
    return 1.0 - none;
  }

  private static double checked(double weight) {
    return Fraction.require(weight, "a noisy-OR weight");
  }
}
