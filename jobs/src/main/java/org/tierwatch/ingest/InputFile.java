package org.tierwatch.ingest;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/** One landed input file: its source, qualified path and size. */
public record InputFile(InputSource source, String path, long bytes) {
  public InputFile {
    requireNonNull(source, "source is null");
    requireNonNull(path, "path is null");
  }

  public boolean isParquet() {
    return path.toLowerCase(Locale.ROOT).endsWith(".parquet");
  }
}
