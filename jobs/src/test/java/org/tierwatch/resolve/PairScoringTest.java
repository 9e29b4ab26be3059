package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierwatch.spark.SparkSessionExtension;

/** Which pairs of a block are scored, and that each is scored once. */
@ExtendWith(SparkSessionExtension.class)
class PairScoringTest {
  private static final StructType KEYED = new StructType()
      .add("block_key", DataTypes.StringType, false)
      .add("node_key", DataTypes.StringType, false);

  @Test
  void scoresEachPairOnceWhetherItSharesSeveralSmallBlocksOrSeveralWindows(SparkSession spark) {
    List<Row> parties = List.of(
        RowFactory.create("p1", "KANGHUI AQUATIC FOODS CO LTD", "8 BINJIANG RD", "CN", null),
        RowFactory.create("p2", "DANDONG KANGHUI AQUATIC FOODS", "8 BINJIANG RD", "CN", null),
        RowFactory.create("p3", "KANGHUI FOODS", null, "CN", null),
        RowFactory.create("p4", "HAIYANG SEAFOOD", null, "CN", null),
        RowFactory.create("p5", "GOLDEN TIDE AQUATIC", null, "KR", null));
    Dataset<Row> records = NormalisedParties.of(
        spark.createDataFrame(parties, ResolveFixtures.PARTIES), Set.of("DANDONG"))
        .localCheckpoint();
    Dataset<Row> notSame = spark.createDataFrame(List.of(),
        new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType));
    Dataset<Row> nodes = PartyNodes.of(records, notSame, 5, MatchModel.defaults()).nodes();

    // With blocks of at most 3 all with all: K1 and K2 are small, L and M are windows of 1.
    List<Row> keys = new ArrayList<>();
    for (String node : List.of("p1", "p2", "p3")) {
      keys.add(RowFactory.create("K1", node));
    }
    keys.add(RowFactory.create("K2", "p1"));
    keys.add(RowFactory.create("K2", "p2"));
    for (String node : List.of("p1", "p2", "p3", "p4", "p5")) {
      keys.add(RowFactory.create("L", node));
    }
    for (String node : List.of("p1", "p3", "p4", "p5")) {
      keys.add(RowFactory.create("M", node));
    }
    Dataset<Row> keyed = spark.createDataFrame(keys, KEYED);

    List<Row> scored = PairScoring.score(keyed, nodes, 5, MatchModel.defaults(),
            CountryShares.none(), 3, 1)
        .collectAsList();
    Map<String, Row> byPair = scored.stream()
        .collect(Collectors.toMap(row -> row.getString(0) + "~" + row.getString(1), row -> row));
    assertEquals(scored.size(), byPair.size(), "each pair once: " + scored);
    // K1 gives its three pairs; the windows add p3~p4 only, since p4~p5 is vetoed (CN and KR)
    // and every other neighbouring pair shares K1.
    assertEquals(Set.of("p1~p2", "p1~p3", "p2~p3", "p3~p4"), byPair.keySet());

    Row match = byPair.get("p1~p2");
    assertTrue(match.getDouble(2) >= 0.95, match::toString);
    assertNotNull(match.getString(4), "a match keeps its explanation");
    Row apart = byPair.get("p3~p4");
    assertTrue(apart.getDouble(3) > 0, "a pair held apart carries its bits apart: " + apart);
    assertTrue(match.isNullAt(3), "a match is not held apart: " + match);
    assertNull(apart.getString(4), "a conflict carries no explanation");
  }
}
