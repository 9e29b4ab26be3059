package org.tierwatch.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
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
 * Spark adapter for the clustering guard: gathers each connected component's members, accepted
 * links and conflicts into one row and lets {@link ClusterGuard} split it.
 */
final class GuardedClusters {
  static final StructType ASSIGNED = new StructType()
      .add("party_key", DataTypes.StringType, false)
      .add("cluster_key", DataTypes.StringType, false)
      .add("cluster_size", DataTypes.LongType, false)
      .add("match_score", DataTypes.DoubleType, false)
      .add("match_reason", DataTypes.StringType, false)
      .add("decided_by", DataTypes.StringType, false);

  private static final String MEMBER = "member";
  private static final String EDGE = "edge";
  private static final String ANALYST = "analyst";
  private static final String CONFLICT = "conflict";
  private static final String APART = "apart";

  private GuardedClusters() {}

  /**
   * @param components (node, component)
   * @param links (a, b, probability, reason, analyst boolean): the edges components were built on
   * @param conflicts (a, b, reason, analyst boolean, apart_bits): pairs the scorer holds apart,
   *     with {@link PairScorer#apartBits}, or decided apart (apart_bits null)
   * @param countries (party_key, country)
   * @return {@link #ASSIGNED} rows for every node of a component
   */
  static Dataset<Row> split(Dataset<Row> components, Dataset<Row> links, Dataset<Row> conflicts,
      Dataset<Row> countries) {
    Dataset<Row> members = components.join(countries,
            components.col("node").equalTo(countries.col("party_key")))
        .select(col("component"), item(lit(MEMBER), col("node"), lit(null), lit(null),
            col("country")));
    Dataset<Row> edges = links.join(components, links.col("a").equalTo(components.col("node")))
        .select(col("component"), item(
            when(col("analyst"), lit(ANALYST)).otherwise(lit(EDGE)),
            col("a"), col("b"), col("probability"), col("reason")));
    Dataset<Row> ca = components.select(col("node").as("a"), col("component"));
    Dataset<Row> cb = components.select(col("node").as("b"), col("component").as("component_b"));
    Dataset<Row> inside = conflicts.join(ca, "a").join(cb, "b")
        .filter(col("component").equalTo(col("component_b")))
        .select(col("component"), item(when(col("analyst"), lit(APART)).otherwise(lit(CONFLICT)),
            col("a"), col("b"), col("apart_bits"), col("reason")));
    FlatMapFunction<Row, Row> guard = row -> {
      List<ClusterGuard.Member> memberList = new ArrayList<>();
      List<ClusterGuard.Edge> edgeList = new ArrayList<>();
      List<ClusterGuard.Conflict> conflictList = new ArrayList<>();
      for (Row item : row.<Row>getList(1)) {
        String kind = item.getString(0);
        switch (kind) {
          case MEMBER -> memberList.add(new ClusterGuard.Member(item.getString(1),
              item.getString(4)));
          case EDGE, ANALYST -> edgeList.add(new ClusterGuard.Edge(item.getString(1),
              item.getString(2), item.getDouble(3), item.getString(4), kind.equals(ANALYST)));
          case APART -> conflictList.add(ClusterGuard.Conflict.decided(item.getString(1),
              item.getString(2), item.getString(4)));
          default -> conflictList.add(new ClusterGuard.Conflict(item.getString(1),
              item.getString(2), item.getString(4), item.getDouble(3)));
        }
      }
      List<Row> out = new ArrayList<>();
      for (Map.Entry<String, ClusterGuard.Assignment> entry
          : new ClusterGuard().split(memberList, edgeList, conflictList).entrySet()) {
        ClusterGuard.Assignment assigned = entry.getValue();
        out.add(RowFactory.create(entry.getKey(), assigned.clusterKey(), assigned.clusterSize(),
            assigned.matchScore(), assigned.reason(), assigned.decidedBy()));
      }
      return out.iterator();
    };
    return members.union(edges).union(inside)
        .groupBy("component")
        .agg(collect_list(col("item")).as("items"))
        .flatMap(guard, Encoders.row(ASSIGNED));
  }

  /**
   * A conflict's reason for a scored pair the guard holds apart: below the review threshold, or
   * above it with addresses that conflict.
   */
  static Column apartReason(MatchModel model) {
    return concat(lit("scored p="), format_number(col("probability"), 4),
        when(col("probability").lt(model.reviewThreshold()), lit(" below review"))
            .otherwise(lit(", addresses on one street with other numbers")));
  }

  /** One row of a component: weight is a link's probability or a conflict's bits apart. */
  private static Column item(Column kind,
      Column a, Column b,
      Column weight, Column text) {
    return struct(kind.as("kind"), a.cast("string").as("a"), b.cast("string").as("b"),
        weight.cast("double").as("weight"), text.cast("string").as("text"))
        .as("item");
  }
}
