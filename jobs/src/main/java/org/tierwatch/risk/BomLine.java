package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

/**
 * One row of a portfolio bill of materials: a component of the SKU (whose output family is
 * skuFamily), the component's family, the supplier named for it, the component's share of the
 * SKU and the supplier's share of that component, both in 0..1. Risk passes in proportion to
 * the supplier's share, since every unit holds the component; exposure by the component's.
 */
public record BomLine(
    String sku,
    String skuFamily,
    String supplierId,
    String componentFamily,
    double share,
    double supplierShare) {
  public BomLine {
    requireNonNull(sku, "sku is null");
    requireNonNull(skuFamily, "skuFamily is null");
    requireNonNull(supplierId, "supplierId is null");
    requireNonNull(componentFamily, "componentFamily is null");
    Fraction.require(share, "share");
    Fraction.require(supplierShare, "supplierShare");
  }
}
