package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

/**
 * The score of one SKU: risk R, exposure share E and band.
 */
public record SkuRisk(
    String sku,
    String family,
    double riskScore,
    double exposureShare,
    Band band) {
  public SkuRisk {
    requireNonNull(sku, "sku is null");
    requireNonNull(family, "family is null");
    requireNonNull(band, "band is null");
    if (!(riskScore >= 0.0 && riskScore <= 1.0)) {
      throw new IllegalArgumentException("riskScore is in 0..1, got " + riskScore);
    }
    if (!(exposureShare >= 0.0 && exposureShare <= 1.0)) {
      throw new IllegalArgumentException("exposureShare is in 0..1, got " + exposureShare);
    }
  }
}
