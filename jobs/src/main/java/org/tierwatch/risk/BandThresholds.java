package org.tierwatch.risk;

import org.tierwatch.config.ConfigSection;

/** Score thresholds of the bands: HIGH at or above high, MEDIUM at or above medium, LOW above low. */
public record BandThresholds(double high, double medium, double low)
    implements java.io.Serializable {
  public BandThresholds {
    if (!(0.0 <= low && low <= medium && medium <= high && high <= 1.0)) {
      throw new IllegalArgumentException("band thresholds need 0 <= low <= medium <= high <= 1, got "
          + low + ", " + medium + ", " + high);
    }
  }

  public static BandThresholds from(ConfigSection section) {
    double high = section.fraction("high");
    double medium = section.fraction("medium");
    double low = section.fraction("low");
    section.requireAllKeysRead();
    if (!(low <= medium && medium <= high)) {
      throw section.invalid("medium", "must lie between low (" + low + ") and high (" + high + ")");
    }
    return new BandThresholds(high, medium, low);
  }
}
