package org.tierwatch.generate;

/** The kinds of planted exposure, one per evidence type of the risk model that a chain can carry. */
enum ChainKind {
    /** A Liaoning or Jilin source in a risky sector. */
    LOCATION,
    /** A source whose shipments of wigs or garments declare North Korean origin. */
    DPRK_ORIGIN,
    /** A source named (with aliases) on the watchlist. */
    WATCHLIST,
    /** A Liaoning processor that receives raw fish from a country and ships processed fish back to it. */
    REIMPORT
}
