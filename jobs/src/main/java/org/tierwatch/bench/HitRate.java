package org.tierwatch.bench;

/** How many of a number of cases came out right. */
public record HitRate(long hits, long cases) {
  public HitRate {
    if (hits < 0 || cases < hits) {
      throw new IllegalArgumentException("need 0 <= hits <= cases, got " + hits + " of " + cases);
    }
  }

  /** The share of hits; 1.0 when there were no cases. */
  public double rate() {
    return cases == 0 ? 1.0 : (double) hits / cases;
  }
}
