package org.tierwatch.pipeline;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * What one nightly run is asked to do.
 *
 * @param fullRefresh read every input file again and rebuild the raw tables whole, instead of
 *     reading only the files that are new or changed since the last run
 */
public record NightlyOptions(String inputDirectory, LocalDate runDate, boolean fullRefresh) {
  public NightlyOptions {
    requireNonNull(inputDirectory, "inputDirectory is null");
    requireNonNull(runDate, "runDate is null");
  }

  /** An incremental run. */
  public NightlyOptions(String inputDirectory, LocalDate runDate) {
    this(inputDirectory, runDate, false);
  }

  /** A run is named after its date: running the same date again replaces that run. */
  public String runId() {
    return "run-" + runDate;
  }
}
