package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

/**
 * One step of an explanation path: goods of familyIn from supplier to buyer (a company, or the
 * SKU on the last step of a SKU path), which makes them into familyOut; sigma is the link's
 * share.
 */
public record PathHop(
    String supplierId,
    String buyerId,
    String familyIn,
    String familyOut,
    double sigma) {
  public PathHop {
    requireNonNull(supplierId, "supplierId is null");
    requireNonNull(buyerId, "buyerId is null");
    requireNonNull(familyIn, "familyIn is null");
    requireNonNull(familyOut, "familyOut is null");
    Fraction.require(sigma, "sigma");
  }
}
