package org.tierwatch.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sequence;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark adapter for blocking: every party's {@link BlockingKeys}, and candidate pairs found by
 * equi-joins on the key, deduplicated: every pair of a small block, a sliding window over a large
 * one. Comparisons grow with the parties times the (capped) block size, never with their square.
 */
final class CandidatePairs {
  private static final StructType KEYED = new StructType()
      .add("block_key", DataTypes.StringType, false)
      .add("node_key", DataTypes.StringType, false);

  private CandidatePairs() {}

  /** Rows (block_key, node_key) for node rows of {@link PartyNodes}. */
  static Dataset<Row> keys(Dataset<Row> nodes, long recordCount, long maxTokenRecords) {
    BlockingKeys blocking = new BlockingKeys(maxTokenRecords);
    FlatMapFunction<Row, Row> keysOf = row -> {
      PartyRecord record = PartyNodes.record(row);
      TokenCounts own = new TokenCounts(PartyNodes.tokenRecords(row), recordCount);
      List<Row> out = new ArrayList<>();
      String nodeKey = row.getAs("node_key");
      for (String key : blocking.keys(record.name(), own)) {
        out.add(RowFactory.create(key, nodeKey));
      }
      // The scorer vetoes a name that names no party, so its number would only make pairs.
      if (!record.name().placeholder() && !record.name().tokens().isEmpty()) {
        for (String key : BlockingKeys.phoneKeys(record.phoneDigits())) {
          out.add(RowFactory.create(key, nodeKey));
        }
      }
      return out.iterator();
    };
    return nodes.flatMap(keysOf, Encoders.row(KEYED));
  }

  /**
   * Distinct pairs (a, b) with a &lt; b that share a key. A block of at most maxBlock parties
   * gives all its pairs. A larger block, which is how a huge shipper's hundreds of spellings and
   * addresses look, gives each party a pair with the next {@code window} parties of the block
   * (sorted neighbourhood): linear in the block, and enough for connected components to join the
   * records of one company, which match one another.
   */
  static Dataset<Row> pairs(Dataset<Row> keyed, long maxBlockRecords, int window) {
    Dataset<Row> sizes = keyed.groupBy("block_key").agg(count(lit(1)).as("block_records"))
        .filter(col("block_records").geq(2));
    Dataset<Row> sized = keyed.join(sizes, "block_key");
    Dataset<Row> small = sized.filter(col("block_records").leq(maxBlockRecords))
        .select("block_key", "node_key");
    Dataset<Row> left = small.select(col("block_key"), col("node_key").as("a"));
    Dataset<Row> right = small.select(col("block_key").as("block_key_b"), col("node_key").as("b"));
    Dataset<Row> allPairs = left.join(right, left.col("block_key").equalTo(right.col("block_key_b"))
            .and(left.col("a").lt(right.col("b"))))
        .select("a", "b");

    // Keys are hashes, so key order is a random order: the window's links make a graph of small
    // diameter. Name order failed at scale 0.1 under label propagation (60 rounds); components
    // now take rounds logarithmic in the path, so name order could be measured again.
    Dataset<Row> ranked = sized.filter(col("block_records").gt(maxBlockRecords))
        .select(col("block_key"), col("node_key"), row_number()
            .over(Window.partitionBy("block_key").orderBy("node_key")).as("rank"));
    Dataset<Row> ahead = ranked.select(col("block_key"), col("node_key").as("p"),
        explode(sequence(col("rank").plus(1), col("rank").plus(window))).as("rank_q"));
    Dataset<Row> behind = ranked.select(col("block_key").as("block_key_q"),
        col("node_key").as("q"), col("rank").as("rank_q"));
    Dataset<Row> windowPairs = ahead.join(behind,
            ahead.col("block_key").equalTo(behind.col("block_key_q"))
                .and(ahead.col("rank_q").equalTo(behind.col("rank_q"))))
        .select(least(col("p"), col("q")).as("a"), greatest(col("p"), col("q")).as("b"));

    return allPairs.union(windowPairs).distinct();
  }
}
