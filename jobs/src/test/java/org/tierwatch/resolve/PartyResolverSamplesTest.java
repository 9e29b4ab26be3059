package org.tierwatch.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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
import org.tierwatch.config.ConfigLoader;
import org.tierwatch.config.TierwatchConfig;
import org.tierwatch.ingest.IngestStage;
import org.tierwatch.normalise.PartiesStage;
import org.tierwatch.spark.SparkSessionExtension;
import org.tierwatch.spark.Warehouse;

/** Resolution of data-samples/: each story's spellings one company, look-alikes apart. */
@ExtendWith(SparkSessionExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartyResolverSamplesTest {
  private static final Path HOME = Path.of(System.getProperty("tierwatch.home", ".."));

  private Dataset<Row> aliases;

  @BeforeAll
  void resolveSamples(SparkSession spark, @TempDir Path dir) {
    TierwatchConfig config = ConfigLoader.load(HOME.resolve("conf/local.conf"));
    Warehouse warehouse = new Warehouse(spark, dir.resolve("wh").toString(), "tw_resolve_samples");
    new IngestStage(warehouse, config.ingest())
        .run(HOME.resolve("data-samples").toAbsolutePath().toString(), "samples");
    new PartiesStage(warehouse).run();
    new PartyResolver(warehouse, config.resolve()).run(false, "test");
    aliases = warehouse.read(PartyResolver.ALIASES_TABLE).cache();
  }

  @Test
  void everyStorysSpellingsAreOneCompany() {
    assertOneCompany("DALIAN NORTHTIDE AQUATIC FOODS CO., LTD.",
        "NORTHTIDE AQUATIC FOOD CO LIMITED", "DALIAN NORTH TIDE AQUATIC");
    assertOneCompany("DANDONG LIANSHENG PROTECTIVE GARMENT CO., LTD.",
        "DANDONG LIAN SHENG PROTECTIVE CLOTHING CO",
        "Dandong Liansheng Protective Garment Co., Ltd.");
    assertOneCompany("DANDONG JIANGQIAO CIRCUIT CO., LTD.", "DANDONG JIANGQIAO CIRCUIT CO LTD");
    assertOneCompany("QINGDAO JINDALAE APPAREL CO., LTD.",
        "칭다오 진달래 의류 유한회사 (QINGDAO JINDALAE APPAREL CO LTD)",
        "칭다오 진달래 의류 유한회사 (Qingdao Jindalae Apparel Co., Ltd.)");
    assertOneCompany("HANBIT KNIT CO., LTD. (주식회사 한빛니트)", "HANBIT KNIT CO., LTD.",
        "Hanbit Knit Co., Ltd.");
    assertOneCompany("KINTA CIRCUITWORKS SDN. BHD.", "KINTA CIRCUITWORKS SDN BHD",
        "Kinta Circuitworks Sdn. Bhd.");
    assertOneCompany("Corrib Kitchen Foods Ltd", "CORRIB KITCHEN FOODS LIMITED");
    assertOneCompany("Lumen & Lash Beauty Ltd", "LUMEN & LASH BEAUTY LTD",
        "  Lumen & Lash Beauty Ltd ");
    assertOneCompany("TAOYUAN EVERWELL CIRCUITS CORP.");
  }

  @Test
  void lookAlikeCompaniesStayApart() {
    assertApart("DANDONG LIANSHENG PROTECTIVE GARMENT CO., LTD.",
        "DANDONG JIANGQIAO CIRCUIT CO., LTD.");
    assertApart("DANDONG LIANSHENG PROTECTIVE GARMENT CO., LTD.", "DONGGANG SEAWIND");
    assertApart("DANDONG JIANGQIAO CIRCUIT CO., LTD.", "DONGGANG SEAWIND");
    assertApart("QINGDAO JINDALAE APPAREL CO., LTD.", "QINGDAO BLUEHARBOR");
    assertApart("HANBIT KNIT CO., LTD.", "QINGDAO JINDALAE APPAREL CO., LTD.");
    assertApart("Moranbong Marine", "DANDONG LIANSHENG PROTECTIVE GARMENT CO., LTD.");
  }

  @Test
  void everyDirectSupplierMeetsItsTradeRecords() {
    List<Row> suppliers = aliases.join(
            aliases.sparkSession().table("tw_resolve_samples.parties")
                .filter(org.apache.spark.sql.functions.array_contains(col("roles"),
                    "portfolio_supplier"))
                .select("party_key"), "party_key")
        .select("company_id", "name").collectAsList();
    assertEquals(12, suppliers.size());
    for (Row supplier : suppliers) {
      assertTrue(aliases.filter(col("company_id").equalTo(supplier.getString(0))).count() > 1,
          supplier.getString(1) + " resolved to no trade record");
    }
  }

  @Test
  void everyMergeKeepsItsScoreAndReason() {
    Dataset<Row> merged = aliases.join(
        aliases.groupBy("company_id").count().filter(col("count").gt(1)), "company_id",
        "left_semi");
    assertTrue(merged.count() > 0);
    assertEquals(0, merged.filter(col("decided_by").notEqual("model")).count());
    assertEquals(0, merged.filter(col("match_score").lt(0.95)).count());
    assertEquals(0, merged.filter(col("match_reason").contains("p=").unary_$bang()).count());
  }

  private Set<String> companiesOf(String nameStart) {
    String prefix = nameStart.strip().toUpperCase(java.util.Locale.ROOT);
    return aliases.filter(upper(trim(col("name"))).startsWith(prefix))
        .select("company_id").distinct().collectAsList().stream()
        .map(row -> row.getString(0)).collect(Collectors.toSet());
  }

  private void assertOneCompany(String... names) {
    Set<String> ids = new java.util.HashSet<>();
    for (String name : names) {
      Set<String> of = companiesOf(name);
      assertFalse(of.isEmpty(), "no alias named " + name);
      ids.addAll(of);
    }
    assertEquals(1, ids.size(), String.join(" / ", names) + " resolved to " + ids);
  }

  private void assertApart(String a, String b) {
    Set<String> idsA = companiesOf(a);
    Set<String> idsB = companiesOf(b);
    assertFalse(idsA.isEmpty(), "no alias named " + a);
    assertFalse(idsB.isEmpty(), "no alias named " + b);
    idsA.retainAll(idsB);
    assertEquals(Set.of(), idsA, a + " and " + b + " were merged");
    assertNotEquals(a, b);
  }
}
