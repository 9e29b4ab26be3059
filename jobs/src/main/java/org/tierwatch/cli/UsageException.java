package org.tierwatch.cli;

/** A command line that names something impossible: its message says what and why. */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
