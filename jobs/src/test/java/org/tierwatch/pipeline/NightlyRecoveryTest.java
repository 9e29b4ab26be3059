package org.tierwatch.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tierwatch.analyst.DecisionLog;
import org.tierwatch.config.ConfigLoader;
import org.tierwatch.config.TierwatchConfig;
import org.tierwatch.ingest.IngestedFilesTable;
import org.tierwatch.publish.RunRecord;
import org.tierwatch.publish.RunsTable;
import org.tierwatch.spark.ComparableTables;
import org.tierwatch.spark.Directories;
import org.tierwatch.spark.SparkSessionExtension;
import org.tierwatch.spark.SharedSparkSession;
import org.tierwatch.spark.Warehouse;

/**
 * Incremental runs and recovery, each compared with one full rebuild of the same inputs:
 * data-samples/ plus a late bill-of-lading file that repeats a record of an earlier file, and a
 * late declaration that gives a known party the registration id it lacked (so its address
 * is keyed anew).
 */
@ExtendWith(SparkSessionExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NightlyRecoveryTest {
  private static final Path HOME = Path.of(System.getProperty("tierwatch.home", ".."));
  private static final LocalDate FIRST = LocalDate.of(2026, 11, 21);
  private static final LocalDate SECOND = LocalDate.of(2026, 11, 22);
  static final String LATE_FILE = "bol/bol_2026_q4_late.csv";
  private static final String LATE_IMPORTS = "imports/gb_declarations_2026_q4_late.csv";
  private static final String REPEATED_RECORD = "YLSU2501040370";
  private static final double LATE_WEIGHT = 4321.5;

  private Path dir;
  private Path input;
  private TierwatchConfig config;
  private Warehouse reference;
  private RunRecord referenceRun;

  @BeforeAll
  void rebuildEverythingOnce(SharedSparkSession spark, @TempDir Path tempDir) throws IOException {
    dir = tempDir;
    input = dir.resolve("in");
    Directories.copy(HOME.resolve("data-samples"), input);
    config = ConfigLoader.load(HOME.resolve("conf/local.conf"));
    // The reference has the same history as the incremental warehouse (company ids are stable
    // from run to run, so they depend on it) and rebuilds the second night from every input.
    reference = new Warehouse(spark.spark(), dir.resolve("reference").toString(), "tierwatch");
    new NightlyJob(reference, config, Progress.silent())
        .run(new NightlyOptions(input.toString(), FIRST, true));
    Files.writeString(input.resolve(LATE_FILE), lateFile(), StandardCharsets.UTF_8);
    Files.writeString(input.resolve(LATE_IMPORTS), lateImports(), StandardCharsets.UTF_8);
    referenceRun = new NightlyJob(reference, config, Progress.silent())
        .run(new NightlyOptions(input.toString(), SECOND, true));
    Files.move(input.resolve(LATE_FILE), dir.resolve("late.csv"));
    Files.move(input.resolve(LATE_IMPORTS), dir.resolve("late-imports.csv"));
  }

  private void landLateFiles() throws IOException {
    Files.copy(dir.resolve("late.csv"), input.resolve(LATE_FILE));
    Files.copy(dir.resolve("late-imports.csv"), input.resolve(LATE_IMPORTS));
  }

  private void removeLateFiles() throws IOException {
    Files.delete(input.resolve(LATE_FILE));
    Files.delete(input.resolve(LATE_IMPORTS));
  }

  @Test
  void anIncrementalRunAfterALateFileEqualsAFullRebuild(SharedSparkSession spark) throws IOException {
    Warehouse warehouse = new Warehouse(spark.spark(), dir.resolve("incremental").toString(),
        "tierwatch");
    RunRecord first = new NightlyJob(warehouse, config, Progress.silent())
        .run(new NightlyOptions(input.toString(), FIRST));
    landLateFiles();
    RunRecord second = new NightlyJob(warehouse, config, Progress.silent())
        .run(new NightlyOptions(input.toString(), SECOND));
    removeLateFiles();

    assertEquals(2, second.ingest().files().size());
    assertEquals(referenceRun.ingest().files().size() - 2,
        second.ingest().unchangedFiles().size());
    assertEquals(0L, second.counts().get("resolve_incremental"));
    assertEquals(1L, second.counts().get("parties_incremental"));
    // The audit tables record when, not what: runs, files ingested, decisions logged.
    ComparableTables.assertSameTables(spark, reference, warehouse,
        List.of(RunsTable.TABLE, IngestedFilesTable.TABLE, DecisionLog.TABLE));

    assertEquals(1, second.counts().get("duplicate_records_dropped")
        - first.counts().get("duplicate_records_dropped"), "the late file's repeat is counted");
    assertEquals(referenceRun.counts().get("duplicate_records_dropped"),
        second.counts().get("duplicate_records_dropped"));
    assertEquals(List.of(LATE_WEIGHT), warehouse.read("shipments")
        .filter(col("shipment_id").equalTo("bol:" + REPEATED_RECORD)).select("weight_kg")
        .as(Encoders.DOUBLE()).collectAsList(), "the record is kept once, from the later file");
  }

  @Test
  void aNightThatOnlyAddsRowsResolvesAndAddsOnlyThoseAndAgreesWithAFullRebuild(
      SharedSparkSession spark) throws IOException {
    // data-samples is far below the size where only new records are resolved by default.
    Path conf = dir.resolve("new-records-only.conf");
    Files.writeString(conf, "include file(\"" + HOME.resolve("conf/local.conf").toAbsolutePath()
        + "\")\nresolve.incremental-min-records = 1\n", StandardCharsets.UTF_8);
    TierwatchConfig newRecordsOnly = ConfigLoader.load(conf);
    Warehouse warehouse = new Warehouse(spark.spark(), dir.resolve("new-records-only").toString(),
        "tierwatch");
    new NightlyJob(warehouse, newRecordsOnly, Progress.silent())
        .run(new NightlyOptions(input.toString(), FIRST));
    landLateFiles();
    RunRecord second = new NightlyJob(warehouse, newRecordsOnly, Progress.silent())
        .run(new NightlyOptions(input.toString(), SECOND));
    removeLateFiles();

    assertEquals(1L, second.counts().get("resolve_incremental"));
    assertEquals(1L, second.counts().get("parties_incremental"));
    assertEquals(1L, second.counts().get("companies_incremental"));
    assertEquals(1L, second.counts().get("shipments_incremental"));
    // The late file's two parties join the companies a full rebuild gives them; only how the
    // aliases explain it, and the resolver's own state, differ.
    ComparableTables.assertSameTables(spark, reference, warehouse,
        List.of(RunsTable.TABLE, IngestedFilesTable.TABLE, DecisionLog.TABLE, "company_aliases",
            "resolve_nodes", "resolve_blocks", "resolve_state"));
    assertEquals(referenceRun.counts().get("duplicate_records_dropped"),
        second.counts().get("duplicate_records_dropped"));
    assertEquals(List.of(LATE_WEIGHT), warehouse.read("shipments")
        .filter(col("shipment_id").equalTo("bol:" + REPEATED_RECORD)).select("weight_kg")
        .as(Encoders.DOUBLE()).collectAsList(), "the record is kept once, from the later file");
  }

  /** A declaration naming Taoyuan Everwell with the exporter id its earlier records lack. */
  private static String lateImports() {
    return "declaration_id,declaration_date,importer_name,exporter_name,exporter_address,"
        + "exporter_country,exporter_id,hs_code\n"
        + "26GB000699001Z9Q2M/1,2026-11-12,BRIGHTMOOR LIGHTING LTD,"
        + "TAOYUAN EVERWELL CIRCUITS CORP.,"
        + "\"NO. 88, XINGBANG RD., GUISHAN DIST., TAOYUAN CITY 333, TAIWAN\",TW,84149738,8534.00\n";
  }

  /** The held-back late file: a record of bol_2025_ocean.csv again, with a new weight. */
  static String lateFile() {
    return "bol_number,arrival_date,shipper_name,consignee_name,weight_kg\n" + REPEATED_RECORD
        + ",2025-01-08,\"DANDONG JIANGQIAO CIRCUIT CO., LTD.\","
        + "\"CUA CAM ELECTRONICS ASSEMBLY CO., LTD.\"," + LATE_WEIGHT + "\n";
  }
}
