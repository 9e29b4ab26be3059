package org.tierwatch.bench;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;

/**
 * A figure of the benchmark, or the reason it could not be measured. A figure whose tables do not
 * exist yet is reported as not measured, never made up.
 *
 * @param value the figure, null when not measured
 * @param notMeasured why the figure is missing, null when measured
 */
public record Measured<T>(T value, String notMeasured) {
  public Measured {
    if ((value == null) == (notMeasured == null)) {
      throw new IllegalArgumentException("exactly one of value and notMeasured must be given");
    }
  }

  public static <T> Measured<T> of(T value) {
    return new Measured<>(requireNonNull(value, "value is null"), null);
  }

  public static <T> Measured<T> notMeasured(String why) {
    return new Measured<>(null, requireNonNull(why, "why is null"));
  }

  public boolean measured() {
    return value != null;
  }

  public <R> Measured<R> map(Function<T, R> mapper) {
    return measured() ? of(mapper.apply(value)) : notMeasured(notMeasured);
  }
}
