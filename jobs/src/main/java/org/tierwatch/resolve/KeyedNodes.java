package org.tierwatch.resolve;

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
 * Spark adapter for blocking: every node's {@link BlockingKeys}, name keys and telephone keys, one
 * row per key. {@link PairScoring} scores the pairs of each block.
 */
final class KeyedNodes {
  private static final StructType KEYED = new StructType()
      .add("block_key", DataTypes.StringType, false)
      .add("node_key", DataTypes.StringType, false);

  private KeyedNodes() {}

  /** Rows (block_key, node_key) for node rows of {@link PartyNodes}. */
  static Dataset<Row> of(Dataset<Row> nodes, long recordCount, long maxTokenRecords) {
    BlockingKeys blocking = new BlockingKeys(maxTokenRecords);
    FlatMapFunction<Row, Row> keysOf = row -> {
      PartyRecord record = PartyNodes.record(row);
      TokenCounts own = new TokenCounts(PartyNodes.tokenRecords(row), recordCount);
      List<Row> out = new ArrayList<>();
      String nodeKey = row.getAs("node_key");
      for (String key : blocking.keys(record.name(), own)) {
        out.add(RowFactory.create(key, nodeKey));
      }
      // The scorer vetoes a name that names no party, so its number or id would only make pairs.
      if (!record.name().placeholder() && !record.name().tokens().isEmpty()) {
        for (String key : BlockingKeys.phoneKeys(record.phoneDigits())) {
          out.add(RowFactory.create(key, nodeKey));
        }
        for (String key : BlockingKeys.registrationKeys(record.registrationIds())) {
          out.add(RowFactory.create(key, nodeKey));
        }
      }
      return out.iterator();
    };
    return nodes.flatMap(keysOf, Encoders.row(KEYED));
  }
}
