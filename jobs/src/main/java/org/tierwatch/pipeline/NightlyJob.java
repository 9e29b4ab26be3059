package org.tierwatch.pipeline;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tierwatch.analyst.DecisionFileImport;
import org.tierwatch.analyst.UnmatchedDecisions;
import org.tierwatch.config.TierwatchConfig;
import org.tierwatch.ingest.FileIngestStats;
import org.tierwatch.ingest.IngestReport;
import org.tierwatch.ingest.IngestStage;
import org.tierwatch.normalise.PartiesStage;
import org.tierwatch.normalise.ProductFamilyColumn;
import org.tierwatch.normalise.ShipmentsStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.graph.PortfolioLinksStage;
import org.tierwatch.graph.SupplyLinksStage;
import org.tierwatch.graph.TiersStage;
import org.tierwatch.publish.RunBasis;
import org.tierwatch.publish.RunRecord;
import org.tierwatch.risk.ChangesStage;
import org.tierwatch.risk.EvidenceStage;
import org.tierwatch.risk.PathsStage;
import org.tierwatch.risk.PropagationStage;
import org.tierwatch.risk.RiskModel;
import org.tierwatch.risk.RiskScores;
import org.tierwatch.risk.RiskTablesWriter;
import org.tierwatch.publish.RunsTable;
import org.tierwatch.locate.LocateStage;
import org.tierwatch.resolve.CompaniesStage;
import org.tierwatch.resolve.PartyResolver;
import org.tierwatch.resolve.ResolveSummary;
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
      DecisionFileImport.Result decisions = clock.time("decisions",
          () -> new DecisionFileImport(warehouse).run(options.runDate(), started),
          DecisionFileImport.Result::appended, "decisions logged");
      counts.put("decisions_logged", decisions.appended());
      counts.put("decisions_invalid", decisions.invalid());
      if (decisions.invalid() > 0) {
        progress.say("decisions: " + decisions.invalid() + " rows in decisions/ name a subject "
            + "type or decision outside the vocabulary and were not logged");
      }
      List<String> filesRead = ingest.files().stream().map(FileIngestStats::path).toList();
      boolean rowsOnlyAdded = onlyAddsRowsToTheLastRun(ingest);
      counts.put("parties_incremental", rowsOnlyAdded ? 1L : 0L);
      counts.put("locate_incremental", rowsOnlyAdded ? 1L : 0L);
      counts.put("parties", clock.time("parties",
          () -> rowsOnlyAdded ? new PartiesStage(warehouse).add(filesRead)
              : new PartiesStage(warehouse).run(),
          "distinct parties"));
      counts.put("located_addresses", clock.time("locate",
          () -> rowsOnlyAdded ? new LocateStage(warehouse).add()
              : new LocateStage(warehouse).run(),
          "distinct addresses located"));
      ResolveSummary resolved = clock.time("resolve",
          () -> new PartyResolver(warehouse, config.resolve())
              .run(options.fullRefresh(), CodeVersion.build()),
          ResolveSummary::companies, "resolved companies");
      progress.say("resolve: " + resolved.describe());
      counts.put("resolve_incremental", resolved.incremental() ? 1L : 0L);
      counts.put("resolve_records", resolved.records());
      counts.put("resolved_companies", resolved.companies());
      counts.put("resolve_nodes", resolved.nodes());
      counts.put("resolve_component_rounds", (long) resolved.componentRounds());
      counts.put("candidate_pairs", resolved.candidatePairs());
      counts.put("matched_pairs", resolved.matchedPairs());
      boolean resolvedOnlyAdded = rowsOnlyAdded && resolved.incremental()
          && warehouse.exists(ShipmentsStage.TABLE) && warehouse.exists(CompaniesStage.TABLE);
      counts.put("companies_incremental", resolvedOnlyAdded ? 1L : 0L);
      counts.put("companies", clock.time("companies",
          () -> resolvedOnlyAdded ? new CompaniesStage(warehouse).add(filesRead)
              : new CompaniesStage(warehouse).run(),
          "companies"));
      counts.put("decisions_unmatched", clock.time("unmatched_decisions",
          this::reportUnmatchedDecisions, "decisions about subjects gone"));
      counts.put("shipments_incremental", resolvedOnlyAdded ? 1L : 0L);
      ShipmentsStage.ShipmentCounts shipments = clock.time("shipments",
          () -> {
            ShipmentsStage stage = new ShipmentsStage(warehouse,
                ProductFamilyColumn.of(config.riskModel().families()));
            return resolvedOnlyAdded ? stage.add(filesRead) : stage.run();
          },
          ShipmentsStage.ShipmentCounts::shipments, "shipments");
      counts.put("shipments", shipments.shipments());
      counts.put("duplicate_records_dropped", shipments.duplicatesDropped());
      scoreRisk(options, clock, counts);

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

  /** The graph and risk stages: links, tiers, evidence, propagation, paths, result tables. */
  private void scoreRisk(NightlyOptions options, StageClock clock, Map<String, Long> counts) {
    RiskModel model = config.riskModel();
    counts.put("supply_links", clock.time("supply_links",
        () -> new SupplyLinksStage(warehouse, model).run(options.runDate()), "supply links"));
    counts.put("portfolio_links", clock.time("portfolio_links",
        () -> new PortfolioLinksStage(warehouse, model).run(), "BOM rows"));
    counts.put("company_tiers", clock.time("tiers",
        () -> new TiersStage(warehouse, model.propagation().maxDepth() + 1).run(),
        "companies with a tier"));
    EvidenceStage.EvidenceCounts evidence = clock.time("evidence",
        () -> new EvidenceStage(warehouse, model).run(options.runDate()),
        EvidenceStage.EvidenceCounts::rows, "evidence rows");
    counts.put("risk_evidence", evidence.rows());
    counts.put("company_decisions_unmatched", evidence.unmatchedDecisions());
    counts.put("decisions_unusable", evidence.unusableDecisions());
    RiskScores scores = clock.time("propagation",
        () -> new PropagationStage(warehouse, model).run(), RiskScores::rounds, "rounds");
    Dataset<Row> paths = clock.time("paths", () -> new PathsStage(warehouse, model).run(scores),
        Dataset::count, "paths");
    counts.put("product_risk", clock.time("risk_tables",
        () -> new RiskTablesWriter(warehouse, model).write(options.runId(), scores, paths),
        "SKUs scored"));
    counts.put("risk_changes", clock.time("risk_changes",
        () -> new ChangesStage(warehouse).run(options.runId(), options.runDate()), "changes"));
  }

  /**
   * Whether this run only adds rows to what the last successful run wrote: ingestion kept every
   * earlier row, and the build and configuration (product families, among others) are that run's,
   * so that every row it derived would be derived the same again. Parties and addresses are then
   * added to; companies and shipments too, once resolution has also kept every known party's
   * company.
   */
  private boolean onlyAddsRowsToTheLastRun(IngestReport ingest) {
    return ingest.onlyAdded()
        && warehouse.exists(PartiesStage.TABLE) && warehouse.exists(LocateStage.TABLE)
        && new RunsTable(warehouse).lastSucceeded()
            .filter(new RunBasis(CodeVersion.build(), config.hash())::equals).isPresent();
  }

  /** A decision whose subject has gone is kept and reported, never a reason to fail the run. */
  private long reportUnmatchedDecisions() {
    UnmatchedDecisions unmatched = new UnmatchedDecisions(warehouse);
    org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> rows = unmatched.find().cache();
    long count = rows.count();
    if (count > 0) {
      progress.say("decisions: " + count + " about subjects no longer in the inputs, e.g. "
          + String.join("; ", unmatched.describe(rows, 3)));
    }
    rows.unpersist();
    return count;
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
        options.inputDirectory(), CodeVersion.build(), config.hash(), ingest, stages, versions,
        counts, error);
  }
}
