package org.tierwatch.resolve;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tierwatch.resolve.ResolveFixtures.party;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tierwatch.analyst.DecisionLog;
import org.tierwatch.analyst.DecisionRecord;
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
 * The resolver on a handful of parties, run twice: analysts' pair decisions, another country,
 * and company ids that survive new records.
 */
@ExtendWith(SparkSessionExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartyResolverTest {
  private final List<Row> parties = new ArrayList<>(List.of(
      party("k10", "DANDONG HAIYANG FOODS CO., LTD.", "NO. 8 BINJIANG ROAD, DANDONG 118000", "CN"),
      party("k11", "HAIYANG FOOD CO LIMITED", "NO 8 BINJIANG RD DANDONG 118000", "CN"),
      party("k12", "HAIYANG FOODS CO LTD", "12 HAEAN-RO, BUSAN", "KR"),
      party("k20", "GOLDEN TIDE TRADING CO., LTD.", "ROOM 5, 77 ZHONGSHAN ROAD, DALIAN", "CN"),
      party("k21", "GOLDENTIDE TRADING CO LTD", "ROOM 5 77 ZHONGSHAN RD DALIAN", "CN"),
      party("k30", "XIANGYUN MACHINERY CO LTD", "YINGKOU", "CN"),
      party("k31", "JINFENG TOOLS LTD", "YINGKOU", "CN"),
      party("k50", "BEILUN PUMP CO LTD", "NO. 3 GANGWAN STREET, DALIAN", "CN"),
      party("k51", "Beilun Pump Co., Ltd.", "DALIAN 116001", "CN"),
      party("k52", "BEILUN PUMP COMPANY LIMITED", "TEL 0411 8265 1234", "CN"),
      party("k53", "BEILUNPUMP CO LTD", "NO 3 GANGWAN ST DALIAN", "CN"),
      party("k60", "DONGIL MEDICAL CO., LTD.", "81 Teheran-ro, Gangnam-gu, Seoul 01766, Korea",
          "KR"),
      party("k61", "DONGIL MEDICAL CO LTD", "81 TEHERAN-RO, GANGNAM-GU, SEOUL 01766, KOREA", "KR"),
      party("k62", "DONGIL MEDICAL CO., LTD.", "서울특별시 강남구 테헤란로 81", "KR"),
      party("k63", "DONGIL MEDICAL CO., LTD.", "106 Teheran-ro, Gangnam-gu, Seoul 09104, Korea",
          "KR"),
      party("k64", "DONGIL MEDICAL CO LTD", "106 TEHERAN-RO, GANGNAM-GU, SEOUL 09104, KOREA",
          "KR"),
      party("k65", "DONGIL MEDICAL CO., LTD.", null, "KR")));

  private Map<String, String> first;
  private Map<String, Row> firstRows;
  private Map<String, String> second;
  private ResolveSummary summary;

  @BeforeAll
  void resolveTwice(SparkSession spark, @TempDir Path dir) {
    Warehouse warehouse = new Warehouse(spark, dir.resolve("wh").toString(), "tw_resolver");
    new DecisionLog(warehouse).append(List.of(
        new DecisionRecord("d1", "pair", "Golden Tide Trading Co., Ltd. | GOLDENTIDE TRADING CO LTD",
            "not_same_company", "two firms", "analyst-1", LocalDate.of(2026, 5, 1),
            Instant.parse("2026-05-01T10:00:00Z"), "cli"),
        new DecisionRecord("d2", "pair", "XIANGYUN MACHINERY CO LTD|jinfeng tools ltd",
            "same_company", "renamed", "analyst-2", LocalDate.of(2026, 5, 2),
            Instant.parse("2026-05-02T10:00:00Z"), "cli")));
    ResolveConfig config =
        new ResolveConfig(MatchModel.defaults(), 2000, 200, 10, 2, 30, 0.05, 100_000);
    PartyResolver resolver = new PartyResolver(warehouse, config,
        java.util.Set.of("DANDONG", "DALIAN", "YINGKOU", "BUSAN"));
    warehouse.overwrite(PartiesStage.TABLE, spark.createDataFrame(parties, ResolveFixtures.PARTIES));
    summary = resolver.run(false, "test");
    firstRows = warehouse.read(PartyResolver.ALIASES_TABLE).collectAsList().stream()
        .collect(Collectors.toMap(row -> row.getAs("party_key"), row -> row));
    first = ids(firstRows);

    // A new spelling whose key sorts first, and a new company.
    parties.add(party("k00", "HAIYANG FOODS COMPANY LIMITED", "BINJIANG ROAD DANDONG 118000",
        "CN"));
    parties.add(party("k40", "NORTHSTAR PUMPS LTD", "SHEFFIELD", "GB"));
    warehouse.overwrite(PartiesStage.TABLE, spark.createDataFrame(parties, ResolveFixtures.PARTIES));
    resolver.run(false, "test");
    second = ids(warehouse.read(PartyResolver.ALIASES_TABLE).collectAsList().stream()
        .collect(Collectors.toMap(row -> row.getAs("party_key"), row -> row)));
  }

  @Test
  void timesEachStepInTheOrderItRan() {
    assertEquals(List.of("records", "nodes", "pairs", "links", "clusters", "aliases"),
        summary.steps().stream().map(ResolveStep::name).toList());
    assertTrue(summary.describe().contains("; steps: records "), summary::describe);
  }

  @Test
  void spellingsOfOneCompanyMergeButNotAcrossCountries() {
    assertEquals(first.get("k10"), first.get("k11"));
    assertNotEquals(first.get("k10"), first.get("k12"));
    assertEquals("model", firstRows.get("k11").getAs("decided_by"));
    assertEquals(2, ResolveFixtures.companySize(firstRows.values(), firstRows.get("k11")));
  }

  @Test
  void recordsOfOneNameAreOneNodeAndKeepTheirOwnEvidence() {
    assertEquals(first.get("k50"), first.get("k51"));
    assertEquals(first.get("k50"), first.get("k52"));
    assertEquals(first.get("k50"), first.get("k53"));
    Row pooled = firstRows.get("k51");
    assertEquals(4, ResolveFixtures.companySize(firstRows.values(), pooled));
    assertEquals("model", pooled.getAs("decided_by"));
    String reason = pooled.getAs("match_reason");
    assertEquals(true, reason.startsWith("same name and country"), reason);
    assertEquals(true, reason.contains("; its name linked to "), reason);
    assertEquals("Beilun Pump Co., Ltd.", pooled.getAs("name"));
    assertEquals("DALIAN 116001", pooled.getAs("address"));
    String glued = firstRows.get("k53").getAs("match_reason");
    assertEquals(true, glued.startsWith("with k50: "), glued);
  }

  @Test
  void companiesOfOneNameAtOtherNumbersOnOneStreetStayApart() {
    assertEquals(first.get("k60"), first.get("k61"));
    assertEquals(first.get("k60"), first.get("k62"));
    assertEquals(first.get("k63"), first.get("k64"));
    assertNotEquals(first.get("k60"), first.get("k63"));
    String refused = String.join(" ", reason("k60"), reason("k63"), reason("k65"));
    assertEquals(true, refused.contains("addresses on one street with other numbers"), refused);
  }

  @Test
  void analystsPairDecisionsAreObeyed() {
    assertNotEquals(first.get("k20"), first.get("k21"));
    assertEquals(first.get("k30"), first.get("k31"));
    assertEquals("analyst", firstRows.get("k30").getAs("decided_by"));
    String reason = firstRows.get("k31").getAs("match_reason");
    assertEquals(true, reason.contains("analyst-2 decided same_company"), reason);
  }

  @Test
  void companiesKeepTheirIdsWhenNewRecordsArrive() {
    for (Map.Entry<String, String> entry : first.entrySet()) {
      assertEquals(entry.getValue(), second.get(entry.getKey()), entry.getKey());
    }
    assertEquals(first.get("k10"), second.get("k00"));
    assertEquals(1, second.values().stream().filter(id -> id.equals(second.get("k40"))).count());
    assertEquals(false, first.containsValue(second.get("k40")));
  }

  private String reason(String key) {
    return firstRows.get(key).getAs("match_reason");
  }

  private static Map<String, String> ids(Map<String, Row> rows) {
    return rows.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
        entry -> entry.getValue().getAs("company_id")));
  }
}
