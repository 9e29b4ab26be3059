package org.tierwatch.ingest;

import static java.util.Objects.requireNonNull;

/** What one input file gave: every row read is either accepted or quarantined. */
public record FileIngestStats(
    String source, String path, long bytes, String sha256, long rowsRead, long rowsAccepted,
    long rowsQuarantined) {

  public FileIngestStats {
    requireNonNull(source, "source is null");
    requireNonNull(path, "path is null");
    requireNonNull(sha256, "sha256 is null");
    if (rowsAccepted + rowsQuarantined != rowsRead) {
      throw new IllegalStateException(path + ": " + rowsRead + " rows read but " + rowsAccepted
          + " accepted and " + rowsQuarantined + " quarantined");
    }
  }
}
