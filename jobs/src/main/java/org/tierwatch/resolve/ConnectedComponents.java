package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;

/**
 * Connected components of an undirected graph on DataFrames by alternating large-star and
 * small-star steps (Kiveris et al., "Connected Components in MapReduce and Beyond", 2014). Both
 * steps rewire edges towards smaller nodes without changing the components, until every component
 * is a star around its smallest node. Min-label propagation needs as many rounds as the longest
 * shortest path, which a sorted-neighbourhood window over a huge shipper's spellings makes long;
 * these steps halve paths instead, so the rounds grow with the logarithm of the component size.
 * Edges are kept as (child, parent) with child &gt; parent; each round's edges are persisted and
 * the lineage is cut by a local checkpoint every few rounds, so the plan does not grow.
 */
final class ConnectedComponents {
  /**
   * The components, and how many rounds finding them took.
   *
   * @param labels (node, component)
   */
  record Result(Dataset<Row> labels, int rounds) {
    Result {
      requireNonNull(labels, "labels is null");
    }
  }

  private ConnectedComponents() {}

  /**
   * Rows (node, component) for every node on an edge (a, b) between two nodes; the component is
   * named by its smallest node.
   */
  static Result of(Dataset<Row> edges, int checkpointEvery, int maxRounds) {
    Dataset<Row> tree = edges.select(greatest(col("a"), col("b")).as("child"),
            least(col("a"), col("b")).as("parent"))
        .filter(col("child").notEqual(col("parent")))
        .distinct()
        .localCheckpoint();
    int round = 0;
    for (boolean stars = isStars(tree); !stars; round++) {
      if (round == maxRounds) {
        throw new IllegalStateException("connected components did not converge in " + maxRounds
            + " rounds; raise resolve.max-rounds");
      }
      Dataset<Row> next = smallStar(largeStar(tree));
      next = (round + 1) % checkpointEvery == 0
          ? next.localCheckpoint()
          : next.persist(StorageLevel.MEMORY_AND_DISK());
      // The test materialises the new edges, so the old ones may be dropped only after it.
      stars = isStars(next);
      tree.unpersist();
      tree = next;
    }
    return new Result(tree.select(col("child").as("node"), col("parent").as("component"))
        .union(tree.select(col("parent").as("node"), col("parent").as("component")).distinct()),
        round);
  }

  /**
   * Every node hands its larger neighbours to the smallest node of its neighbourhood (itself
   * included): (v, m(u)) for each neighbour v &gt; u.
   */
  static Dataset<Row> largeStar(Dataset<Row> tree) {
    Dataset<Row> both = tree.select(col("child").as("u"), col("parent").as("v"))
        .union(tree.select(col("parent").as("u"), col("child").as("v")));
    Column smallest = least(col("u"), min(col("v")).over(Window.partitionBy("u")));
    return both.select(col("u"), col("v"), smallest.as("m"))
        .filter(col("v").gt(col("u")))
        .select(col("v").as("child"), col("m").as("parent"))
        .distinct();
  }

  /**
   * Every node links itself and its smaller neighbours to the smallest of them: for a child with
   * parents P, (child, min P) and (p, min P) for every other p in P.
   */
  static Dataset<Row> smallStar(Dataset<Row> tree) {
    Dataset<Row> withSmallest = tree.select(col("child"), col("parent"),
        min(col("parent")).over(Window.partitionBy("child")).as("m"));
    return withSmallest.select(col("child"), col("m").as("parent"))
        .union(withSmallest.filter(col("parent").notEqual(col("m")))
            .select(col("parent").as("child"), col("m").as("parent")))
        .distinct();
  }

  /**
   * Whether every component is a star around its smallest node: no node has two parents, and no
   * node is both a child and a parent.
   */
  static boolean isStars(Dataset<Row> tree) {
    return tree.select(col("child").as("node"), lit(1).as("up"), lit(0).as("down"))
        .union(tree.select(col("parent").as("node"), lit(0).as("up"), lit(1).as("down")))
        .groupBy("node")
        .agg(sum("up").as("parents"), sum("down").as("children"))
        .filter(col("parents").gt(1).or(col("parents").geq(1).and(col("children").geq(1))))
        .isEmpty();
  }
}
