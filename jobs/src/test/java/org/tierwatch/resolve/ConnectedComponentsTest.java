package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierwatch.spark.SparkSessionExtension;

/** Components, their labels, and rounds that grow with the logarithm of a path's length. */
@ExtendWith(SparkSessionExtension.class)
class ConnectedComponentsTest {
  private static final StructType EDGES = new StructType()
      .add("a", DataTypes.StringType, false)
      .add("b", DataTypes.StringType, false);
  private static final StructType TREE = new StructType()
      .add("child", DataTypes.StringType, false)
      .add("parent", DataTypes.StringType, false);

  @Test
  void eachNodeIsLabelledByTheSmallestNodeOfItsComponent(SparkSession spark) {
    Dataset<Row> edges = edges(spark, List.of(
        new String[] {"d", "b"}, new String[] {"b", "e"}, new String[] {"e", "c"},
        new String[] {"x", "z"}, new String[] {"z", "y"}, new String[] {"y", "x"},
        new String[] {"p", "q"}, new String[] {"q", "p"}, new String[] {"r", "r"}));
    assertEquals(Map.of("b", "b", "c", "b", "d", "b", "e", "b", "x", "x", "y", "x", "z", "x",
        "p", "p", "q", "p"), components(ConnectedComponents.of(edges, 1, 10).labels()));
  }

  @Test
  void aSortedPathOfTwoHundredNodesNeedsFewRounds(SparkSession spark) {
    // Label propagation would need 199 rounds; halving paths needs about log2(200), 8.
    List<String[]> path = new ArrayList<>();
    for (int i = 1; i < 200; i++) {
      path.add(new String[] {node(i - 1), node(i)});
    }
    ConnectedComponents.Result result = ConnectedComponents.of(edges(spark, path), 2, 10);
    Map<String, String> labels = components(result.labels());
    assertTrue(result.rounds() >= 2, "a path is not a star: " + result.rounds());
    assertEquals(200, labels.size());
    assertTrue(labels.values().stream().allMatch(node(0)::equals), "one component, labelled n0000");
  }

  @Test
  void aShuffledPathAndAStarOfTheSameNodesMeetInOneComponent(SparkSession spark) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(7));
    List<String[]> edges = new ArrayList<>();
    for (int i = 1; i < order.size(); i++) {
      edges.add(new String[] {node(order.get(i - 1)), node(order.get(i))});
    }
    for (int i = 500; i < 600; i++) {
      edges.add(new String[] {node(i), node(599)});
    }
    Map<String, String> labels = components(ConnectedComponents.of(edges(spark, edges), 1, 16).labels());
    assertEquals(600, labels.size());
    assertEquals(500, labels.values().stream().filter(node(0)::equals).count());
    assertEquals(100, labels.values().stream().filter(node(500)::equals).count());
  }

  @Test
  void tooFewRoundsFailWithTheSettingToRaise(SparkSession spark) {
    List<String[]> path = new ArrayList<>();
    for (int i = 1; i < 64; i++) {
      path.add(new String[] {node(i - 1), node(i)});
    }
    IllegalStateException failure = assertThrows(IllegalStateException.class,
        () -> ConnectedComponents.of(edges(spark, path), 1, 2));
    assertTrue(failure.getMessage().contains("resolve.max-rounds"), failure.getMessage());
  }

  @Test
  void largeStarHandsLargerNeighboursToTheSmallestAndSmallStarLinksSmallerOnes(
      SparkSession spark) {
    // A path 1-2-3-4-5 as (child, parent).
    Dataset<Row> path = tree(spark, "2", "1", "3", "2", "4", "3", "5", "4");
    Dataset<Row> large = ConnectedComponents.largeStar(path);
    assertEquals(Map.of("2", "1", "3", "1", "4", "2", "5", "3"), parents(large));
    // Node 4 with parents 2 and 3: 3 is linked to 2, and 4 to 2.
    Dataset<Row> small = ConnectedComponents.smallStar(tree(spark, "4", "2", "4", "3", "3", "1"));
    assertEquals(List.of("3>1", "3>2", "4>2"), links(small));
  }

  @Test
  void starsTakeNoRound(SparkSession spark) {
    Dataset<Row> star = edges(spark, List.of(new String[] {"a", "b"}, new String[] {"c", "a"}));
    assertEquals(0, ConnectedComponents.of(star, 1, 1).rounds());
  }

  @Test
  void starsAreRecognised(SparkSession spark) {
    assertTrue(ConnectedComponents.isStars(tree(spark, "2", "1", "3", "1", "9", "8")));
    assertFalse(ConnectedComponents.isStars(tree(spark, "2", "1", "3", "2")), "a chain");
    assertFalse(ConnectedComponents.isStars(tree(spark, "3", "1", "3", "2")), "two parents");
  }

  private static String node(int i) {
    return String.format("n%04d", i);
  }

  private static Dataset<Row> edges(SparkSession spark, List<String[]> pairs) {
    List<Row> rows = new ArrayList<>();
    for (String[] pair : pairs) {
      rows.add(RowFactory.create(pair[0], pair[1]));
    }
    return spark.createDataFrame(rows, EDGES);
  }

  private static Dataset<Row> tree(SparkSession spark, String... childParent) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < childParent.length; i += 2) {
      rows.add(RowFactory.create(childParent[i], childParent[i + 1]));
    }
    return spark.createDataFrame(rows, TREE);
  }

  private static Map<String, String> components(Dataset<Row> labels) {
    Map<String, String> out = new TreeMap<>();
    for (Row row : labels.collectAsList()) {
      assertEquals(null, out.put(row.getString(0), row.getString(1)), "one label per node");
    }
    return out;
  }

  private static Map<String, String> parents(Dataset<Row> tree) {
    Map<String, String> out = new TreeMap<>();
    for (Row row : tree.collectAsList()) {
      assertEquals(null, out.put(row.getString(0), row.getString(1)), "one parent per child");
    }
    return out;
  }

  private static List<String> links(Dataset<Row> tree) {
    List<String> out = new ArrayList<>();
    for (Row row : tree.collectAsList()) {
      out.add(row.getString(0) + ">" + row.getString(1));
    }
    Collections.sort(out);
    return out;
  }
}
