package org.tierwatch.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark adapter for blocking: every party's {@link BlockingKeys}, keys carried by too many parties
 * dropped, and candidate pairs found by an equi-join on the key with {@code a < b}, deduplicated.
 * Comparisons grow with the parties times the (capped) block size, never with their square.
 */
final class CandidatePairs {
  private static final StructType KEYED = new StructType()
      .add("block_key", DataTypes.StringType, false)
      .add("party_key", DataTypes.StringType, false);

  private CandidatePairs() {}

  /** Rows (block_key, party_key) for rows of {@link NormalisedParties#of}. */
  static Dataset<Row> keys(Dataset<Row> parties, long recordCount, long maxTokenRecords) {
    BlockingKeys blocking = new BlockingKeys(maxTokenRecords);
    FlatMapFunction<Row, Row> keysOf = row -> {
      PartyRecord record = NormalisedParties.record(row);
      TokenCounts own = new TokenCounts(NormalisedParties.tokenRecords(row), recordCount);
      List<Row> out = new ArrayList<>();
      String partyKey = row.getAs("party_key");
      for (String key : blocking.keys(record.name(), own)) {
        out.add(RowFactory.create(key, partyKey));
      }
      return out.iterator();
    };
    return parties.flatMap(keysOf, Encoders.row(KEYED));
  }

  /** Distinct pairs (a, b) with a &lt; b that share a key carried by at most maxBlock parties. */
  static Dataset<Row> pairs(Dataset<Row> keyed, long maxBlockRecords) {
    Dataset<Row> small = keyed.groupBy("block_key").agg(count(lit(1)).as("block_records"))
        .filter(col("block_records").between(2, maxBlockRecords))
        .select("block_key");
    Dataset<Row> kept = keyed.join(small, "block_key");
    Dataset<Row> left = kept.select(col("block_key"), col("party_key").as("a"));
    Dataset<Row> right = kept.select(col("block_key").as("block_key_b"), col("party_key").as("b"));
    return left.join(right, left.col("block_key").equalTo(right.col("block_key_b"))
            .and(left.col("a").lt(right.col("b"))))
        .select("a", "b")
        .distinct();
  }

}
