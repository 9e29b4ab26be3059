package org.tierwatch.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tierwatch.config.IngestConfig;
import org.tierwatch.spark.SparkSessionExtension;
import org.tierwatch.spark.SharedSparkSession;
import org.tierwatch.spark.Warehouse;

@ExtendWith(SparkSessionExtension.class)
class IngestStageTest {
  private static final String BOL_HEADER = "bol_number,arrival_date,shipper_name,shipper_address,"
      + "consignee_name,hs_code,weight_kg,broker_ref";

  @Test
  void everyBrokenRowIsQuarantinedWithItsReasonAndEveryGoodRowIsKept(
      SharedSparkSession spark, @TempDir Path dir) throws IOException {
    Path input = dir.resolve("in");
    write(input.resolve("bol/2025-01-01.csv"), bom("\r\n", BOL_HEADER,
        "B1,2025-01-01,\"DALIAN SEA FOODS CO., LTD.\",\"No. 5, Dalian\",UK FOODS,0304.71,1200,R1",
        "B2,2025-01-02,\"SAY \"\"HI\"\" CO\",Qingdao,UK FOODS,8534,\"1,500\",R2"));
    write(input.resolve("bol/2025-01-02.csv"), String.join("\n", BOL_HEADER,
        "B3,2025-01-03,,X,UK FOODS,03,1,R3",
        "B4,2025-13-03,A,X,UK FOODS,03,1,R4",
        "B5,2025-01-03,A,X,UK FOODS,03,heavy,R5",
        "B6,2025-01-03,A,X,UK FOODS",
        "\"B7,2025-01-03,A,X,UK FOODS,03,1,R7",
        "B8,2025-01-03,A,X,UK FOODS,03,1,R8") + "\n");
    Files.write(input.resolve("bol/2025-01-03.csv"), concat(
        (BOL_HEADER + "\nB9,2025-01-03,CAF").getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xE9},
        ",X,UK FOODS,03,1,R9\n".getBytes(StandardCharsets.UTF_8)));
    Warehouse warehouse = new Warehouse(spark.spark(), dir.resolve("wh").toString(), "tw_ingest");

    IngestReport report = new IngestStage(warehouse, new IngestConfig(10_000, 1_000))
        .run(input.toString(), "run-test");

    assertEquals(9, report.rowsRead());
    assertEquals(3, report.rowsAccepted());
    assertEquals(6, report.rowsQuarantined());
    for (FileIngestStats file : report.files()) {
      assertEquals(file.rowsRead(), file.rowsAccepted() + file.rowsQuarantined());
      assertEquals(64, file.sha256().length());
      assertTrue(file.bytes() > 0);
    }
    StructType shape = new StructType().add("line_number", DataTypes.LongType)
        .add("reason", DataTypes.StringType);
    Dataset<Row> expected = spark.spark().createDataFrame(List.of(
        RowFactory.create(2L, "required column shipper_name is empty"),
        RowFactory.create(3L, "column arrival_date is not a date: '2025-13-03' (expected YYYY-MM-DD)"),
        RowFactory.create(4L, "column weight_kg is not a number: 'heavy'"),
        RowFactory.create(5L, "the row has 5 fields, the header has 8"),
        RowFactory.create(6L, "a quoted field is never closed on this line"),
        RowFactory.create(2L, "the row holds bytes that are not valid UTF-8 text")), shape);
    Dataset<Row> quarantine = warehouse.read(IngestStage.QUARANTINE_TABLE);
    spark.assertDataFrameNoOrderEquals(expected, quarantine.select("line_number", "reason"));
    assertEquals(1, quarantine.filter(col("raw_line").equalTo("B6,2025-01-03,A,X,UK FOODS")).count());

    Dataset<Row> raw = warehouse.read("raw_bol");
    assertEquals(List.of("B1", "B2", "B8"), raw.select("bol_number").orderBy("bol_number")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
    Row b2 = raw.filter(col("bol_number").equalTo("B2")).head();
    assertEquals("SAY \"HI\" CO", b2.getAs("shipper_name"));
    assertEquals(1500.0, (Double) b2.getAs("weight_kg"));
    assertEquals("R2", raw.filter(col("bol_number").equalTo("B2"))
        .select(col("extra_columns").getItem("broker_ref")).head().getString(0));
    assertEquals("No. 5, Dalian", raw.filter(col("bol_number").equalTo("B1"))
        .head().getAs("shipper_address"));
  }

