package org.tierwatch.ingest;

import static java.util.Objects.requireNonNull;

/**
 * One row of {@code ingested_files}: a landed file whose rows are in the raw tables and
 * {@code quarantine}, the run that read it, and what it gave. Size and modification time are the
 * cheap test for "unchanged"; the checksum is the truth.
 */
public record IngestedFile(
    String path, String source, long size, long modifiedAt, String checksum, String runId,
    long rowsRead, long rowsAccepted, long rowsQuarantined) {

  public IngestedFile {
    requireNonNull(path, "path is null");
    requireNonNull(source, "source is null");
    requireNonNull(checksum, "checksum is null");
    requireNonNull(runId, "runId is null");
  }

  /** The row of a file this run read. */
  static IngestedFile read(InputFile file, FileIngestStats stats, String runId) {
    return new IngestedFile(file.path(), file.source().id(), stats.bytes(), file.modifiedAt(),
        stats.sha256(), runId, stats.rowsRead(), stats.rowsAccepted(), stats.rowsQuarantined());
  }

  /** The same file, seen again with another modification time but the same bytes. */
  IngestedFile touched(long newModifiedAt) {
    return new IngestedFile(path, source, size, newModifiedAt, checksum, runId, rowsRead,
        rowsAccepted, rowsQuarantined);
  }
}
