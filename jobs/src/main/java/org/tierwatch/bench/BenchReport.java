package org.tierwatch.bench;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

/** Every figure of one benchmark run, as measured side by side in one JVM. */
public record BenchReport(
    double scale,
    long seed,
    LocalDate lastDay,
    Instant startedAt,
    Machine machine,
    boolean dataReused,
    double generateSeconds,
    IoFloor.Result ioFloor,
    RunFigures full,
    RunFigures incremental,
    AccuracyReport accuracy,
    Measured<LocatorThroughput.Result> locator,
    PeakMemory memory) {

  public BenchReport {
    requireNonNull(lastDay, "lastDay is null");
    requireNonNull(startedAt, "startedAt is null");
    requireNonNull(machine, "machine is null");
    requireNonNull(ioFloor, "ioFloor is null");
    requireNonNull(full, "full is null");
    requireNonNull(incremental, "incremental is null");
    requireNonNull(accuracy, "accuracy is null");
    requireNonNull(locator, "locator is null");
    requireNonNull(memory, "memory is null");
  }

  /** The full nightly job's wall time over the I/O floor's, both on the same input. */
  double fullToFloorRatio() {
    return ioFloor.seconds() == 0 ? 0 : full.seconds() / ioFloor.seconds();
  }

  /** Rows the incremental night read: only its new files are read again. */
  long newRows() {
    return incremental.rowsRead();
  }
}
