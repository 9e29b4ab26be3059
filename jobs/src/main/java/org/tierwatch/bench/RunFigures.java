package org.tierwatch.bench;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.tierwatch.pipeline.StageTiming;
import org.tierwatch.publish.RunRecord;

/**
 * One nightly run as the benchmark saw it: wall time around the whole job (run guard and
 * {@code runs} record included), input rows read and the job's own timing per stage.
 */
record RunFigures(String runId, double seconds, long rowsRead, List<StageTiming> stages) {
  RunFigures {
    requireNonNull(runId, "runId is null");
    stages = List.copyOf(requireNonNull(stages, "stages is null"));
  }

  static RunFigures of(RunRecord run, double seconds) {
    return new RunFigures(run.runId(), seconds, run.ingest().rowsRead(), run.stages());
  }

  double rowsPerSecond() {
    return seconds == 0 ? 0 : rowsRead / seconds;
  }
}
