package org.tierwatch.generate;

/** Where a company sits in the invented trade world; decides whom it may trade with. */
enum CompanyRole {
    /** The portfolio owner: imports from the direct suppliers, ships nothing. */
    OWNER,
    /** A tier-1 supplier named in the BOM. */
    DIRECT,
    /** A clean company upstream of the portfolio (tiers 2 to 6); never in the north-east. */
    UPSTREAM,
    /** A clean company created for one planted chain, between its source and the SKU. */
    CHAIN,
    /** The evidence-bearing source of a planted chain. */
    SOURCE,
    /** Feeds raw fish to a planted re-import processor. */
    FLEET,
    /** A north-east company attached upstream of the portfolio through a family that cannot pass. */
    DECOY,
    /** Everything else: trades among itself and buys from anyone, never sells upstream of the portfolio. */
    BACKGROUND
}
