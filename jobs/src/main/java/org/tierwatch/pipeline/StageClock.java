package org.tierwatch.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/** Runs stages one after another, timing each and announcing it on the console. */
public final class StageClock {
  private final Progress progress;
  private final List<StageTiming> timings = new ArrayList<>();
  private volatile String current;

  public StageClock(Progress progress) {
    this.progress = requireNonNull(progress, "progress is null");
  }

  public <T> T time(String stage, Supplier<T> work, ToLongFunction<T> rows, String unit) {
    progress.say(stage + ": started");
    long start = System.nanoTime();
    current = stage;
    T result;
    try {
      result = work.get();
    } finally {
      current = null;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long count = rows.applyAsLong(result);
    timings.add(new StageTiming(stage, seconds, count));
    progress.say(String.format(Locale.ROOT, "%s: %,d %s in %.1f s", stage, count, unit, seconds));
    return result;
  }

  public long time(String stage, Supplier<Long> work, String unit) {
    return time(stage, work, Long::longValue, unit);
  }

  /** The stage running now, or null between stages. */
  public String current() {
    return current;
  }

  public List<StageTiming> timings() {
    return List.copyOf(timings);
  }
}
