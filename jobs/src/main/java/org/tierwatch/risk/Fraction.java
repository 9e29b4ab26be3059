package org.tierwatch.risk;

/** The one range check of the model: weights, shares, confidences and scores lie in 0..1. */
final class Fraction {
  private Fraction() {}

  /** Returns the value, or fails naming it when it is outside 0..1 or not a number. */
  static double require(double value, String name) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(name + " is in 0..1, got " + value);
    }
    return value;
  }
}
