package org.tierwatch.generate;

import static java.util.Objects.requireNonNull;

/** A component of an SKU bought from one direct supplier (a company index) with its share of the SKU. */
record BomLine(int sku, String component, TradeFamily family, String hsCode, int supplier, double share) {

    BomLine {
        requireNonNull(component, "component is null");
        requireNonNull(family, "family is null");
        requireNonNull(hsCode, "hsCode is null");
    }

    BomLine withShare(double newShare) {
        return new BomLine(sku, component, family, hsCode, supplier, newShare);
    }
}
