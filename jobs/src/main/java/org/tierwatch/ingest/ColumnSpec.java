package org.tierwatch.ingest;

import static java.util.Objects.requireNonNull;

/** One column of the input contract. */
public record ColumnSpec(String name, ColumnType type, boolean required) {
  public ColumnSpec {
    requireNonNull(name, "name is null");
    requireNonNull(type, "type is null");
  }

  static ColumnSpec required(String name, ColumnType type) {
    return new ColumnSpec(name, type, true);
  }

  static ColumnSpec optional(String name, ColumnType type) {
    return new ColumnSpec(name, type, false);
  }
}
