package org.tierwatch.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a run's ingestion did: per-file counts of the files it read, the files that belong to no
 * source, the files left alone because earlier runs read them as they are, and the files whose
 * rows left the tables because they are no longer in the input directory; {@code onlyAdded} is
 * true when the raw tables kept every row they had, so that the run only added the rows of files
 * never read before.
 */
public record IngestReport(List<FileIngestStats> files, List<String> ignoredFiles,
    List<String> unchangedFiles, List<String> removedFiles, boolean onlyAdded) {
  public IngestReport {
    files = List.copyOf(requireNonNull(files, "files is null"));
    ignoredFiles = List.copyOf(requireNonNull(ignoredFiles, "ignoredFiles is null"));
    unchangedFiles = List.copyOf(requireNonNull(unchangedFiles, "unchangedFiles is null"));
    removedFiles = List.copyOf(requireNonNull(removedFiles, "removedFiles is null"));
  }

  public IngestReport(List<FileIngestStats> files, List<String> ignoredFiles) {
    this(files, ignoredFiles, List.of(), List.of(), false);
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
