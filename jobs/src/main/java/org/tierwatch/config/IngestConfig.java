package org.tierwatch.config;

/**
 * Limits that keep one bad input file from harming a run.
 *
 * @param maxRecordChars a CSV record longer than this is quarantined rather than held in memory;
 *     it also bounds how far an unterminated quote may run before the reader gives up on it
 * @param maxFieldChars a single field longer than this makes its row quarantined
 */
public record IngestConfig(int maxRecordChars, int maxFieldChars) {

  public IngestConfig {
    if (maxFieldChars > maxRecordChars) {
      throw new ConfigException("ingest.max-field-chars (" + maxFieldChars
          + ") must not exceed ingest.max-record-chars (" + maxRecordChars + ")");
    }
  }

  static IngestConfig from(ConfigSection section) {
    IngestConfig config = new IngestConfig(
        section.positiveInt("max-record-chars"), section.positiveInt("max-field-chars"));
    section.requireAllKeysRead();
    return config;
  }
}
