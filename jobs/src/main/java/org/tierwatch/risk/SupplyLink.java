package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

/**
 * A supply link: the supplier ships goods of one family to the buyer; share is the supplier's
 * share of the buyer's inbound of that family, in 0..1.
 */
public record SupplyLink(
    String supplierId,
    String buyerId,
    String family,
    double share) {
  public SupplyLink {
    requireNonNull(supplierId, "supplierId is null");
    requireNonNull(buyerId, "buyerId is null");
    requireNonNull(family, "family is null");
    Fraction.require(share, "share");
  }
}
