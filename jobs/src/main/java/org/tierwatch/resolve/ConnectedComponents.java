package org.tierwatch.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Connected components of an undirected graph by iterated min-label propagation on DataFrames:
 * every node starts labelled by itself and takes the smallest label among itself and its
 * neighbours until no label changes, so each node ends labelled by the smallest node of its
 * component. Each round is persisted and the lineage is cut by a local checkpoint every few
 * rounds, so the plan does not grow with the rounds.
 */
final class ConnectedComponents {
  private ConnectedComponents() {}

  /** Rows (node, component) for every node of {@code edges} (a, b). */
  static Dataset<Row> of(Dataset<Row> edges, int checkpointEvery, int maxRounds) {
    Dataset<Row> both = edges.select(col("a").as("src"), col("b").as("dst"))
        .union(edges.select(col("b").as("src"), col("a").as("dst")))
        .distinct()
        .localCheckpoint();
    Dataset<Row> labels = both.groupBy(col("src").as("node"))
        .agg(min(col("dst")).as("neighbour"))
        .select(col("node"), least(col("node"), col("neighbour")).as("label"))
        .localCheckpoint();
    for (int round = 1; ; round++) {
      if (round > maxRounds) {
        throw new IllegalStateException("connected components did not converge in " + maxRounds
            + " rounds; raise resolve.max-rounds");
      }
      Dataset<Row> offered = both.join(labels, both.col("src").equalTo(labels.col("node")))
          .select(col("dst").as("node"), col("label"))
          .union(labels.select("node", "label"));
      Dataset<Row> next = offered.groupBy("node").agg(min("label").as("label"));
      next = round % checkpointEvery == 0
          ? next.localCheckpoint()
          : next.persist(StorageLevel.MEMORY_AND_DISK());
      long changed = next.join(labels.withColumnRenamed("label", "previous"), "node")
          .filter(col("label").notEqual(col("previous")))
          .count();
      labels.unpersist();
      labels = next;
      if (changed == 0) {
        return labels.select(col("node"), col("label").as("component"));
      }
    }
  }
}
