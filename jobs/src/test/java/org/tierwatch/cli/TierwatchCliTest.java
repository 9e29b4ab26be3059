package org.tierwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tierwatch.spark.SparkSessionExtension;

/** The command line's contract: exit codes, one-line errors, and the sql output formats. */
@ExtendWith(SparkSessionExtension.class)
class TierwatchCliTest {

  @Test
  void helpExitsZero() {
    CliRun result = CliRun.of("nightly", "--help");
    assertEquals(ExitCode.OK, result.code());
    assertTrue(result.out().contains("--run-date"));
  }

  @Test
  void anUnknownOptionIsBadUsage() {
    CliRun result = CliRun.of("nightly", "--bogus");
    assertEquals(ExitCode.USAGE, result.code());
    assertTrue(result.errorLines().startsWith("tierwatch: Unknown option: '--bogus'"),
        result.errorLines());
  }

  @Test
  void aBadConfigurationIsBadUsageNamingTheKey(@TempDir Path dir) throws IOException {
    Path conf = dir.resolve("bad.conf");
    Files.writeString(conf, "spark { master = x }\n");
    CliRun result = CliRun.of("sql", "SELECT 1", "--conf", conf.toString());
    assertEquals(ExitCode.USAGE, result.code());
    assertTrue(result.errorLines().contains("spark.app-name"), result.errorLines());
    assertEquals(1, result.errorLines().strip().lines().count(), result.errorLines());
  }

  @Test
  void nightlyThenSqlFromTheTables(SparkSession spark, @TempDir Path dir) throws IOException {
    Path input = dir.resolve("in");
    Files.createDirectories(input.resolve("bol"));
    Files.writeString(input.resolve("bol/a.csv"),
        "bol_number,arrival_date,shipper_name,consignee_name,hs_code\n"
            + "B1,2025-05-01,\"DANDONG X GARMENT CO., LTD\",UK PPE LTD,6210.10\n"
            + "B2,2025-05-02,Y,,62\n");
    String warehouse = dir.resolve("wh").toString();

    assertEquals(ExitCode.OK, CliRun.of("nightly", "--input", input.toString(), "--warehouse",
        warehouse, "--run-date", "2026-11-22").code());

    CliRun csv = CliRun.of("sql", "SELECT shipment_id, product_family FROM tierwatch.shipments",
        "--warehouse", warehouse, "--format", "csv");
    assertEquals(ExitCode.OK, csv.code(), csv.errorLines());
    assertEquals("shipment_id,product_family\nbol:B1,ppe\n", csv.out());

    CliRun json = CliRun.of("sql", "SELECT reason FROM tierwatch.quarantine",
        "--warehouse", warehouse, "--format", "json");
    assertEquals("{\"reason\":\"required column consignee_name is empty\"}\n", json.out());

    CliRun table = CliRun.of("sql", "SELECT count(*) AS n FROM shipments",
        "--warehouse", warehouse);
    assertTrue(table.out().contains("| n |") && table.out().contains("| 1 |"), table.out());

    CliRun write = CliRun.of("sql", "DELETE FROM tierwatch.shipments", "--warehouse", warehouse);
    assertEquals(ExitCode.USAGE, write.code());
    assertTrue(write.errorLines().contains("--allow-write"), write.errorLines());

    CliRun unknown = CliRun.of("sql", "SELECT * FROM tierwatch.nope", "--warehouse", warehouse);
    assertEquals(ExitCode.USAGE, unknown.code());
    assertEquals(1, unknown.errorLines().strip().lines().count(), unknown.errorLines());
  }

  @Test
  void aMissingInputDirectoryIsBadInput(@TempDir Path dir) {
    CliRun result = CliRun.of("nightly", "--input", dir.resolve("none").toString(), "--warehouse",
        dir.resolve("wh").toString());
    assertEquals(ExitCode.USAGE, result.code());
    assertTrue(result.errorLines().contains("does not exist"), result.errorLines());
  }

  @Test
  void decideAppendsToTheLogAndRejectsWordsOutsideTheVocabulary(@TempDir Path dir) {
    String warehouse = dir.resolve("wh").toString();
    CliRun bad = CliRun.of("decide", "--subject-type", "company", "--subject-key", "C1",
        "--decision", "cleared", "--analyst", "a1", "--warehouse", warehouse);
    assertEquals(ExitCode.USAGE, bad.code());
    assertTrue(bad.errorLines().contains("not one of"), bad.errorLines());

    CliRun good = CliRun.of("decide", "--subject-type", "Company", "--subject-key", "C1",
        "--decision", "Not-In-Region", "--note", "street name", "--analyst", "a1",
        "--decided-on", "2026-03-12", "--warehouse", warehouse);
    assertEquals(ExitCode.OK, good.code(), good.errorLines());
    CliRun log = CliRun.of("sql",
        "SELECT subject_type, subject_key, decision, analyst, decided_on, "
        + "origin FROM tierwatch.decision_log", "--warehouse", warehouse, "--format", "csv");
    assertEquals("subject_type,subject_key,decision,analyst,decided_on,origin\n"
        + "company,C1,not_in_region,a1,2026-03-12,cli\n", log.out());
  }

  @Test
  void serveSqlBeyondLoopbackWithoutATokenIsBadUsage() {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("TIERWATCH_SQL_TOKEN") == null);
    CliRun open = CliRun.of("serve-sql", "--host", "0.0.0.0");
    assertEquals(ExitCode.USAGE, open.code());
    assertTrue(open.errorLines().contains("TIERWATCH_SQL_TOKEN"), open.errorLines());
  }
}
