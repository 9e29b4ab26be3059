package org.tierwatch.ingest;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides whether one row of a file meets the input contract, and types its values. A row is
 * quarantined when it cannot be split into fields, has a field count other than the header's,
 * holds text that is not UTF-8, leaves a required column empty, or holds a value that does not
 * parse as its column's type. Every problem of a row is named in its reason.
 */
public final class RowValidator implements Serializable {
  private static final long serialVersionUID = 1L;

  private final HeaderMapping header;
  private final int maxFieldChars;

  public RowValidator(HeaderMapping header, int maxFieldChars) {
    this.header = requireNonNull(header, "header is null");
    this.maxFieldChars = maxFieldChars;
  }

  public ValidatedRow validate(CsvRecord record) {
    if (!record.readable()) {
      return ValidatedRow.rejected(record.problem());
    }
    return validate(record.fields(), record.rawText().indexOf('\uFFFD') >= 0);
  }

  /** Validates fields already split, as Parquet rows arrive. */
  public ValidatedRow validate(List<String> fields, boolean hasUndecodableBytes) {
    if (hasUndecodableBytes) {
      return ValidatedRow.rejected("the row holds bytes that are not valid UTF-8 text");
    }
    if (fields.size() != header.fieldCount()) {
      return ValidatedRow.rejected("the row has " + fields.size() + " fields, the header has "
          + header.fieldCount());
    }
    List<ColumnSpec> columns = header.source().columns();
    Object[] values = new Object[columns.size()];
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      ColumnSpec column = columns.get(i);
      int at = header.contractIndex(i);
      String text = at < 0 ? null : clean(fields.get(at));
      if (text != null && text.length() > maxFieldChars) {
        problems.add("column " + column.name() + " is longer than " + maxFieldChars
            + " characters");
      } else if (text == null || text.isEmpty()) {
        if (column.required()) {
          problems.add("required column " + column.name() + " is empty");
        }
      } else {
        try {
          values[i] = ValueParser.parse(column.type(), text);
        } catch (IllegalArgumentException e) {
          problems.add("column " + column.name() + " " + e.getMessage());
        }
      }
    }
    if (!problems.isEmpty()) {
      return ValidatedRow.rejected(String.join("; ", problems));
    }
    Map<String, String> extras = new LinkedHashMap<>();
    for (int i = 0; i < header.extraNames().size(); i++) {
      String text = fields.get(header.extraIndex(i));
      if (text.length() > maxFieldChars) {
        return ValidatedRow.rejected("column " + header.extraNames().get(i) + " is longer than "
            + maxFieldChars + " characters");
      }
      extras.put(header.extraNames().get(i), text);
    }
    return ValidatedRow.accepted(values, extras);
  }

  /** Trims spaces and a pair of stray quotes left by exports that quote twice. */
  static String clean(String field) {
    String text = field.strip();
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1).strip();
    }
    return text;
  }
}
