package org.tierwatch.risk;

/** The kinds of evidence that give a company own risk. */
public enum EvidenceType {
  /** A shipment with country of origin North Korea. */
  DPRK_ORIGIN,
  /** A match to an entity named by a watchlist source. */
  WATCHLIST,
  /** Located in Liaoning or Jilin, scaled by sector and location confidence. */
  LOCATION,
  /** In another country reported for North Korean overseas labour, in its reported sectors. */
  OVERSEAS_LABOUR,
  /** Raw seafood in, processed seafood back out to the same country. */
  REIMPORT_PROCESSING,
  /** An analyst confirmed the exposure. */
  DECISION
}
