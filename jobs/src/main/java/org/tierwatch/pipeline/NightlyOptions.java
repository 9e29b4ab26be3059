package org.tierwatch.pipeline;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** What one nightly run is asked to do. */
public record NightlyOptions(String inputDirectory, LocalDate runDate) {
  public NightlyOptions {
    requireNonNull(inputDirectory, "inputDirectory is null");
    requireNonNull(runDate, "runDate is null");
  }

  /** A run is named after its date: running the same date again replaces that run. */
  public String runId() {
    return "run-" + runDate;
  }
}
