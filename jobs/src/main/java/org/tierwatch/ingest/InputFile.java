package org.tierwatch.ingest;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * One landed input file: its source, qualified path, size and modification time (milliseconds
 * since the epoch, as the file system reports it).
 */
public record InputFile(InputSource source, String path, long bytes, long modifiedAt) {
  public InputFile {
    requireNonNull(source, "source is null");
    requireNonNull(path, "path is null");
  }

  public boolean isParquet() {
    return path.toLowerCase(Locale.ROOT).endsWith(".parquet");
  }
}
