package org.tierwatch.resolve;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark adapter for pair scoring: every node row goes once to each block it keys ({@link
 * KeyedNodes#of}), and {@link BlockPairs} scores the block's pairs as its rows stream past
 * sorted. Pairs are never materialised and joined back to their two node rows, which at scale
 * cost more than the scoring. Matches keep their explanation; {@code apart_bits} gives the pairs
 * the clustering guard holds against a merge how strongly they argue for two companies ({@link
 * PairScorer#apartBits}), and is null on the others; vetoed pairs are dropped. Comparisons grow
 * with the nodes times the (capped) block size, never with their square.
 */
final class PairScoring {
  static final StructType SCORED = new StructType()
      .add("a", DataTypes.StringType, false)
      .add("b", DataTypes.StringType, false)
      .add("probability", DataTypes.DoubleType, false)
      .add("apart_bits", DataTypes.DoubleType, true)
      .add("explanation", DataTypes.StringType, true);
  private static final StructType BLOCK_SCORED =
      SCORED.add("windowed", DataTypes.BooleanType, false);

  private PairScoring() {}

  /**
   * Scored pairs (a, b, probability, apart_bits, explanation) with a &lt; b, each pair once.
   *
   * @param keyed (block_key, node_key) rows of {@link KeyedNodes#of}
   * @param nodes node rows of {@link PartyNodes}
   * @param countryShares what a country agreement is priced by
   * @param maxBlockRecords a block of at most this many nodes gives all its pairs
   * @param window in a larger block, each node meets this many nodes before it in node_key order
   */
  static Dataset<Row> score(Dataset<Row> keyed, Dataset<Row> nodes, long recordCount,
      MatchModel model, CountryShares countryShares, long maxBlockRecords, int window) {
    return score(keyed, nodes, recordCount, model, countryShares, maxBlockRecords, window, false);
  }

  /**
   * The scored pairs of {@link #score(Dataset, Dataset, long, MatchModel, CountryShares, long,
   * int)} that have at least one node whose boolean {@code fresh} column is true. The blocks must
   * be whole (every node keyed to them), so that block sizes, windows and the first small block
   * two nodes share are those of a run over all nodes.
   */
  static Dataset<Row> scoreFresh(Dataset<Row> keyed, Dataset<Row> nodes, long recordCount,
      MatchModel model, CountryShares countryShares, long maxBlockRecords, int window) {
    return score(keyed, nodes, recordCount, model, countryShares, maxBlockRecords, window, true);
  }

  private static Dataset<Row> score(Dataset<Row> keyed, Dataset<Row> nodes, long recordCount,
      MatchModel model, CountryShares countryShares, long maxBlockRecords, int window,
      boolean freshOnly) {
    Dataset<Row> sizes = keyed.groupBy("block_key").agg(count(lit(1)).as("block_records"))
        .filter(col("block_records").geq(2));
    Dataset<Row> sized = keyed.join(sizes, "block_key");
    Dataset<Row> smallKeys = sized.filter(col("block_records").leq(maxBlockRecords))
        .groupBy("node_key").agg(array_sort(collect_list(col("block_key"))).as("small_keys"));
    Dataset<Row> members = sized.join(nodes, "node_key").join(smallKeys, "node_key", "left");

    PairScorer scorer = new PairScorer(model, countryShares);
    FlatMapGroupsFunction<String, Row, Row> scoreBlock = (blockKey, rows) ->
        new BlockPairs(blockKey, rows, scorer, recordCount, maxBlockRecords, window,
            freshOnly);
    Dataset<Row> scored = members
        .groupByKey((MapFunction<Row, String>) row -> row.getAs("block_key"), Encoders.STRING())
        .flatMapSortedGroups(new Column[] {col("node_key")}, scoreBlock,
            Encoders.row(BLOCK_SCORED))
        // Read twice below: once for the pairs of small blocks, once for the windows.
        .localCheckpoint();
    Column[] fields = {col("a"), col("b"), col("probability"), col("apart_bits"),
        col("explanation")};
    return scored.filter(not(col("windowed"))).select(fields)
        .union(scored.filter(col("windowed")).select(fields).dropDuplicates("a", "b"));
  }
}
