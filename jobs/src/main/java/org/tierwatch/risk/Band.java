package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

/** The band of a risk score, for reading at a glance. */
public enum Band {
  HIGH,
  MEDIUM,
  LOW,
  NONE;

  /** HIGH at or above the high threshold, MEDIUM at or above medium, LOW strictly above low. */
  public static Band of(double score, BandThresholds thresholds) {
    requireNonNull(thresholds, "thresholds is null");
    if (score >= thresholds.high()) {
      return HIGH;
    }
    if (score >= thresholds.medium()) {
      return MEDIUM;
    }
    if (score > thresholds.low()) {
      return LOW;
    }
    return NONE;
  }
}
