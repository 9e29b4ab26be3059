package org.tierwatch.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tierwatch.spark.SparkSessionExtension;
import org.tierwatch.spark.Warehouse;

/**
 * The statement from the tables as they stood at the quarter's end, the same pack every time,
 * and the pack as a browser shows it.
 */
@ExtendWith(SparkSessionExtension.class)
class StatementBuilderTest {
  @Test
  void aQuarterReadsItsRunsVersionsAndGivesTheSamePackEveryTime(SparkSession spark,
      @TempDir Path dir) throws Exception {
    Warehouse warehouse = new Warehouse(spark, dir.resolve("wh").toString(), "tw_statement");
    warehouse.overwrite("raw_products", spark.sql("SELECT * FROM VALUES "
        + "('S1', 'Ready meal', 'food', 1000.0), ('S2', 'Coverall', 'PPE', 3000.0) "
        + "AS t(sku, product_name, category, annual_spend_usd)"));
    warehouse.overwrite("raw_bom", spark.sql("SELECT 'S1' AS sku"));
    warehouse.overwrite("raw_suppliers", spark.sql("SELECT 'HV-S01' AS supplier_id"));
    warehouse.overwrite("companies", spark.sql("SELECT * FROM VALUES "
        + "('C1', 'MR. LI WEI, TEL +86 411 8461 2271', 'LIAONING'), ('C2', 'B LTD', 'OTHER') "
        + "AS t(company_id, name, province)"));
    warehouse.overwrite("product_risk", spark.sql("SELECT * FROM VALUES "
        + "('run-2026-09-30', 'S1', 'Ready meal', 0.8, 0.5, 'HIGH'), "
        + "('run-2026-09-30', 'S2', 'Coverall', 0.0, 0.0, 'NONE') "
        + "AS t(run_id, sku, product_name, risk_score, exposure_share, band)"));
    warehouse.overwrite("company_risk", spark.sql("SELECT * FROM VALUES "
        + "('run-2026-09-30', 'C1', 'MR. LI WEI, TEL +86 411 8461 2271', 'LIAONING', 0.9, "
        + "'HIGH', 2) AS t(run_id, company_id, name, province, risk_score, band, tier)"));
    warehouse.overwrite("decision_log", spark.sql("SELECT 'd1' AS decision_id, 'sku' AS "
        + "subject_type, 's1' AS subject_key, 'engaged' AS decision, DATE'2026-08-01' AS "
        + "decided_on, TIMESTAMP'2026-08-01 10:00:00' AS recorded_at"));
    runs(spark, warehouse, "('run-2026-09-30', DATE'2026-09-30', 'succeeded', "
        + versions(warehouse) + ")");
    // After the quarter: a later run changes a band; the Q3 statement must not see it.
    warehouse.overwrite("product_risk", spark.sql("SELECT 'run-2026-10-15' AS run_id, "
        + "'S1' AS sku, 'Ready meal' AS product_name, 0.1 AS risk_score, "
        + "0.0 AS exposure_share, 'LOW' AS band"));
    runs(spark, warehouse, "('run-2026-09-30', DATE'2026-09-30', 'succeeded', "
        + versionsAt(0) + "), ('run-2026-10-15', DATE'2026-10-15', 'succeeded', "
        + versions(warehouse) + ")");

    StatementBuilder builder = new StatementBuilder(warehouse);
    StatementBuilder.Result first = builder.build(Quarter.parse("2026Q3"), dir.resolve("a"))
        .orElseThrow();
    assertEquals("run-2026-09-30", first.runId());
    String html = Files.readString(first.pack());
    assertTrue(html.contains("<td>sku</td><td>S1</td><td>Ready meal</td><td>HIGH</td>"), html);
    assertTrue(html.contains("<td>engaged</td><td>2026-08-01</td>"), html);
    assertFalse(html.contains("LI WEI") || html.contains("8461"), "personal data in the pack");
    assertTrue(countOf(html, "src=\"data:image/png;base64,") >= 3, "charts");
    assertTrue(html.contains("s.54(5)(d)") && html.contains("s.16(1)(c)")
        && html.contains("s.11(3)(c)"));

    StatementBuilder.Result again = builder.build(Quarter.parse("2026Q3"), dir.resolve("b"))
        .orElseThrow();
    assertEquals(html, Files.readString(again.pack()));
    assertEquals(first.kpis().size(), warehouse.read(StatementBuilder.TABLE).count());
    assertEquals(2.0, warehouse.read(StatementBuilder.TABLE)
        .filter("kpi = 'skus' AND section = 'coverage'").head().getDouble(5));
    assertTrue(builder.build(Quarter.parse("2026Q2"), dir.resolve("c")).isEmpty());

    screenshotShowsThePackAndItsCharts(first.pack(), dir);
  }

  private static void screenshotShowsThePackAndItsCharts(Path pack, Path dir) throws Exception {
    Path chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
        .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    if (System.getenv("CI") == null) {
      Assumptions.assumeTrue(chromium != null, "chromium is not installed");
    }
    assertTrue(chromium != null, "chromium is missing: .ci/run installs it");
    Path profile = Files.createTempDirectory(dir, "chromium-profile");
    Path shot = dir.resolve("pack.png");
    Process browser = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--no-first-run",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
        "--window-size=1280,6000", "--screenshot=" + shot, pack.toUri().toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
    if (!browser.waitFor(120, TimeUnit.SECONDS)) {
      browser.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s");
    }
    BufferedImage image = ImageIO.read(shot.toFile());
    long ink = 0;
    long chartBlue = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        if (rgb != 0xFFFFFF) {
          ink++;
        }
        if (Math.abs(((rgb >> 16) & 0xFF) - 0x1F) < 12 && Math.abs(((rgb >> 8) & 0xFF) - 0x4E)
            < 12 && Math.abs((rgb & 0xFF) - 0x79) < 12) {
          chartBlue++;
        }
      }
    }
    assertTrue(ink > 5000, "the screenshot is blank: " + ink + " non-white samples");
    assertTrue(chartBlue > 500, "no chart bars in the screenshot: " + chartBlue);
  }

  private static void runs(SparkSession spark, Warehouse warehouse, String values) {
    warehouse.overwrite("runs", spark.sql("SELECT * FROM VALUES " + values
        + " AS t(run_id, run_date, status, table_versions)"));
  }

  private static String versions(Warehouse warehouse) {
    List<String> pairs = new ArrayList<>();
    for (String table : warehouse.listTables()) {
      if (!table.equals("runs")) {
        pairs.add("'" + table + "', " + warehouse.version(table) + "L");
      }
    }
    return "map(" + String.join(", ", pairs) + ")";
  }

  private static String versionsAt(long version) {
    return "map('raw_products', " + version + "L, 'raw_bom', " + version + "L, 'raw_suppliers', "
        + version + "L, 'companies', " + version + "L, 'product_risk', " + version
        + "L, 'company_risk', " + version + "L, 'decision_log', " + version + "L)";
  }

  private static int countOf(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  @Test
  void quartersParseStrictly() {
    assertEquals(java.time.LocalDate.of(2026, 9, 30), Quarter.parse("2026q3").end());
    assertEquals("2025Q4", Quarter.parse("2026Q1").previous().toString());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Quarter.parse("2026Q5"));
  }
}
