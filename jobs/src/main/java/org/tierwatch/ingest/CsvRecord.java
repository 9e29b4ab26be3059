package org.tierwatch.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One CSV record as read: the physical line it starts on (the header is line 1), its raw text
 * without the final line break, its fields, and the reader's problem with it when it could not
 * be split into fields.
 */
public record CsvRecord(long lineNumber, String rawText, List<String> fields, String problem) {
  public CsvRecord {
    requireNonNull(rawText, "rawText is null");
    fields = List.copyOf(requireNonNull(fields, "fields is null"));
  }

  public boolean readable() {
    return problem == null;
  }
}
