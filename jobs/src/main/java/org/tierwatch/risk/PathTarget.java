package org.tierwatch.risk;

/** What an explanation path ends at. */
public enum PathTarget {
  SKU,
  COMPANY
}