  @Test
  void readsParquetThroughTheSameContract(SparkSession spark, @TempDir Path dir) {
    StructType schema = new StructType()
        .add("sku", DataTypes.StringType).add("product_name", DataTypes.StringType)
        .add("annual_spend_usd", DataTypes.StringType);
    spark.createDataFrame(List.of(RowFactory.create("S1", "Fish pie", "1000"),
            RowFactory.create("S2", null, "5"), RowFactory.create("S3", "Coverall", "much")), schema)
        .coalesce(1).write().parquet(dir.resolve("in/portfolio/products.parquet").toString());
    Warehouse warehouse = new Warehouse(spark, dir.resolve("wh").toString(), "tw_parquet");

    IngestReport report = new IngestStage(warehouse, new IngestConfig(10_000, 1_000))
        .run(dir.resolve("in").toString(), "run-test");

    assertEquals(3, report.rowsRead());
    assertEquals(1, report.rowsAccepted());
    assertEquals(List.of("S1"), warehouse.read("raw_products").select("sku").as(
        org.apache.spark.sql.Encoders.STRING()).collectAsList());
    assertEquals(2, warehouse.read(IngestStage.QUARANTINE_TABLE).count());
  }

  @Test
  void aFileWithoutItsRequiredColumnStopsTheRunBeforeAnythingIsWritten(
      SparkSession spark, @TempDir Path dir) throws IOException {
    write(dir.resolve("in/bol/a.csv"), BOL_HEADER + "\nB1,2025-01-01,A,X,UK,03,1,R\n");
    write(dir.resolve("in/imports/b.csv"), "declaration_id,importer_name\nD1,UK\n");
    Warehouse warehouse = new Warehouse(spark, dir.resolve("wh").toString(), "tw_missing");

    InputException e = assertThrows(InputException.class,
        () -> new IngestStage(warehouse, new IngestConfig(10_000, 1_000))
            .run(dir.resolve("in").toString(), "run-test"));

    assertTrue(e.getMessage().contains("b.csv: required column 'declaration_date'"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("wh")));
  }

  @Test
  void aFileWithoutAHeaderStopsTheRunNamingIt(SparkSession spark, @TempDir Path dir)
      throws IOException {
    write(dir.resolve("in/portfolio/products.csv"), "S1,Fish pie,1604\n");
    Warehouse warehouse = new Warehouse(spark, dir.resolve("wh").toString(), "tw_noheader");
    InputException e = assertThrows(InputException.class,
        () -> new IngestStage(warehouse, new IngestConfig(10_000, 1_000))
            .run(dir.resolve("in").toString(), "run-test"));
    assertTrue(e.getMessage().contains("products.csv: the first row is not a header"));
  }

  @Test
  void aMissingInputDirectoryIsNamed(SparkSession spark, @TempDir Path dir) {
    Warehouse warehouse = new Warehouse(spark, dir.resolve("wh").toString(), "tw_nodir");
    InputException e = assertThrows(InputException.class,
        () -> new IngestStage(warehouse, new IngestConfig(10_000, 1_000))
            .run(dir.resolve("nowhere").toString(), "run-test"));
    assertTrue(e.getMessage().contains("nowhere does not exist"));
  }

  @Test
  void anEmptyFileAndMissingFoldersAreFine(SparkSession spark, @TempDir Path dir)
      throws IOException {
    write(dir.resolve("in/bol/empty.csv"), "");
    write(dir.resolve("in/bol/notes.txt"), "not an input");
    Warehouse warehouse = new Warehouse(spark, dir.resolve("wh").toString(), "tw_empty");
    IngestReport report = new IngestStage(warehouse, new IngestConfig(10_000, 1_000))
        .run(dir.resolve("in").toString(), "run-test");
    assertEquals(0, report.rowsRead());
    assertEquals(1, report.files().size());
    assertEquals(1, report.ignoredFiles().size());
    assertEquals(0, warehouse.read("raw_imports").count());
  }

  private static String bom(String lineEnd, String... lines) {
    return "\uFEFF" + String.join(lineEnd, lines) + lineEnd;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
