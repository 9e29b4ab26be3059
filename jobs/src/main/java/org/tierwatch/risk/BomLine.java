package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

/**
 * One row of a portfolio bill of materials: a component of the SKU (whose output family is
 * skuFamily), the component's family, the supplier named for it and its share, in 0..1.
 */
public record BomLine(
    String sku,
    String skuFamily,
    String supplierId,
    String componentFamily,
    double share) {
  public BomLine {
    requireNonNull(sku, "sku is null");
    requireNonNull(skuFamily, "skuFamily is null");
    requireNonNull(supplierId, "supplierId is null");
    requireNonNull(componentFamily, "componentFamily is null");
    Fraction.require(share, "share");
  }
}
