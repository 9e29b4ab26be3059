package org.tierwatch.pipeline;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tierwatch.config.TierwatchConfig;
import org.tierwatch.ingest.IngestReport;
import org.tierwatch.ingest.IngestStage;
import org.tierwatch.normalise.PartiesStage;
import org.tierwatch.normalise.ProductFamilyColumn;
import org.tierwatch.normalise.ShipmentsStage;
import org.tierwatch.publish.RunRecord;
import org.tierwatch.publish.RunsTable;
import org.tierwatch.locate.LocateStage;
import org.tierwatch.resolve.CompaniesStage;
import org.tierwatch.resolve.ExactNameResolver;
import org.tierwatch.spark.Warehouse;

/**
 * The nightly data flow: ingest, parties, locate, resolve, companies, shipments, and the run
 * record. The run is
 * all-or-nothing across tables ({@link RunGuard}); each stage reads what the previous one wrote,
 * so a stage never recomputes the lineage of another.
 */
public final class NightlyJob {
  /** How often a long stage reports the rows it has processed. */
  private static final java.time.Duration LIVE_PROGRESS_EVERY = java.time.Duration.ofSeconds(10);

  private final Warehouse warehouse;
  private final TierwatchConfig config;
  private final Progress progress;

  public NightlyJob(Warehouse warehouse, TierwatchConfig config, Progress progress) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.config = requireNonNull(config, "config is null");
    this.progress = requireNonNull(progress, "progress is null");
  }

  public RunRecord run(NightlyOptions options) {
    Instant started = Instant.now();
    String runId = options.runId();
    RunGuard guard = RunGuard.begin(warehouse, runId, progress);
    StageClock clock = new StageClock(progress);
    Map<String, Long> counts = new LinkedHashMap<>();
    IngestReport ingest = null;
    try (LiveProgress live = LiveProgress.start(warehouse.spark().sparkContext(), progress,
        clock::current, LIVE_PROGRESS_EVERY)) {
      ingest = clock.time("ingest",
          () -> new IngestStage(warehouse, config.ingest())
              .run(options.inputDirectory(), runId, options.fullRefresh()),
          IngestReport::rowsRead, "rows read");
      counts.put("rows_read", ingest.rowsRead());
      counts.put("rows_accepted", ingest.rowsAccepted());
      counts.put("rows_quarantined", ingest.rowsQuarantined());
      counts.put("files_read", (long) ingest.files().size());
      counts.put("files_unchanged", (long) ingest.unchangedFiles().size());
      counts.put("files_removed", (long) ingest.removedFiles().size());
      progress.say(String.format(java.util.Locale.ROOT,
          "ingest: %,d accepted, %,d quarantined, from %d files read (%d unchanged, %d removed)",
          ingest.rowsAccepted(), ingest.rowsQuarantined(), ingest.files().size(),
          ingest.unchangedFiles().size(), ingest.removedFiles().size()));
      counts.put("parties", clock.time("parties", () -> new PartiesStage(warehouse).run(),
          "distinct parties"));
      counts.put("located_addresses", clock.time("locate",
          () -> new LocateStage(warehouse).run(), "distinct addresses located"));
      clock.time("resolve", () -> {
        new ExactNameResolver(warehouse).run();
        return warehouse.read(ExactNameResolver.ALIASES_TABLE).count();
      }, "aliases");
      counts.put("companies", clock.time("companies", () -> new CompaniesStage(warehouse).run(),
          "companies"));
      ShipmentsStage.ShipmentCounts shipments = clock.time("shipments",
          () -> new ShipmentsStage(warehouse,
              ProductFamilyColumn.of(config.riskModel().families())).run(),
          ShipmentsStage.ShipmentCounts::shipments, "shipments");
      counts.put("shipments", shipments.shipments());
      counts.put("duplicate_records_dropped", shipments.duplicatesDropped());

      RunRecord record = record(options, started, RunRecord.SUCCEEDED, ingest, clock.timings(),
          counts, null);
      new RunsTable(warehouse).record(record);
      guard.commit();
      progress.say("run " + runId + " succeeded");
      return record;
    } catch (RuntimeException e) {
      progress.say("run " + runId + " failed; putting every table back as it was");
      guard.rollback();
      try {
        new RunsTable(warehouse).record(record(options, started, RunRecord.FAILED, ingest,
            clock.timings(), counts, String.valueOf(e.getMessage()).lines().findFirst()
                .orElse(e.getClass().getSimpleName())));
      } catch (RuntimeException recordFailure) {
        e.addSuppressed(recordFailure);
      }
      throw e;
    }
  }

  private RunRecord record(NightlyOptions options, Instant started, String status,
      IngestReport ingest, List<StageTiming> stages, Map<String, Long> counts, String error) {
    Map<String, Long> versions = new LinkedHashMap<>();
    for (String table : warehouse.listTables()) {
      if (!table.equals(RunsTable.TABLE)) {
        versions.put(table, warehouse.version(table));
      }
    }
    return new RunRecord(options.runId(), options.runDate(), status, started, Instant.now(),
        options.inputDirectory(), CodeVersion.get(), config.hash(), ingest, stages, versions,
        counts, error);
  }
}
