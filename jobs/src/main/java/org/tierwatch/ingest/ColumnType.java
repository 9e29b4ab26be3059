package org.tierwatch.ingest;

/** The value types of the input contract; each knows how strictly its text must parse. */
public enum ColumnType {
  TEXT,
  DATE,
  /** A non-negative decimal number: weights, values, quantities. */
  AMOUNT,
  /** A whole non-negative number: counts. */
  COUNT,
  /** A number in 0..1. */
  FRACTION,
  /** 2 to 10 digits, dots and spaces allowed between them. */
  HS_CODE
}
