package org.tierwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
    Result result = run("nightly", "--help");
    assertEquals(ExitCode.OK, result.code);
    assertTrue(result.out.contains("--run-date"));
  }

  @Test
  void anUnknownOptionIsBadUsage() {
    Result result = run("nightly", "--bogus");
    assertEquals(ExitCode.USAGE, result.code);
    assertTrue(result.err.startsWith("tierwatch: Unknown option: '--bogus'"), result.err);
  }

  @Test
  void aBadConfigurationIsBadUsageNamingTheKey(@TempDir Path dir) throws IOException {
    Path conf = dir.resolve("bad.conf");
    Files.writeString(conf, "spark { master = x }\n");
    Result result = run("sql", "SELECT 1", "--conf", conf.toString());
    assertEquals(ExitCode.USAGE, result.code);
    assertTrue(result.err.contains("spark.app-name"), result.err);
    assertEquals(1, result.err.strip().lines().count(), result.err);
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

    assertEquals(ExitCode.OK, run("nightly", "--input", input.toString(), "--warehouse",
        warehouse, "--run-date", "2026-11-22").code);

    Result csv = run("sql", "SELECT shipment_id, product_family FROM tierwatch.shipments",
        "--warehouse", warehouse, "--format", "csv");
    assertEquals(ExitCode.OK, csv.code, csv.err);
    assertEquals("shipment_id,product_family\nbol:B1,ppe\n", csv.out);

    Result json = run("sql", "SELECT reason FROM tierwatch.quarantine", "--warehouse", warehouse,
        "--format", "json");
    assertEquals("{\"reason\":\"required column consignee_name is empty\"}\n", json.out);

    Result table = run("sql", "SELECT count(*) AS n FROM shipments",
        "--warehouse", warehouse);
    assertTrue(table.out.contains("| n |") && table.out.contains("| 1 |"), table.out);

    Result write = run("sql", "DELETE FROM tierwatch.shipments", "--warehouse", warehouse);
    assertEquals(ExitCode.USAGE, write.code);
    assertTrue(write.err.contains("--allow-write"), write.err);

    Result unknown = run("sql", "SELECT * FROM tierwatch.nope", "--warehouse", warehouse);
    assertEquals(ExitCode.USAGE, unknown.code);
    assertEquals(1, unknown.err.strip().lines().count(), unknown.err);
  }

  @Test
  void aMissingInputDirectoryIsBadInput(@TempDir Path dir) {
    Result result = run("nightly", "--input", dir.resolve("none").toString(), "--warehouse",
        dir.resolve("wh").toString());
    assertEquals(ExitCode.USAGE, result.code);
    assertTrue(result.err.contains("does not exist"), result.err);
  }

  @Test
  void decideAppendsToTheLogAndRejectsWordsOutsideTheVocabulary(@TempDir Path dir) {
    String warehouse = dir.resolve("wh").toString();
    Result bad = run("decide", "--subject-type", "company", "--subject-key", "C1", "--decision",
        "cleared", "--analyst", "a1", "--warehouse", warehouse);
    assertEquals(ExitCode.USAGE, bad.code);
    assertTrue(bad.err.contains("not one of"), bad.err);

    Result good = run("decide", "--subject-type", "Company", "--subject-key", "C1",
        "--decision", "Not-In-Region", "--note", "street name", "--analyst", "a1",
        "--decided-on", "2026-03-12", "--warehouse", warehouse);
    assertEquals(ExitCode.OK, good.code, good.err);
    Result log = run("sql", "SELECT subject_type, subject_key, decision, analyst, decided_on, "
        + "origin FROM tierwatch.decision_log", "--warehouse", warehouse, "--format", "csv");
    assertEquals("subject_type,subject_key,decision,analyst,decided_on,origin\n"
        + "company,C1,not_in_region,a1,2026-03-12,cli\n", log.out);
  }

  @Test
  void serveSqlBeyondLoopbackWithoutATokenIsBadUsage() {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("TIERWATCH_SQL_TOKEN") == null);
    Result open = run("serve-sql", "--host", "0.0.0.0");
    assertEquals(ExitCode.USAGE, open.code);
    assertTrue(open.err.contains("TIERWATCH_SQL_TOKEN"), open.err);
  }

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      int code = TierwatchCli.run(args);
      return new Result(code, outBytes.toString(StandardCharsets.UTF_8),
          errBytes.toString(StandardCharsets.UTF_8).lines()
              .filter(l -> l.startsWith("tierwatch:")).reduce("", (a, b) -> a + b + "\n"));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
