package org.tierwatch.locate;

/** Where an address lies for screening: one of the two provinces of interest, elsewhere, or undecided. */
public enum Province {
  LIAONING,
  JILIN,
  OTHER,
  UNKNOWN
}
