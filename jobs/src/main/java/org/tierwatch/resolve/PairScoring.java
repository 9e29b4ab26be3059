package org.tierwatch.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark adapter for pair scoring: each candidate pair meets both records (with the counts of
 * their own tokens) by equi-joins on party_key, and {@link PairScorer} scores it. Matches keep
 * their explanation; {@code apart} marks the pairs the clustering guard holds against a merge
 * ({@link PairScorer#holdsApart}); vetoed pairs are dropped.
 */
final class PairScoring {
  static final StructType SCORED = new StructType()
      .add("a", DataTypes.StringType, false)
      .add("b", DataTypes.StringType, false)
      .add("probability", DataTypes.DoubleType, false)
      .add("apart", DataTypes.BooleanType, false)
      .add("explanation", DataTypes.StringType, true);

  private PairScoring() {}

  /**
   * The counts of the tokens two nodes carry, read from both rows' maps: a token both carry has
   * the same count in each, and merging the maps into a new one for every pair cost more than
   * scoring it.
   */
  private record PairTokenCounts(Map<String, Long> a, Map<String, Long> b, long recordCount)
      implements TokenStatistics {
    @Override
    public long recordsWithToken(String token) {
      Long count = a.get(token);
      return count != null ? count : b.getOrDefault(token, 0L);
    }
  }

  static Dataset<Row> score(Dataset<Row> pairs, Dataset<Row> nodes, long recordCount,
      MatchModel model) {
    Column[] fields = Arrays.stream(nodes.columns()).map(c -> col(c)).toArray(Column[]::new);
    Dataset<Row> recordsA = nodes.select(col("node_key").as("a"), struct(fields).as("ra"));
    Dataset<Row> recordsB = nodes.select(col("node_key").as("b"), struct(fields).as("rb"));
    PairScorer scorer = new PairScorer(model);
    FlatMapFunction<Row, Row> scoreOne = row -> {
      Row ra = row.getAs("ra");
      Row rb = row.getAs("rb");
      PairScore score = scorer.score(PartyNodes.record(ra), PartyNodes.record(rb),
          new PairTokenCounts(PartyNodes.tokenRecords(ra), PartyNodes.tokenRecords(rb),
              recordCount));
      if (score.matchWeight() == Double.NEGATIVE_INFINITY) {
        // A veto (two known countries) needs no row: the clustering guard keeps countries apart.
        return Collections.emptyIterator();
      }
      // Most pairs score low and serve only as conflicts, which carry no explanation; writing
      // one for each would cost more than the scoring.
      String explanation = score.isMatch(model) ? score.explain() : null;
      return List.of(RowFactory.create(row.getAs("a"), row.getAs("b"), score.probability(),
          scorer.holdsApart(score), explanation)).iterator();
    };
    return pairs.join(recordsA, "a").join(recordsB, "b")
        .flatMap(scoreOne, Encoders.row(SCORED));
  }
}
