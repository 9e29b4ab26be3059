package org.tierwatch.resolve;

/**
 * Formats weights and probabilities for explanations without {@code String.format}, which
 * dominates a pair score.
 */
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

  /** A value of 0 or more rounded half up to {@code places} decimals ({@code 0.951}). */
  static String decimals(double value, int places) {
    long scale = 1;
    for (int i = 0; i < places; i++) {
      scale *= 10;
    }
    long scaled = Math.round(value * scale);
    StringBuilder fraction = new StringBuilder(Long.toString(scaled % scale));
    while (fraction.length() < places) {
      fraction.insert(0, '0');
    }
    return scaled / scale + "." + fraction;
  }
}
