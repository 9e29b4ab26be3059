package org.tierwatch.ingest;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * The verdict on one input row: either typed values in contract order plus the extra columns,
 * or the reason it goes to quarantine.
 */
public record ValidatedRow(Object[] values, Map<String, String> extraColumns, String reason) {
  public ValidatedRow {
    if ((values == null) == (reason == null)) {
      throw new IllegalArgumentException("a row has either values or a reason");
    }
    extraColumns = extraColumns == null ? Map.of() : extraColumns;
  }

  static ValidatedRow accepted(Object[] values, Map<String, String> extraColumns) {
    return new ValidatedRow(requireNonNull(values, "values is null"), extraColumns, null);
  }

  static ValidatedRow rejected(String reason) {
    return new ValidatedRow(null, Map.of(), requireNonNull(reason, "reason is null"));
  }

  public boolean isAccepted() {
    return reason == null;
  }
}
