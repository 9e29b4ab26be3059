package org.tierwatch.ingest;

/**
 * Input that stops a run before anything is written: a missing input directory, a file without
 * a header, a required column absent from a header. The message names the file and the column.
 */
public final class InputException extends RuntimeException {
  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
