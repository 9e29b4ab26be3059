package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tierwatch.resolve.ResolveFixtures.party;

import io.delta.tables.DeltaTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tierwatch.config.ResolveConfig;
import org.tierwatch.normalise.PartiesStage;
import org.tierwatch.spark.SparkSessionExtension;
import org.tierwatch.spark.Warehouse;

/**
 * A full resolution, then runs that add records: the new ones are matched against the known
 * companies and the known ones stay where they were, until a record goes or a full refresh is
 * asked for.
 */
@ExtendWith(SparkSessionExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncrementalResolutionTest {
  private final List<Row> parties = new ArrayList<>(List.of(
      party("k10", "DANDONG HAIYANG FOODS CO., LTD.", "NO. 8 BINJIANG ROAD, DANDONG 118000", "CN"),
      party("k11", "HAIYANG FOOD CO LIMITED", "NO 8 BINJIANG RD DANDONG 118000", "CN"),
      party("k12", "HAIYANG FOODS CO LTD", "12 HAEAN-RO, BUSAN", "KR"),
      party("k30", "XIANGYUN MACHINERY CO LTD", "NO. 12 JIANSHE ROAD, YINGKOU 115000", "CN"),
      party("k20", "GOLDEN TIDE TRADING CO., LTD.", "ROOM 5, 77 ZHONGSHAN ROAD, DALIAN", "CN"),
      party("k21", "GOLDENTIDE TRADING CO LTD", "ROOM 5 77 ZHONGSHAN RD DALIAN", "CN"),
      party("k50", "BEILUN PUMP CO LTD", "NO. 3 GANGWAN STREET, DALIAN", "CN"),
      party("k51", "Beilun Pump Co., Ltd.", "DALIAN 116001", "CN"),
      party("k53", "BEILUNPUMP CO LTD", "NO 3 GANGWAN ST DALIAN", "CN"),
      party("k60", "DONGIL MEDICAL CO., LTD.", "81 Teheran-ro, Gangnam-gu, Seoul 01766, Korea",
          "KR"),
      party("k61", "DONGIL MEDICAL CO LTD", "81 TEHERAN-RO, GANGNAM-GU, SEOUL 01766, KOREA", "KR"),
      party("k63", "DONGIL MEDICAL CO., LTD.", "106 Teheran-ro, Gangnam-gu, Seoul 09104, Korea",
          "KR"),
      party("k64", "DONGIL MEDICAL CO LTD", "106 TEHERAN-RO, GANGNAM-GU, SEOUL 09104, KOREA",
          "KR")));

  private ResolveSummary fullSummary;
  private ResolveSummary addedSummary;
  private ResolveSummary unchangedSummary;
  private ResolveSummary refreshSummary;
  private Map<String, Row> refreshed;
  private ResolveSummary goneSummary;
  private Map<String, Row> full;
  private Map<String, Row> added;
  private Map<String, Row> gone;
  private ResolveState addedState;
  private Row addedCommit;

  @BeforeAll
  void resolveAsRecordsArrive(SparkSession spark, @TempDir Path dir) {
    Warehouse warehouse = new Warehouse(spark, dir.resolve("wh").toString(), "tw_incremental");
    PartyResolver resolver = new PartyResolver(warehouse,
        new ResolveConfig(MatchModel.defaults(), 2000, 200, 10, 2, 30, 0.5, 0),
        Set.of("DANDONG", "DALIAN", "BUSAN", "SEOUL", "YINGKOU"));
    fullSummary = resolve(spark, warehouse, resolver, false);
    full = aliases(warehouse);

    // Another spelling of a known company; a company nobody wrote before; a known company's
    // record that was alone, now joined; a Dongil Medical without an address, which matches both
    // known Dongil Medicals, and must not glue them.
    parties.add(party("k13", "HAIYANG FOODS CO., LTD.", "NO 8 BINJIANG ROAD DANDONG 118000",
        "CN"));
    parties.add(party("k40", "NORTHSTAR PUMPS LTD", "SHEFFIELD S1 2HE", "GB"));
    parties.add(party("k31", "XIANGYUN MACHINERY CO., LTD.", "12 JIANSHE RD YINGKOU 115000",
        "CN"));
    parties.add(party("k65", "DONGIL MEDICAL CO LTD", null, "KR"));
    addedSummary = resolve(spark, warehouse, resolver, false);
    added = aliases(warehouse);
    addedCommit = DeltaTable.forPath(spark, warehouse.tablePath(PartyResolver.ALIASES_TABLE))
        .history(1).head();
    addedState = ResolveState.read(warehouse).orElseThrow();
    unchangedSummary = resolve(spark, warehouse, resolver, false);
    refreshSummary = resolve(spark, warehouse, resolver, true);
    refreshed = aliases(warehouse);

    parties.removeIf(row -> row.getString(0).equals("k12"));
    goneSummary = resolve(spark, warehouse, resolver, false);
    gone = aliases(warehouse);
  }

  @Test
  void theFirstRunResolvesEveryRecord() {
    assertFalse(fullSummary.incremental());
    assertTrue(fullSummary.mode().startsWith("full: no earlier resolution"), fullSummary::mode);
    assertEquals(13, fullSummary.records());
  }

  @Test
  void laterRunsMatchOnlyTheNewRecords() {
    assertTrue(addedSummary.incremental(), addedSummary::mode);
    assertEquals(4, addedSummary.records());
    assertEquals(List.of("records", "pairs", "clusters", "aliases"),
        addedSummary.steps().stream().map(ResolveStep::name).toList());
    assertEquals(4, addedState.attachedRecords());
    assertEquals(13, addedState.resolvedRecords());
  }

  @Test
  void aLaterRunWritesOnlyTheRowsItAddsOrRelinks() {
    assertEquals("MERGE", addedCommit.getAs("operation"));
    Map<String, String> metrics = addedCommit.getJavaMap(addedCommit.fieldIndex("operationMetrics"));
    assertEquals("4", metrics.get("numTargetRowsInserted"), metrics::toString);
    // k30, a company alone that k31 joins, takes the link.
    assertEquals("1", metrics.get("numTargetRowsUpdated"), metrics::toString);
    assertEquals("0", metrics.get("numTargetRowsCopied"), metrics::toString);
  }

  @Test
  void knownRecordsKeepTheirCompanyAndReason() {
    for (Map.Entry<String, Row> entry : full.entrySet()) {
      Row before = entry.getValue();
      Row after = added.get(entry.getKey());
      assertEquals(before.<String>getAs("company_id"), after.getAs("company_id"), entry.getKey());
      if (!entry.getKey().equals("k30")) {
        assertEquals(before.<String>getAs("match_reason"), after.getAs("match_reason"));
      }
    }
  }

  @Test
  void aKnownRecordAloneTakesTheLinkOfTheNewRecordThatJoinsIt() {
    assertEquals("none", full.get("k30").getAs("decided_by"));
    Row joined = added.get("k30");
    assertEquals(joined.<String>getAs("company_id"), added.get("k31").getAs("company_id"));
    assertEquals("model", joined.getAs("decided_by"));
    String reason = joined.getAs("match_reason");
    assertTrue(reason.startsWith("with k31: "), reason);
    assertEquals(2, ResolveFixtures.companySize(added.values(), joined));
  }

  @Test
  void aNewSpellingJoinsItsCompanyThroughAKnownRecord() {
    Row spelling = added.get("k13");
    assertEquals(full.get("k10").<String>getAs("company_id"), spelling.getAs("company_id"));
    assertEquals("model", spelling.getAs("decided_by"));
    String reason = spelling.getAs("match_reason");
    assertTrue(reason.startsWith("with " + spelling.getAs("company_id") + ": "), reason);
    assertTrue(reason.contains("(through its record k1"), reason);
    assertEquals(ResolveFixtures.companySize(full.values(), full.get("k10")) + 1,
        ResolveFixtures.companySize(added.values(), added.get("k10")));
  }

  @Test
  void aNewCompanyGetsAnIdOfItsOwn() {
    Row northstar = added.get("k40");
    assertEquals("none", northstar.getAs("decided_by"));
    assertEquals(1, ResolveFixtures.companySize(added.values(), northstar));
    assertFalse(full.values().stream()
        .anyMatch(row -> row.getAs("company_id").equals(northstar.getAs("company_id"))));
  }

  @Test
  void twoKnownCompaniesAreNeverMerged() {
    String first = added.get("k60").getAs("company_id");
    String second = added.get("k63").getAs("company_id");
    assertNotEquals(first, second);
    Row nameOnly = added.get("k65");
    assertTrue(Set.of(first, second).contains(nameOnly.<String>getAs("company_id")),
        nameOnly::toString);
    String reason = nameOnly.getAs("match_reason");
    assertTrue(reason.contains("guard refused link") && reason.contains(
        IncrementalResolution.KNOWN_APART), reason);
  }

  @Test
  void aRunWithoutNewRecordsChangesNothing() {
    assertTrue(unchangedSummary.incremental(), unchangedSummary::mode);
    assertEquals(0, unchangedSummary.records());
    assertEquals(addedSummary.companies(), unchangedSummary.companies());
  }

  @Test
  void aFullRefreshResolvesEverythingAgainKeepingTheIds() {
    assertFalse(refreshSummary.incremental());
    assertEquals("full: a full refresh was asked for", refreshSummary.mode());
    assertEquals(17, refreshSummary.records());
    assertEquals(added.get("k10").<String>getAs("company_id"),
        refreshed.get("k13").getAs("company_id"));
    assertEquals(added.get("k40").<String>getAs("company_id"),
        refreshed.get("k40").getAs("company_id"));
  }

  @Test
  void aRecordThatIsGoneResolvesEverythingAgainKeepingTheIds() {
    assertFalse(goneSummary.incremental());
    assertTrue(goneSummary.mode().contains("1 party records are gone"), goneSummary::mode);
    assertFalse(gone.containsKey("k12"));
    // The Dongil Medicals are left out: a full resolution weighs the name-only record against
    // both again, and may merge them.
    for (String key : List.of("k10", "k13", "k30", "k31", "k40")) {
      assertEquals(added.get(key).<String>getAs("company_id"), gone.get(key).getAs("company_id"),
          key);
    }
  }

  private ResolveSummary resolve(SparkSession spark, Warehouse warehouse, PartyResolver resolver,
      boolean fullRefresh) {
    warehouse.overwrite(PartiesStage.TABLE,
        spark.createDataFrame(parties, ResolveFixtures.PARTIES));
    return resolver.run(fullRefresh, "test");
  }

  private static Map<String, Row> aliases(Warehouse warehouse) {
    return warehouse.read(PartyResolver.ALIASES_TABLE).collectAsList().stream()
        .collect(Collectors.toMap(row -> row.getAs("party_key"), row -> row));
  }
}
