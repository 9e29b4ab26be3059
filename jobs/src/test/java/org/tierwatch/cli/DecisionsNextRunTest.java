package org.tierwatch.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.upper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tierwatch.spark.SharedSparkSession;
import org.tierwatch.spark.SparkSessionExtension;
import org.tierwatch.spark.Warehouse;

/**
 * The analyst's loop end to end, as issue 7 states it: {@code nightly} on data-samples/,
 * decisions recorded with {@code decide}, and a second {@code nightly} on the same warehouse and
 * the same (unchanged, so not re-read) input files that must apply them. Both runs and every
 * decision go through the command line, so what is tested is what an analyst types. The
 * decisions are all recorded between the two runs so the expensive nightly runs only twice.
 */
@ExtendWith(SparkSessionExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionsNextRunTest {
  private static final Path HOME = Path.of(System.getProperty("tierwatch.home", ".."));
  private static final String FIRST_RUN = "2026-11-22";
  private static final String SECOND_RUN = "2026-11-23";
  /** Decided on the second run's own date: a decision of the run date applies to that run. */
  private static final String DECIDED_ON = SECOND_RUN;

  /** Story 4: the work jacket is exposed only through this Yanji mill's location. */
  private static final String JACKET = "HV-WJ-105";
  /** Story 10: a clean Latvian chopping board; its tier-1 supplier is confirmed below. */
  private static final String BOARD = "HV-CB-045";
  private static final String BOARD_SUPPLIER = "Daugava Woodcraft SIA";
  /**
   * Story 6: the three spellings of the Dalian processor, merged by the resolver. Only the bills
   * of lading's spelling takes in raw cod; the other two ship the fillets.
   */
  private static final String NORTHTIDE_BOL = "DALIAN NORTHTIDE AQUATIC FOODS CO., LTD.";
  private static final String NORTHTIDE_DECLARATION = "NORTHTIDE AQUATIC FOOD CO LIMITED";
  private static final String NORTHTIDE_PHONE = "DALIAN NORTH TIDE AQUATIC";
  private static final String FISH_PIE = "HV-FP-400";
  /** Two unrelated British portfolio suppliers, apart in the first run. */
  private static final String HOODIE_SUPPLIER = "Marlow Street Apparel Ltd";
  private static final String LIGHT_SUPPLIER = "Brightmoor Lighting Ltd";
  /** A company in no input file. */
  private static final String NOBODY = "ORIOLE HARBOUR TRADING LTD";

  private Warehouse warehouse;
  private String warehouseDir;
  private Map<String, Row> firstProducts;
  private String millId;
  private Set<String> northtideIdsBefore;
  private String hoodieSupplierBefore;
  private String lightSupplierBefore;

  @BeforeAll
  void nightlyDecideNightly(SharedSparkSession shared, @TempDir Path dir) {
    warehouseDir = dir.resolve("wh").toString();
    String input = HOME.resolve("data-samples").toAbsolutePath().toString();
    assertOk(CliRun.of("nightly", "--input", input, "--warehouse", warehouseDir,
        "--run-date", FIRST_RUN));
    warehouse = new Warehouse(shared.spark(), warehouseDir, "tierwatch");

    firstProducts = products();
    millId = companyIdNamed("YANJI HAERIM");
    northtideIdsBefore = idsOf(NORTHTIDE_BOL, NORTHTIDE_DECLARATION, NORTHTIDE_PHONE);
    hoodieSupplierBefore = single(idsOf(HOODIE_SUPPLIER));
    lightSupplierBefore = single(idsOf(LIGHT_SUPPLIER));
    // Preconditions that keep the decisions below meaningful: each must change something.
    assertEquals("MEDIUM", firstProducts.get(JACKET).getAs("band"));
    assertEquals(millId, firstProducts.get(JACKET).getAs("top_source_company_id"));
    assertEquals("NONE", firstProducts.get(BOARD).getAs("band"));
    assertEquals(1, northtideIdsBefore.size(), "the resolver merged the Northtide spellings");
    assertTrue(warehouse.read("risk_evidence")
        .filter(col("company_id").isin(northtideIdsBefore.toArray())
            .and(col("evidence_type").equalTo("REIMPORT_PROCESSING"))).count() > 0);
    assertNotEquals(hoodieSupplierBefore, lightSupplierBefore);

    // By id, as an analyst copies it from v_sku_exposure.top_source_company_id.
    decide("company", millId, "not_in_region", "analyst-7",
        "Yanji address belongs to the mill's sales office; production is in Vietnam");
    // By name, in another case than the inputs spell it.
    decide("company", BOARD_SUPPLIER.toUpperCase(java.util.Locale.ROOT), "confirmed",
        "analyst-8", "Audit found North Korean workers at the sawmill");
    // Both of the bills of lading's spelling's links, or the third spelling would hold the
    // company together.
    decide("pair", NORTHTIDE_BOL + " | " + NORTHTIDE_DECLARATION, "not_same_company",
        "analyst-7", "different USCC holders");
    decide("pair", NORTHTIDE_PHONE + " | " + NORTHTIDE_BOL, "not_same_company",
        "analyst-7", "the telephone is the exporter's");
    decide("pair", HOODIE_SUPPLIER + " | " + LIGHT_SUPPLIER, "same_company", "analyst-8",
        "one group, two trading names");
    decide("company", NOBODY, "remediated", "analyst-9", "");
    decide("pair", NOBODY + " | " + NORTHTIDE_BOL, "same_company", "analyst-9", "");

    assertOk(CliRun.of("nightly", "--input", input, "--warehouse", warehouseDir,
        "--run-date", SECOND_RUN));
  }

  @Test
  void notInRegionByCompanyIdTakesTheLocationAwayFromTheSkuItExposed() {
    Row jacket = products().get(JACKET);
    assertEquals("NONE", jacket.getAs("band"));
    assertEquals(0.0, jacket.<Double>getAs("risk_score"), 1e-12);
    Row change = change("sku", JACKET);
    assertEquals("BAND_DOWN", change.getAs("change"));
    assertEquals("MEDIUM", change.getAs("previous_band"));
    assertEquals(firstProducts.get(JACKET).<Double>getAs("risk_score"),
        change.<Double>getAs("previous_score"), 1e-12);

    Dataset<Row> mill = warehouse.read("risk_evidence").filter(col("company_id").equalTo(millId));
    assertEquals(0, mill.filter(col("evidence_type").equalTo("LOCATION")).count(),
        "the decision must remove the mill's location evidence");
    Row decision = mill.filter(col("evidence_type").equalTo("DECISION")).head();
    assertEquals("analyst-7", decision.getAs("decided_by"));
    assertEquals(Date.valueOf(DECIDED_ON), decision.getAs("decided_on"));
    assertTrue(decision.<String>getAs("detail").startsWith("not_in_region: Yanji address"),
        decision.<String>getAs("detail"));
    assertTrue(decision.<String>getAs("source_record").startsWith("decision_log:"));
  }

  @Test
  void confirmedByNameRaisesTheSkuAndItsPathShowsWhoDecidedAndWhen() {
    Row board = products().get(BOARD);
    assertTrue(List.of("HIGH", "MEDIUM").contains(board.<String>getAs("band")),
        board.toString());
    String supplier = single(idsOf(BOARD_SUPPLIER));
    assertEquals(supplier, board.getAs("top_source_company_id"));
    // The board was scored NONE before, so it moves up a band rather than being new.
    Row change = change("sku", BOARD);
    assertEquals("BAND_UP", change.getAs("change"));
    assertEquals("NONE", change.getAs("previous_band"));

    Row path = warehouse.read("risk_paths").filter(col("subject_type").equalTo("sku")
        .and(col("subject_id").equalTo(BOARD)).and(col("rank").equalTo(1))).head();
    assertEquals(supplier, path.getAs("source_company_id"));
    String evidence = path.getAs("source_evidence");
    assertTrue(evidence.contains("DECISION confirmed by analyst-8 on " + DECIDED_ON
        + ": Audit found"), evidence);

    Row decision = warehouse.read("risk_evidence").filter(col("company_id").equalTo(supplier)
        .and(col("evidence_type").equalTo("DECISION"))).head();
    assertTrue(decision.<String>getAs("detail").startsWith("confirmed by analyst-8"),
        decision.<String>getAs("detail"));
    assertEquals(1.0, decision.<Double>getAs("weight"), 1e-12);
    assertEquals("analyst-8", decision.getAs("decided_by"));
    assertEquals(Date.valueOf(DECIDED_ON), decision.getAs("decided_on"));
  }

  @Test
  void notSameCompanySplitsAPairTheResolverHadMerged() {
    Set<String> bol = idsOf(NORTHTIDE_BOL);
    Set<String> declaration = idsOf(NORTHTIDE_DECLARATION, NORTHTIDE_PHONE);
    assertEquals(1, bol.size());
    // The exporter's two spellings were each linked through the importer's, so they may end up
    // apart too; what the decisions demand is that neither is the importer's company.
    assertTrue(java.util.Collections.disjoint(bol, declaration),
        "the importer is still one of the exporter's companies: " + bol + " " + declaration);
    // One part keeps the id all had, so what analysts saw under it stays findable.
    Set<String> parts = new java.util.HashSet<>(bol);
    parts.addAll(declaration);
    assertTrue(parts.containsAll(northtideIdsBefore), parts + " " + northtideIdsBefore);

    // Story 6: only the merged processor both takes in raw cod and ships fillets back, so the
    // split takes its re-import evidence away and the fish pie the exporter supplies scores
    // lower.
    assertEquals(0, warehouse.read("risk_evidence")
        .filter(col("company_id").isin(parts.toArray())
            .and(col("evidence_type").equalTo("REIMPORT_PROCESSING"))).count());
    assertTrue(products().get(FISH_PIE).<Double>getAs("risk_score")
        < firstProducts.get(FISH_PIE).<Double>getAs("risk_score"));
  }

  @Test
  void sameCompanyMergesTwoRecordsThatWereApart() {
    String hoodie = single(idsOf(HOODIE_SUPPLIER));
    assertEquals(hoodie, single(idsOf(LIGHT_SUPPLIER)));
    assertTrue(Set.of(hoodieSupplierBefore, lightSupplierBefore).contains(hoodie));
    List<Row> aliases = warehouse.read("company_aliases")
        .filter(col("company_id").equalTo(hoodie)
            .and(col("decided_by").equalTo("analyst"))).collectAsList();
    assertTrue(aliases.stream().anyMatch(row -> row.<String>getAs("match_reason")
        .contains("analyst analyst-8 decided same_company on " + DECIDED_ON)), aliases.toString());
  }

  @Test
  void decisionsAboutSubjectsThatDoNotExistAreReportedAndTheRunSucceeds(SparkSession spark) {
    Row run = warehouse.read("runs").filter(col("run_date").equalTo(Date.valueOf(SECOND_RUN)))
        .head();
    assertEquals("succeeded", run.getAs("status"));
    Map<String, Long> counts = run.getJavaMap(run.fieldIndex("counts"));
    // The company and the pair naming a company no input has; the samples' own two decisions
    // and the five above all name subjects that exist.
    assertEquals(2L, counts.get("decisions_unmatched"), counts.toString());
    assertEquals(1L, counts.get("company_decisions_unmatched"), counts.toString());
    assertEquals(0L, counts.get("decisions_logged"), "the decision file was logged by run one");

    CliRun found = CliRun.of("sql",
        "SELECT subject_type, subject_key, subject_found FROM v_decisions "
        + "WHERE origin = 'cli'", "--warehouse", warehouseDir,
        "--format", "csv");
    assertOk(found);
    // CSV quotes the keys that hold a comma; the order of the rows is not the point.
    assertEquals(Set.of(
        "subject_type,subject_key,subject_found",
        "company,DAUGAVA WOODCRAFT SIA,true",
        "company," + NOBODY + ",false",
        "company," + millId + ",true",
        "pair," + HOODIE_SUPPLIER + " | " + LIGHT_SUPPLIER + ",true",
        "pair,\"" + NORTHTIDE_BOL + " | " + NORTHTIDE_DECLARATION + "\",true",
        "pair,\"" + NORTHTIDE_PHONE + " | " + NORTHTIDE_BOL + "\",true",
        "pair,\"" + NOBODY + " | " + NORTHTIDE_BOL + "\",false"),
        Set.copyOf(found.out().lines().toList()));
  }

  private void decide(String type, String key, String decision, String analyst, String note) {
    CliRun result = CliRun.of("decide", "--subject-type", type, "--subject-key", key, "--decision",
        decision, "--analyst", analyst, "--note", note, "--decided-on", DECIDED_ON,
        "--warehouse", warehouseDir);
    assertOk(result);
    assertTrue(result.out().startsWith("decision "), result.out());
  }

  private Map<String, Row> products() {
    return warehouse.read("product_risk").collectAsList().stream()
        .collect(Collectors.toMap(row -> row.getAs("sku"), row -> row));
  }

  private Row change(String type, String id) {
    List<Row> rows = warehouse.read("risk_changes").filter(col("subject_type").equalTo(type)
        .and(col("subject_id").equalTo(id))).collectAsList();
    assertEquals(1, rows.size(), type + " " + id + ": " + rows);
    return rows.get(0);
  }

  private String companyIdNamed(String part) {
    return single(warehouse.read("companies").filter(upper(col("name")).contains(part))
        .select("company_id").collectAsList().stream().map(row -> row.getString(0))
        .collect(Collectors.toSet()));
  }

  private Set<String> idsOf(String... names) {
    Set<String> ids = warehouse.read("company_aliases")
        .filter(upper(col("name")).isin((Object[]) java.util.Arrays.stream(names)
            .map(n -> n.toUpperCase(java.util.Locale.ROOT)).toArray(String[]::new)))
        .select("company_id").collectAsList().stream().map(row -> row.getString(0))
        .collect(Collectors.toSet());
    assertTrue(!ids.isEmpty(), "no alias named " + String.join(" / ", names));
    return ids;
  }

  private static String single(Set<String> ids) {
    assertEquals(1, ids.size(), ids.toString());
    return ids.iterator().next();
  }

  private static void assertOk(CliRun result) {
    assertEquals(ExitCode.OK, result.code(), result.err());
  }
}
