package org.tierwatch.risk;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tierwatch.config.ConfigLoader;
import org.tierwatch.config.TierwatchConfig;
import org.tierwatch.pipeline.NightlyJob;
import org.tierwatch.pipeline.NightlyOptions;
import org.tierwatch.pipeline.Progress;
import org.tierwatch.publish.RunRecord;
import org.tierwatch.spark.SparkSessionExtension;
import org.tierwatch.spark.SharedSparkSession;
import org.tierwatch.spark.Warehouse;

/** The graph and risk stages on data-samples/, run once through the nightly job. */
@ExtendWith(SparkSessionExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskOnSamplesTest {
  private static final Path HOME = Path.of(System.getProperty("tierwatch.home", ".."));
  static final NightlyOptions OPTIONS = new NightlyOptions(
      HOME.resolve("data-samples").toAbsolutePath().toString(), LocalDate.of(2026, 11, 22));

  /** Exposed SKUs and a part of the name of the source their top path must start at. */
  private static final Map<String, String> EXPOSED = Map.of("HV-FP-400", "NORTHTIDE",
      "HV-VP-700", "JIANGQIAO", "HV-CV-010", "LIANSHENG",
      "HV-WJ-105", "HAERIM", "HV-WG-301", "LONGXU", "HV-EK-302", "LONGXU");
  private static final List<String> TRAPS = List.of("HV-CD-018", "HV-HD-220", "HV-WL-030",
      "HV-BS-050", "HV-TT-012", "HV-CP-110", "HV-CB-045");

  private Warehouse warehouse;
  private TierwatchConfig config;
  private RunRecord run;

  @BeforeAll
  void runOnce(SharedSparkSession spark, @TempDir Path dir) {
    config = ConfigLoader.load(HOME.resolve("conf/local.conf"));
    warehouse = new Warehouse(spark.spark(), dir.resolve("wh").toString(), "tw_risk_samples");
    run = new NightlyJob(warehouse, config, Progress.silent()).run(OPTIONS);
  }

  @Test
  void resultTablesHaveTheAgreedColumns() {
    assertColumns("supply_links", "supplier_company_id string, buyer_company_id string, "
        + "product_family string, shipments bigint, weight_kg double, value_usd double, "
        + "share double, first_seen date, last_seen date, origin string");
    assertColumns("portfolio_links", "sku string, component string, component_family string, "
        + "supplier_id string, supplier_company_id string, share double, supplier_share double");
    assertColumns("company_tiers", "company_id string, tier int");
    assertColumns("risk_evidence", "company_id string, evidence_type string, weight double, "
        + "families array<string>, source_record string, detail string, decided_by string, "
        + "decided_on date");
    assertColumns("company_risk", "run_id string, company_id string, name string, "
        + "country string, province string, own_risk double, risk_score double, "
        + "exposure_share double, band string, tier int");
    assertColumns("product_risk", "run_id string, sku string, product_name string, "
        + "risk_score double, exposure_share double, band string, top_path string, "
        + "top_source_company_id string");
    assertColumns("risk_paths", "run_id string, subject_type string, subject_id string, "
        + "rank int, contribution double, source_company_id string, source_evidence string, "
        + "path_text string, hops array<struct<supplier_company_id:string,buyer_id:string,"
        + "family_in:string,family_out:string,share:double>>");
    assertColumns("risk_changes", "run_id string, subject_type string, subject_id string, "
        + "change string, previous_band string, band string, previous_score double, "
        + "score double, detail string");
    for (String table : List.of("supply_links", "portfolio_links", "company_tiers",
        "risk_evidence", "company_risk", "product_risk", "risk_paths", "risk_changes")) {
      assertTrue(warehouse.read(table).count() > 0, table);
    }
  }

  @Test
  void exposedSkusScoreMediumOrHighWithTheirSourceOnTheTopPath() {
    EXPOSED.forEach((sku, source) -> {
      Row row = product(sku);
      assertTrue(List.of("HIGH", "MEDIUM").contains(row.<String>getAs("band")), sku);
      assertTrue(nameOf(row.getAs("top_source_company_id")).contains(source), sku);
      assertTrue(row.<String>getAs("top_path").startsWith("SKU " + sku), sku);
      assertTrue(row.<String>getAs("top_path").contains(source), sku);
    });
    assertEquals("HIGH", product("HV-WG-301").getAs("band"));
  }

  @Test
  void trapSkusScoreNoneOrLowAndBelowEveryExposedOne() {
    double lowestExposed = EXPOSED.keySet().stream()
        .mapToDouble(sku -> product(sku).<Double>getAs("risk_score")).min().orElseThrow();
    for (String sku : TRAPS) {
      Row row = product(sku);
      assertTrue(List.of("NONE", "LOW").contains(row.<String>getAs("band")), sku);
      assertTrue(row.<Double>getAs("risk_score") < lowestExposed, sku);
    }
  }

  @Test
  void sparkScoresEqualTheReferenceOnTheSamples() {
    RiskModel model = config.riskModel();
    List<SupplyLink> links = warehouse.read("supply_links").collectAsList().stream()
        .map(r -> new SupplyLink(r.getAs("supplier_company_id"), r.getAs("buyer_company_id"),
            r.getAs("product_family"), r.getAs("share"))).toList();
    Map<String, String> skuFamilies = new HashMap<>();
    for (Row product : warehouse.read("raw_products").collectAsList()) {
      skuFamilies.put(product.getAs("sku"),
          model.families().familyOfRaw(product.getAs("hs_code")));
    }
    List<BomLine> bom = warehouse.read("portfolio_links")
        .filter(col("supplier_company_id").isNotNull()).collectAsList().stream()
        .map(r -> new BomLine(r.getAs("sku"), skuFamilies.get(r.<String>getAs("sku")),
            r.getAs("supplier_company_id"), r.getAs("component_family"), r.getAs("share"),
            r.getAs("supplier_share")))
        .toList();
    List<Evidence> evidence = warehouse.read("risk_evidence").filter(col("weight").gt(0.0))
        .collectAsList().stream()
        .map(r -> new Evidence(r.getAs("company_id"), EvidenceType.valueOf(r.getAs("evidence_type")),
            r.getAs("weight"), new java.util.TreeSet<>(r.<String>getList(r.fieldIndex("families"))),
            r.getAs("source_record"), r.getAs("detail"))).toList();
    List<Decision> remediated = warehouse.read("risk_evidence").filter(col("remediated"))
        .select("company_id").distinct().collectAsList().stream()
        .map(r -> new Decision(r.getString(0), DecisionKind.REMEDIATED, java.util.Set.of(), "-",
            LocalDate.of(2026, 1, 1), "")).toList();
    PropagationResult expected = new ReferencePropagator(model)
        .propagate(evidence, links, bom, remediated);

    Map<String, Row> companies = new HashMap<>();
    warehouse.read("company_risk").collectAsList()
        .forEach(r -> companies.put(r.getAs("company_id"), r));
    assertEquals(expected.companyRisks().size(), companies.size());
    for (CompanyRisk company : expected.companyRisks()) {
      Row row = companies.get(company.companyId());
      assertEquals(company.riskScore(), row.<Double>getAs("risk_score"), 1e-9);
      assertEquals(company.exposureShare(), row.<Double>getAs("exposure_share"), 1e-9);
      assertEquals(company.band().name(), row.getAs("band"));
      assertEquals(company.tier().isPresent() ? company.tier().getAsInt() : null,
          row.getAs("tier"));
    }
    for (SkuRisk sku : expected.skuRisks()) {
      Row row = product(sku.sku());
      assertEquals(sku.riskScore(), row.<Double>getAs("risk_score"), 1e-9, sku.sku());
      assertEquals(sku.exposureShare(), row.<Double>getAs("exposure_share"), 1e-9, sku.sku());
      List<RiskPath> paths = expected.pathsTo(PathTarget.SKU, sku.sku());
      assertEquals(paths.isEmpty() ? null : paths.get(0).sourceCompanyId(),
          row.getAs("top_source_company_id"), sku.sku());
    }
    assertEquals(expected.paths().size(), warehouse.read("risk_paths").count());
  }

  @Test
  void koreanNamesAndScriptNeverRaiseAScore() {
    assertEquals("NONE", product("HV-HD-220").getAs("band"));
    Dataset<Row> korean = warehouse.read("company_risk")
        .filter(col("name").rlike("(?i)HANBIT|JINDALAE|\\p{IsHangul}"));
    assertTrue(korean.count() >= 2);
    assertEquals(0, korean.filter(col("risk_score").gt(0.0)).count());
    assertEquals(0, warehouse.read("risk_evidence").join(korean, "company_id")
        .filter(col("weight").gt(0.0)).count());
  }

  @Test
  void watchlistEvidenceLandsOnTheListedFactoryOnly() {
    Dataset<Row> listed = warehouse.read("risk_evidence")
        .filter(col("evidence_type").equalTo("WATCHLIST"));
    List<String> names = listed.collectAsList().stream()
        .map(r -> nameOf(r.getAs("company_id"))).distinct().toList();
    assertEquals(1, names.size(), names.toString());
    assertTrue(names.get(0).contains("LIANSHENG"), names.toString());
    assertTrue(listed.head().<String>getAs("source_record").startsWith("watchlist:"));
  }

  @Test
  void decisionsAreKeptWithAuthorAndDateAndChangeNoScoreHere() {
    Dataset<Row> decisions = warehouse.read("risk_evidence")
        .filter(col("evidence_type").equalTo("DECISION"));
    assertEquals(2, decisions.count());
    Row engaged = decisions.filter(col("detail").startsWith("engaged")).head();
    assertEquals("analyst-2", engaged.getAs("decided_by"));
    assertEquals(java.sql.Date.valueOf("2026-06-02"), engaged.getAs("decided_on"));
    assertTrue(nameOf(engaged.getAs("company_id")).contains("WRENFIELD"));
    assertEquals(0L, run.counts().get("decisions_unmatched"));
  }

  @Test
  void everyScoredSubjectHasRankedReadablePaths() {
    Dataset<Row> paths = warehouse.read("risk_paths");
    assertEquals(0, paths.filter(col("rank").lt(1).or(col("rank").gt(3))).count());
    assertEquals(warehouse.read("product_risk").filter(col("risk_score").gt(0.0)).count(),
        paths.filter(col("subject_type").equalTo("sku").and(col("rank").equalTo(1))).count());
    assertEquals(warehouse.read("company_risk").filter(col("risk_score").gt(0.0)).count(),
        paths.filter(col("subject_type").equalTo("company").and(col("rank").equalTo(1))).count());
    Row jacket = paths.filter(col("subject_id").equalTo("HV-WJ-105").and(col("rank").equalTo(1)))
        .head();
    assertTrue(jacket.<String>getAs("path_text").contains("[yarn_fabric]"));
    assertTrue(jacket.<String>getAs("path_text").contains("JILIN"));
    assertTrue(jacket.<String>getAs("source_evidence").contains("LOCATION"));
  }

  @Test
  void theFirstRunReportsEveryExposedSkuAsNew() {
    Dataset<Row> changes = warehouse.read("risk_changes")
        .filter(col("subject_type").equalTo("sku"));
    for (String sku : EXPOSED.keySet()) {
      assertEquals(1, changes.filter(col("subject_id").equalTo(sku)
          .and(col("change").isin("NEW", "NEW_HIGH"))).count(), sku);
    }
    assertEquals(0, changes.filter(col("subject_id").isin(TRAPS.toArray())).count());
  }

  @Test
  void supplyLinkSharesSplitEachBuyersInboundAndDisclosuresAddOnlyNewLinks() {
    Dataset<Row> trade = warehouse.read("supply_links").filter(col("origin").equalTo("trade"));
    assertEquals(0, trade.groupBy("buyer_company_id", "product_family")
        .agg(org.apache.spark.sql.functions.sum("share").as("total"))
        .filter(org.apache.spark.sql.functions.abs(col("total").minus(1.0)).gt(1e-9)).count());
    assertEquals(0, warehouse.read("supply_links").groupBy("supplier_company_id",
        "buyer_company_id", "product_family").count().filter(col("count").gt(1)).count());
    Dataset<Row> disclosed = warehouse.read("companies")
        .filter(org.apache.spark.sql.functions.upper(col("name")).contains("HAERIM"))
        .select(col("company_id").as("disclosed_id"));
    assertTrue(warehouse.read("supply_links")
        .join(disclosed, col("supplier_company_id").equalTo(col("disclosed_id"))).count() > 0,
        "the disclosed Yanbian sub-supplier has a supply link");
  }

  private void assertColumns(String table, String expected) {
    String actual = java.util.Arrays.stream(warehouse.read(table).schema().fields())
        .map(f -> f.name() + " " + f.dataType().simpleString())
        .collect(java.util.stream.Collectors.joining(", "));
    assertTrue(actual.startsWith(expected), table + ": " + actual);
  }

  private Row product(String sku) {
    return warehouse.read("product_risk").filter(col("sku").equalTo(sku)).head();
  }

  private String nameOf(String companyId) {
    return warehouse.read("companies").filter(col("company_id").equalTo(companyId))
        .select("name").head().getString(0).toUpperCase(java.util.Locale.ROOT);
  }
}
