package org.tierwatch.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.tierwatch.spark.ComparableTables.comparable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tierwatch.config.ConfigLoader;
import org.tierwatch.config.TierwatchConfig;
import org.tierwatch.ingest.FileIngestStats;
import org.tierwatch.publish.RunRecord;
import org.tierwatch.publish.RunsTable;
import org.tierwatch.spark.SparkSessionExtension;
import org.tierwatch.spark.SharedSparkSession;
import org.tierwatch.spark.Warehouse;

/** The nightly job end to end on data-samples/, twice for the same date. */
@ExtendWith(SparkSessionExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NightlyJobTest {
  private static final Path HOME = Path.of(System.getProperty("tierwatch.home", ".."));
  private static final NightlyOptions OPTIONS = new NightlyOptions(
      HOME.resolve("data-samples").toAbsolutePath().toString(), LocalDate.of(2026, 11, 22));

  private Warehouse warehouse;
  private TierwatchConfig config;
  private RunRecord first;

  @BeforeAll
  void runOnce(SharedSparkSession spark, @TempDir Path dir) {
    config = ConfigLoader.load(HOME.resolve("conf/local.conf"));
    warehouse = new Warehouse(spark.spark(), dir.resolve("wh").toString(), "tw_nightly");
    first = new NightlyJob(warehouse, config, Progress.silent()).run(OPTIONS);
  }

  @Test
  void everyRowReadIsAcceptedOrQuarantinedAndTheRunSaysSo() {
    assertEquals(first.ingest().rowsRead(),
        first.ingest().rowsAccepted() + first.ingest().rowsQuarantined());
    for (FileIngestStats file : first.ingest().files()) {
      assertEquals(file.rowsRead(), file.rowsAccepted() + file.rowsQuarantined(), file.path());
    }
    assertEquals(first.ingest().rowsQuarantined(), warehouse.read("quarantine").count());
    Row run = warehouse.read(RunsTable.TABLE).head();
    assertEquals("succeeded", run.getAs("status"));
    assertEquals(first.ingest().rowsRead(), (long) run.getAs("rows_read"));
  }

  @Test
  void everyAcceptedTradeRowBecomesAShipmentWithBothCompanies() {
    long trade = warehouse.read("raw_bol").count() + warehouse.read("raw_imports").count();
    Dataset<Row> shipments = warehouse.read("shipments");
    assertEquals(trade - first.counts().get("duplicate_records_dropped"), shipments.count());
    assertEquals(0, shipments.filter(col("supplier_company_id").isNull()
        .or(col("buyer_company_id").isNull())).count());
    assertTrue(shipments.filter(col("product_family").equalTo("ppe")).count() > 0);
  }

  @Test
  void companiesCarryTheirLocation() {
    Dataset<Row> companies = warehouse.read("companies");
    assertTrue(companies.count() > 0);
    assertTrue(companies.filter(col("province").isin("LIAONING", "JILIN")).count() > 0);
    assertEquals(0, companies.filter(col("province").isNull()).count());
  }

  @Test
  void runningTheSameDateAgainChangesNoResultTable(SharedSparkSession spark) {
    List<String> tables = warehouse.listTables().stream()
        .filter(t -> !t.equals(RunsTable.TABLE)).toList();
    List<Dataset<Row>> before = tables.stream()
        .map(t -> warehouse.read(t).localCheckpoint()).toList();

    new NightlyJob(warehouse, config, Progress.silent()).run(OPTIONS);

    assertEquals(tables, warehouse.listTables().stream()
        .filter(t -> !t.equals(RunsTable.TABLE)).toList());
    for (int i = 0; i < tables.size(); i++) {
      spark.assertDataFrameNoOrderEquals(comparable(before.get(i)),
          comparable(warehouse.read(tables.get(i))));
    }
    assertEquals(1, warehouse.read(RunsTable.TABLE).count());
  }
}
