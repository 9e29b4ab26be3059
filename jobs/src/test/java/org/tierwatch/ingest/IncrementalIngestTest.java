package org.tierwatch.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tierwatch.config.IngestConfig;
import org.tierwatch.spark.ComparableTables;
import org.tierwatch.spark.SparkSessionExtension;
import org.tierwatch.spark.SharedSparkSession;
import org.tierwatch.spark.Warehouse;

/** Each landed file is read once; changed and removed files replace their rows. */
@ExtendWith(SparkSessionExtension.class)
class IncrementalIngestTest {
  private static final String BOL = "bol_number,arrival_date,shipper_name,consignee_name,weight_kg";
  private static final String IMPORTS =
      "declaration_id,declaration_date,importer_name,exporter_name";
  private static final IngestConfig CONFIG = new IngestConfig(10_000, 1_000);

  @Test
  void anIncrementalRunEndsWhereAFullRefreshOfTheSameInputsDoes(SharedSparkSession spark,
      @TempDir Path dir) throws IOException {
    Path in = dir.resolve("in");
    write(in.resolve("bol/a.csv"), BOL, "A1,2025-01-01,S,C,1", "A2,not-a-date,S,C,2");
    write(in.resolve("bol/b.csv"), BOL, "B1,2025-01-02,S,C,3");
    write(in.resolve("bol/c.csv"), BOL, "C1,2025-01-03,S,C,4", "C2,2025-01-03,,C,5");
    write(in.resolve("imports/d.csv"), IMPORTS, "D1,2025-02-01,I,E");
    Warehouse warehouse = new Warehouse(spark.spark(), dir.resolve("wh").toString(), "tw_incr");
    IngestStage stage = new IngestStage(warehouse, CONFIG);
    stage.run(in.toString(), "run-1");

    IngestReport nothingNew = stage.run(in.toString(), "run-2");
    assertEquals(List.of(), nothingNew.files());
    assertEquals(4, nothingNew.unchangedFiles().size());

    write(in.resolve("bol/b.csv"), BOL, "B1,2025-01-02,S,C,30", "B2,2025-01-02,S,C,x");
    write(in.resolve("bol/e.csv"), BOL, "E1,2025-01-05,S,C,6");
    Files.delete(in.resolve("bol/c.csv"));
    IngestReport third = stage.run(in.toString(), "run-3");

    assertEquals(List.of("b.csv", "e.csv"), third.files().stream()
        .map(f -> Path.of(f.path()).getFileName().toString()).toList());
    assertEquals(1, third.removedFiles().size());
    assertEquals(Map.of("a.csv", "run-1", "b.csv", "run-3", "d.csv", "run-1", "e.csv", "run-3"),
        runIdsByFile(warehouse));
    assertEquals(List.of("run-1"), warehouse.read("raw_bol")
        .filter(col("bol_number").equalTo("A1")).select("ingest_run_id")
        .as(Encoders.STRING()).collectAsList());
    assertEquals(30.0, (Double) warehouse.read("raw_bol")
        .filter(col("bol_number").equalTo("B1")).head().getAs("weight_kg"));
    assertEquals(0, warehouse.read("raw_bol").filter(col("bol_number").startsWith("C")).count());

    Warehouse full = new Warehouse(spark.spark(), dir.resolve("full").toString(), "tw_incr");
    new IngestStage(full, CONFIG).run(in.toString(), "run-3", true);
    ComparableTables.assertSameTables(spark, full, warehouse,
        List.of(IngestedFilesTable.TABLE));
  }

  @Test
  void aRenamedRequiredColumnInANewFileStopsTheRunBeforeAnythingIsWritten(SharedSparkSession spark,
      @TempDir Path dir) throws IOException {
    Path in = dir.resolve("in");
    write(in.resolve("bol/a.csv"), BOL, "A1,2025-01-01,S,C,1");
    Warehouse warehouse = new Warehouse(spark.spark(), dir.resolve("wh").toString(), "tw_rename");
    IngestStage stage = new IngestStage(warehouse, CONFIG);
    stage.run(in.toString(), "run-1");
    Map<String, Long> versions = versions(warehouse);

    write(in.resolve("bol/b.csv"), BOL.replace("arrival_date", "arrival_dt"),
        "B1,2025-01-02,S,C,3");
    InputException e = assertThrows(InputException.class,
        () -> stage.run(in.toString(), "run-2"));

    assertTrue(e.getMessage().contains("b.csv: required column 'arrival_date'"), e.getMessage());
    assertEquals(versions, versions(warehouse));
  }

  @Test
  void aGiganticFieldCostsOnlyItsRow(SharedSparkSession spark, @TempDir Path dir) throws IOException {
    Path in = dir.resolve("in");
    write(in.resolve("bol/a.csv"), BOL, "A1,2025-01-01,S,C,1",
        "A2,2025-01-01,\"" + "x".repeat(50_000) + "\",C,1", "A3,2025-01-01,S,C,1",
        "A4,2025-01-01," + "y".repeat(2_000) + ",C,1", "A5,2025-01-01,S,C,1");
    Warehouse warehouse = new Warehouse(spark.spark(), dir.resolve("wh").toString(), "tw_huge");

    IngestReport report = new IngestStage(warehouse, CONFIG).run(in.toString(), "run-1");

    assertEquals(5, report.rowsRead());
    assertEquals(List.of("A1", "A3", "A5"), warehouse.read("raw_bol").select("bol_number")
        .orderBy("bol_number").as(Encoders.STRING()).collectAsList());
    List<String> reasons = warehouse.read(IngestStage.QUARANTINE_TABLE).orderBy("line_number")
        .select("reason").as(Encoders.STRING()).collectAsList();
    assertEquals(2, reasons.size());
    assertTrue(reasons.get(0).contains("longer than 10000"), reasons.get(0));
    assertTrue(reasons.get(1).contains("longer than 1000"), reasons.get(1));
  }

  private static Map<String, String> runIdsByFile(Warehouse warehouse) {
    Map<String, String> runs = new TreeMap<>();
    for (Row row : warehouse.read(IngestedFilesTable.TABLE).collectAsList()) {
      runs.put(Path.of(row.<String>getAs("path")).getFileName().toString(), row.getAs("run_id"));
    }
    return runs;
  }

  private static Map<String, Long> versions(Warehouse warehouse) {
    Map<String, Long> versions = new TreeMap<>();
    warehouse.listTables().forEach(t -> versions.put(t, warehouse.version(t)));
    return versions;
  }

  private static void write(Path file, String... lines) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }
}
