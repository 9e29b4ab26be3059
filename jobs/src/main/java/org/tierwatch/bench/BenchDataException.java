package org.tierwatch.bench;

/** The benchmark cannot have its data: the directory holds other data, or the scale is refused. */
public final class BenchDataException extends RuntimeException {
  BenchDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
