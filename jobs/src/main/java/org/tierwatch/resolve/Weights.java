package org.tierwatch.resolve;

/** Formats weights for explanations without {@code String.format}, which dominates a pair score. */
final class Weights {

  private Weights() {}

  /** The weight with its sign and one decimal ({@code +9.1}, {@code -0.5}); {@code veto} for -∞. */
  static String signed(double weight) {
    if (weight == Double.NEGATIVE_INFINITY) {
      return "veto";
    }
    long tenths = Math.round(Math.abs(weight) * 10);
    boolean negative = weight < 0 && tenths != 0;
    return (negative ? "-" : "+") + tenths / 10 + "." + tenths % 10;
  }
}
