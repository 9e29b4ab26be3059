package org.tierwatch.analyst;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tierwatch.spark.SparkSessionExtension;
import org.tierwatch.spark.Warehouse;

/** decision_log: appended from files once per line and content, and from the command line. */
@ExtendWith(SparkSessionExtension.class)
class DecisionLogTest {
  private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 22);
  private static final String RAW = """
      SELECT * FROM VALUES
        ('/in/decisions/a.csv', 2L, 'company', ' ACME LTD ', 'Not-In-Region', 'a street name',
         'analyst-1', DATE'2026-03-12'),
        ('/in/decisions/a.csv', 3L, 'company', 'X', 'cleared', NULL, NULL, NULL),
        ('/in/decisions/b.csv', 2L, 'SKU', 'HV-1', 'engaged', NULL, NULL, NULL)
      AS t(source_file, line_number, subject_type, subject_key, decision, note, analyst,
           decided_on)""";

  @Test
  void fileDecisionsAreLoggedOnceWithTheirOrigin(SparkSession spark, @TempDir Path dir) {
    Warehouse warehouse = new Warehouse(spark, dir.toString(), "tw_decision_log");
    warehouse.overwrite("raw_decisions", spark.sql(RAW));
    DecisionFileImport files = new DecisionFileImport(warehouse);

    DecisionFileImport.Result first = files.run(RUN_DATE, Instant.parse("2026-11-22T02:00:00Z"));
    assertEquals(new DecisionFileImport.Result(2, 1), first);
    Row acme = new DecisionLog(warehouse).read().filter(col("subject_key").equalTo("ACME LTD"))
        .head();
    assertEquals("not_in_region", acme.getAs("decision"));
    assertEquals("file:decisions/a.csv:2", acme.getAs("origin"));
    assertEquals("analyst-1", acme.getAs("analyst"));
    Row sku = new DecisionLog(warehouse).read().filter(col("subject_type").equalTo("sku")).head();
    assertEquals("unknown", sku.getAs("analyst"));
    assertEquals(java.sql.Date.valueOf(RUN_DATE), sku.getAs("decided_on"));

    assertEquals(new DecisionFileImport.Result(0, 1),
        files.run(RUN_DATE.plusDays(1), Instant.parse("2026-11-23T02:00:00Z")));
    assertEquals(2, new DecisionLog(warehouse).read().count());

    // An edited line is a new decision; the old one stays in the audit trail.
    warehouse.overwrite("raw_decisions", spark.sql(RAW.replace("a street name", "checked")));
    assertEquals(1, files.run(RUN_DATE.plusDays(2), Instant.now()).appended());
    assertEquals(2, new DecisionLog(warehouse).read()
        .filter(col("origin").equalTo("file:decisions/a.csv:2")).count());
  }

  @Test
  void commandLineDecisionsAppendAndGoneSubjectsAreReported(SparkSession spark,
      @TempDir Path dir) {
    Warehouse warehouse = new Warehouse(spark, dir.toString(), "tw_decision_unmatched");
    warehouse.overwrite("companies", spark.sql("SELECT 'C1' AS company_id, 'ACME LTD' AS name"));
    warehouse.overwrite("raw_products", spark.sql("SELECT 'HV-2' AS sku"));
    Instant now = Instant.parse("2026-11-22T09:00:00Z");
    DecisionLog log = new DecisionLog(warehouse);
    log.append(List.of(
        new DecisionRecord("d1", "company", "C1", "confirmed", "", "a1", RUN_DATE, now, "cli"),
        new DecisionRecord("d2", "company", "acme ltd", "engaged", "", "a1", RUN_DATE, now, "cli"),
        new DecisionRecord("d3", "sku", "HV-1", "wrong_product", "", "a2", RUN_DATE, now, "cli"),
        new DecisionRecord("d4", "party", "MR X", "not_same_company", "", "a2", RUN_DATE, now,
            "cli")));
    log.append(List.of(
        new DecisionRecord("d5", "sku", "HV-2", "remediated", "", "a2", RUN_DATE, now, "cli")));
    assertEquals(5, log.read().count());

    UnmatchedDecisions unmatched = new UnmatchedDecisions(warehouse);
    List<String> gone = unmatched.find().select("decision_id").orderBy("decision_id")
        .collectAsList().stream().map(row -> row.getString(0)).toList();
    assertEquals(List.of("d3", "d4"), gone);
    assertEquals(List.of("sku 'HV-1' (wrong_product)"),
        unmatched.describe(unmatched.find().filter(col("subject_type").equalTo("sku")), 5));
  }

  @Test
  void pairDecisionsAreGoneWhenEitherNameIsNoPartysSpelling(SparkSession spark,
      @TempDir Path dir) {
    Warehouse warehouse = new Warehouse(spark, dir.toString(), "tw_decision_pairs");
    warehouse.overwrite("company_aliases", spark.sql(
        "SELECT * FROM VALUES ('ACME LTD', 'C1'), ('Acme  Trading', 'C1'), ('BETA CO', 'C2') "
            + "AS t(name, company_id)"));
    Instant now = Instant.parse("2026-11-22T09:00:00Z");
    new DecisionLog(warehouse).append(List.of(
        // Compared as the resolver compares them: case and runs of spaces do not matter.
        new DecisionRecord("p1", "pair", "acme trading | Beta  Co", "not_same_company", "", "a1",
            RUN_DATE, now, "cli"),
        new DecisionRecord("p2", "pair", "ACME LTD | GAMMA LTD", "same_company", "", "a1",
            RUN_DATE, now, "cli"),
        new DecisionRecord("p3", "pair", "ACME LTD", "same_company", "", "a1", RUN_DATE, now,
            "cli"),
        // A company named by one of its spellings (there is no companies table here).
        new DecisionRecord("c1", "company", "acme ltd", "engaged", "", "a1", RUN_DATE, now,
            "cli")));

    assertEquals(List.of("p2", "p3"), new UnmatchedDecisions(warehouse).find()
        .select("decision_id").orderBy("decision_id").collectAsList().stream()
        .map(row -> row.getString(0)).toList());
  }
}
