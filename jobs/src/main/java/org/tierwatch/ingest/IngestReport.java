package org.tierwatch.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** What a run's ingestion read: per-file counts, and the files that belong to no source. */
public record IngestReport(List<FileIngestStats> files, List<String> ignoredFiles) {
  public IngestReport {
    files = List.copyOf(requireNonNull(files, "files is null"));
    ignoredFiles = List.copyOf(requireNonNull(ignoredFiles, "ignoredFiles is null"));
  }

  public long rowsRead() {
    return files.stream().mapToLong(FileIngestStats::rowsRead).sum();
  }

  public long rowsAccepted() {
    return files.stream().mapToLong(FileIngestStats::rowsAccepted).sum();
  }

  public long rowsQuarantined() {
    return files.stream().mapToLong(FileIngestStats::rowsQuarantined).sum();
  }
}
