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
    Fraction.require(riskScore, "riskScore");
    Fraction.require(exposureShare, "exposureShare");
  }
}
