package org.tierwatch.pipeline;

/** Another run is writing to the same warehouse; this one must not start. */
public final class RunConflictException extends RuntimeException {
  public RunConflictException(String message) {
    super(message);
  }
}
