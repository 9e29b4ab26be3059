package org.tierwatch.analyst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Date;
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

/** The analyst views over fixture tables in the agreed schemas. */
@ExtendWith(SparkSessionExtension.class)
class AnalystViewsTest {
  private static final String PERSON = "MR. LI WEI, TEL +86 411 8461 2271";

  @Test
  void viewsJoinNamesDecisionsAndTheLatestRunAndMaskIndividuals(SparkSession spark,
      @TempDir Path dir) {
    Warehouse warehouse = new Warehouse(spark, dir.toString(), "tw_views");
    warehouse.overwrite("companies", spark.sql("""
        SELECT * FROM VALUES
          ('C1', 'DANDONG LIANSHENG PROTECTIVE GARMENT CO., LTD.', 'CN', 'LIAONING', 'DANDONG',
           0.95, 'city Dandong; postcode 118000'),
          ('C2', 'WRENFIELD SAFETY SUPPLIES LTD', 'GB', 'OTHER', NULL, 0.9, 'country GB')
        AS t(company_id, name, country, province, city, location_confidence, location_evidence)
        """));
    warehouse.overwrite("company_aliases", spark.sql(
        "SELECT 'WRENFIELD SAFETY SUPPLIES LTD' AS name, 'C2' AS company_id"));
    warehouse.overwrite("raw_products", spark.sql("SELECT 'HV-CV-010' AS sku, "
        + "'Coverall' AS product_name, 'PPE' AS category, 200000.0 AS annual_spend_usd"));
    warehouse.overwrite("quarantine", spark.sql("SELECT 'bol' AS source, 'bol/x.csv' AS file, "
        + "3L AS line_number, 'bad date' AS reason, 'B9,2026-13-01," + PERSON + "' AS raw_line"));
    RiskTableFixtures.write(warehouse, "product_risk",
        new Object[] {"run-2026-11-21", "HV-CV-010", "Coverall", 0.1, 0.1, "LOW", "old", "C1"},
        new Object[] {"run-2026-11-22", "HV-CV-010", "Coverall", 0.63, 0.25, "MEDIUM",
            "C1 -> C2 -> HV-CV-010", "C1"});
    RiskTableFixtures.write(warehouse, "company_risk",
        new Object[] {"run-2026-11-22", "C2", "WRENFIELD SAFETY SUPPLIES LTD", "GB", "OTHER",
            0.0, 0.632, 0.4, "MEDIUM", 1});
    RiskTableFixtures.write(warehouse, "risk_paths",
        new Object[] {"run-2026-11-22", "sku", "HV-CV-010", 1, 0.63, "C1", "WATCHLIST",
            "C1 -> C2 -> HV-CV-010", List.of(
                RiskTableFixtures.hop("C1", "C2", "ppe", "ppe", 1.0),
                RiskTableFixtures.hop("C2", "HV-CV-010", "ppe", "ppe", 0.5))});
    RiskTableFixtures.write(warehouse, "risk_evidence",
        new Object[] {"C1", "WATCHLIST", 0.9, List.of(), "watchlist:w.csv:2",
            "named by a report; " + PERSON, null, null});
    RiskTableFixtures.write(warehouse, "risk_changes",
        new Object[] {"run-2026-11-22", "sku", "HV-CV-010", "BAND_UP", "LOW", "MEDIUM", 0.1,
            0.63, "new watchlist evidence"});
    Instant now = Instant.parse("2026-11-22T09:00:00Z");
    new DecisionLog(warehouse).append(List.of(
        new DecisionRecord("d1", "company", "Wrenfield Safety Supplies Ltd", "engaged",
            "asked for audits", "analyst-2", LocalDate.of(2026, 6, 2), now, "cli"),
        new DecisionRecord("d0", "company", "C2", "confirmed", "superseded", "analyst-1",
            LocalDate.of(2026, 1, 2), now, "cli"),
        new DecisionRecord("d2", "sku", "HV-GONE", "remediated", "", "analyst-1",
            LocalDate.of(2026, 6, 3), now, "cli")));

    assertEquals(List.of("v_latest_decision", "v_company_decisions", "v_decisions", "v_sku_exposure",
        "v_supplier_exposure", "v_paths", "v_evidence", "v_changes", "v_companies",
        "v_quarantine"), new AnalystViews(warehouse).create());

    Row sku = spark.sql("SELECT * FROM tw_views.v_sku_exposure").collectAsList().get(0);
    assertEquals(1, spark.sql("SELECT * FROM tw_views.v_sku_exposure").count());
    assertEquals("MEDIUM", sku.getAs("band"));
    assertEquals(50000.0, (double) sku.getAs("exposed_spend_usd"), 1e-9);
    assertEquals("DANDONG LIANSHENG PROTECTIVE GARMENT CO., LTD.",
        sku.getAs("top_source_company_name"));

    assertEquals(1, spark.sql("SELECT * FROM tw_views.v_supplier_exposure").count());
    Row supplier = spark.sql("SELECT * FROM tw_views.v_supplier_exposure").head();
    assertEquals("engaged", supplier.getAs("decision"));
    assertEquals("analyst-2", supplier.getAs("decided_by"));
    assertEquals(Date.valueOf("2026-06-02"), supplier.getAs("decided_on"));

    Row path = spark.sql("SELECT * FROM tw_views.v_paths").head();
    assertEquals(2, (int) path.getAs("hop_count"));
    assertEquals("LIAONING", path.getAs("source_province"));

    Row evidence = spark.sql("SELECT * FROM tw_views.v_evidence").head();
    assertEquals("all", evidence.getAs("families"));
    assertEquals("named by a report; [person], [phone]", evidence.getAs("detail"));
    String quarantined = spark.sql("SELECT raw_line FROM tw_views.v_quarantine").head()
        .getString(0);
    assertFalse(quarantined.contains("LI WEI") || quarantined.contains("8461"), quarantined);

    List<Row> decisions = spark.sql("SELECT decision_id, subject_found FROM "
        + "tw_views.v_decisions ORDER BY decision_id").collectAsList();
    assertEquals(List.of(true, true, false),
        decisions.stream().map(row -> row.getBoolean(1)).toList());
    assertEquals("BAND_UP", spark.sql("SELECT change FROM tw_views.v_changes").head()
        .getString(0));
  }

  @Test
  void onlyViewsWhoseTablesExistAreCreated(SparkSession spark, @TempDir Path dir) {
    Warehouse warehouse = new Warehouse(spark, dir.toString(), "tw_views_partial");
    warehouse.overwrite("companies", spark.sql("SELECT 'C1' AS company_id, 'MS. EMMA CROSS' AS "
        + "name, 'GB' AS country, 'OTHER' AS province, 'LEEDS' AS city, 0.5 AS "
        + "location_confidence, 'country GB' AS location_evidence"));
    assertEquals(List.of("v_companies"), new AnalystViews(warehouse).create());
    assertEquals("[person]", spark.sql("SELECT name FROM tw_views_partial.v_companies").head()
        .getString(0));
    assertTrue(AnalystViews.withMasks("SELECT MASK(a.b) FROM t").contains("regexp_replace(a.b"));
  }
}
