package org.tierwatch.publish;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tierwatch.ingest.IngestReport;
import org.tierwatch.pipeline.StageTiming;

/**
 * One row of {@code runs}: what a run read, with which settings and code, how long each stage
 * took, and the version every table stood at when it finished.
 *
 * @param error the one-line reason of a failed run, null when it succeeded
 */
public record RunRecord(
    String runId,
    LocalDate runDate,
    String status,
    Instant startedAt,
    Instant finishedAt,
    String inputDirectory,
    String codeVersion,
    String configHash,
    IngestReport ingest,
    List<StageTiming> stages,
    Map<String, Long> tableVersions,
    Map<String, Long> counts,
    String error) {

  public static final String SUCCEEDED = "succeeded";
  public static final String FAILED = "failed";

  public RunRecord {
    requireNonNull(runId, "runId is null");
    requireNonNull(runDate, "runDate is null");
    requireNonNull(status, "status is null");
    requireNonNull(startedAt, "startedAt is null");
    requireNonNull(finishedAt, "finishedAt is null");
    requireNonNull(inputDirectory, "inputDirectory is null");
    requireNonNull(codeVersion, "codeVersion is null");
    requireNonNull(configHash, "configHash is null");
    ingest = ingest == null ? new IngestReport(List.of(), List.of()) : ingest;
    stages = List.copyOf(requireNonNull(stages, "stages is null"));
    tableVersions = Map.copyOf(requireNonNull(tableVersions, "tableVersions is null"));
    counts = Map.copyOf(requireNonNull(counts, "counts is null"));
  }
}
