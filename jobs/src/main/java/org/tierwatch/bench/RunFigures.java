package org.tierwatch.bench;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.tierwatch.pipeline.StageTiming;
import org.tierwatch.publish.RunRecord;

/**
 * One nightly run as the benchmark saw it: wall time around the whole job (run guard and
 * {@code runs} record included), input rows read, the job's own timing per stage, and the
 * stages that took in only what the run's new rows add instead of rebuilding from all rows.
 */
record RunFigures(String runId, double seconds, long rowsRead, List<StageTiming> stages,
    List<String> addedOnly) {
  /** The stages that can take in only new rows, as {@code runs.counts} names them. */
  private static final List<String> ADDING_STAGES = List.of("parties", "locate", "resolve",
      "companies", "shipments");

  RunFigures {
    requireNonNull(runId, "runId is null");
    stages = List.copyOf(requireNonNull(stages, "stages is null"));
    addedOnly = List.copyOf(requireNonNull(addedOnly, "addedOnly is null"));
  }

  static RunFigures of(RunRecord run, double seconds) {
    List<String> addedOnly = ADDING_STAGES.stream()
        .filter(stage -> run.counts().getOrDefault(stage + "_incremental", 0L) == 1L)
        .toList();
    return new RunFigures(run.runId(), seconds, run.ingest().rowsRead(), run.stages(),
        addedOnly);
  }

  /** What the run read and what it rebuilt, in one line. */
  String rebuildNote() {
    return "ingestion read only new or changed files; " + (addedOnly.isEmpty()
        ? "every later stage rebuilt from all rows"
        : String.join(", ", addedOnly) + " took in only the new rows; the other stages "
            + "rebuilt from all rows");
  }

  double rowsPerSecond() {
    return seconds == 0 ? 0 : rowsRead / seconds;
  }
}
