package org.tierwatch.resolve;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierwatch.spark.SparkSessionExtension;

/** Which party records become one node, and what a pooled node keeps of its records. */
@ExtendWith(SparkSessionExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartyNodesTest {

  private Map<String, Row> members;
  private Map<String, Row> nodes;

  @BeforeAll
  void build(SparkSession spark) {
    List<Row> parties = new ArrayList<>(List.of(
        party("p1", "KANGHUI AQUATIC FOODS CO LTD", "NO 8 BINJIANG RD, DANDONG", "CN", "A1"),
        party("p2", "Kanghui Aquatic Foods Co., Ltd.", "NO 8 BINJIANG RD, DANDONG", "CN", null),
        party("p3", "KANGHUI AQUATIC FOODS", "TEL +86 415 1234 5678", "CN", "A1"),
        party("p4", "KANGHUI AQUATIC FOODS LIMITED", "DANDONG 118000", "CN", null),
        party("p5", "KANGHUI AQUATIC FOODS CO LTD", "12 HAEAN-RO, BUSAN", "KR", null),
        party("p6", "HAIYANG FOODS CO LTD", "DALIAN", "CN", null),
        party("p7", "HAIYANG FOODS LTD", "QINGDAO", "CN", null),
        party("p8", "TO ORDER", "", "CN", null),
        party("p9", "TO ORDER", "", "CN", null),
        party("d1", "DONGFANG TRADING CO LTD", "NO 3 GONGYE RD, SHENYANG", "CN", "R1"),
        party("d2", "Dongfang Trading Co., Ltd.", "No.3 Gongye Rd., Shenyang", "CN", null),
        party("d3", "DONGFANG TRADING CO LTD", "88 HUANGHE ST, ANSHAN", "CN", "R2"),
        party("m3", "Morningstar Textiles Limited", "", "VN", null),
        party("m2", "MORNINGSTAR TEXTILES LTD", "", "VN", null),
        party("m1", "MORNINGSTAR TEXTILES CO., LTD.", "", "VN", null)));
    // Forty names sharing TRADING make it a word that tells nothing, as in real trade data.
    for (int i = 0; i < 40; i++) {
      parties.add(party("t" + i, "TRADING " + (char) ('A' + i % 26) + (char) ('A' + i / 26),
          "DALIAN", "CN", null));
    }
    parties.add(party("u1", "TRADING CO LTD", "DALIAN", "CN", null));
    parties.add(party("u2", "TRADING COMPANY LIMITED", "SHENYANG", "CN", null));
    Dataset<Row> records = NormalisedParties.of(spark.createDataFrame(parties, ResolveFixtures.PARTIES),
        Set.of("DANDONG", "DALIAN")).localCheckpoint();
    long names = records.select("name_signature").distinct().count();
    Dataset<Row> notSame = spark.createDataFrame(List.of(RowFactory.create("p6", "p7")),
        new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType));
    PartyNodes.Result result = PartyNodes.of(records, notSame, names, MatchModel.defaults());
    members = byKey(result.members(), "party_key");
    nodes = byKey(result.nodes(), "node_key");
  }

  @Test
  void recordsOfOneRareNameInOneCountryAreOneNode() {
    for (String key : List.of("p1", "p2", "p3", "p4")) {
      assertEquals("p1", members.get(key).getAs("node_key"), key);
      assertEquals(4L, (long) members.get(key).getAs("node_records"));
    }
    String reason = members.get("p2").getAs("within_reason");
    assertEquals(true, reason.startsWith("same name and country"), reason);
    Row node = nodes.get("p1");
    assertEquals(4L, (long) node.getAs("records"));
    assertEquals(List.of("NO 8 BINJIANG RD DANDONG", "DANDONG 118000"), node.getList(
        node.fieldIndex("addresses")));
    assertEquals(List.of("A1"), node.getList(node.fieldIndex("registration_ids")));
    assertEquals(1, node.getList(node.fieldIndex("phones")).size());
    assertEquals("p5", members.get("p5").getAs("node_key"));
  }

  @Test
  void aNameThatTellsNothingLeavesItsRecordsApart() {
    assertEquals("u1", members.get("u1").getAs("node_key"));
    assertEquals("u2", members.get("u2").getAs("node_key"));
    assertNull(members.get("u1").getAs("within_reason"));
    assertEquals(List.of("DALIAN"), nodes.get("u1").getList(nodes.get("u1")
        .fieldIndex("addresses")));
    assertNotEquals((String) members.get("p8").getAs("node_key"),
        (String) members.get("p9").getAs("node_key"));
  }

  @Test
  void recordsOfANameThatDoesNotHoldTogetherAreOneNodePerAddress() {
    // Two registration ids: the name's records need not all be one company, but the two written
    // at one address are.
    assertEquals("d1", members.get("d1").getAs("node_key"));
    assertEquals("d1", members.get("d2").getAs("node_key"));
    assertEquals("d3", members.get("d3").getAs("node_key"));
    String reason = members.get("d2").getAs("within_reason");
    assertEquals(true, reason.startsWith("same name, address and country"), reason);
    Row node = nodes.get("d1");
    assertEquals(2L, (long) node.getAs("records"));
    assertEquals(List.of("R1"), node.getList(node.fieldIndex("registration_ids")));
    assertNull(members.get("d3").getAs("within_reason"));
  }

  @Test
  void aPooledNodeIsWrittenAsItsKeyRecordWritesItsName() {
    // Whatever order the records reach the pooling in, so that a run's scores do not change
    // with the plan.
    assertEquals("m1", members.get("m3").getAs("node_key"));
    assertEquals("MORNINGSTAR TEXTILES CO., LTD.", nodes.get("m1").getAs("name"));
  }

  @Test
  void anAnalystsSplitKeepsTheRecordsOfANameApart() {
    assertEquals("p6", members.get("p6").getAs("node_key"));
    assertEquals("p7", members.get("p7").getAs("node_key"));
    assertEquals(1L, (long) nodes.get("p7").getAs("records"));
  }

  private static Map<String, Row> byKey(Dataset<Row> rows, String key) {
    return rows.orderBy(col(key)).collectAsList().stream()
        .collect(Collectors.toMap(row -> row.getAs(key), row -> row));
  }

  private static Row party(String key, String name, String address, String country,
      String registrationId) {
    return RowFactory.create(key, name, address, country, registrationId);
  }
}
