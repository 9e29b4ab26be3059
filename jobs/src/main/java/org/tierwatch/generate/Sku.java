package org.tierwatch.generate;

import static java.util.Objects.requireNonNull;

/** A finished good of the portfolio. */
record Sku(String sku, String productName, String category, TradeFamily family, String hsCode, long annualSpendUsd) {

    Sku {
        requireNonNull(sku, "sku is null");
        requireNonNull(productName, "productName is null");
        requireNonNull(category, "category is null");
        requireNonNull(family, "family is null");
        requireNonNull(hsCode, "hsCode is null");
    }
}
