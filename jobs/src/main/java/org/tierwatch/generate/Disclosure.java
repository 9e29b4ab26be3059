package org.tierwatch.generate;

import static java.util.Objects.requireNonNull;

/** A direct supplier naming one of its own suppliers (company indices), the family and its share. */
record Disclosure(int supplier, int subSupplier, TradeFamily family, double share) {

    Disclosure {
        requireNonNull(family, "family is null");
    }
}
