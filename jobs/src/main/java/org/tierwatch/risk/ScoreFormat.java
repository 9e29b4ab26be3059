package org.tierwatch.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scores and weights as people read them: at most three decimals, no trailing zeros. */
final class ScoreFormat {
  private ScoreFormat() {}

  static String of(double value) {
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }
}
