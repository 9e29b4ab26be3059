package org.tierwatch.resolve;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Spark adapter that takes the clustering of nodes back to the party records they stand for.
 * Each record gets its node's company and the evidence that put it there: the node's same-name
 * score when it shares a node with other records, the link that joined its node to other
 * spellings when there is one, or both.
 */
final class RecordClusters {
  private RecordClusters() {}

  /**
   * @param members (party_key, node_key, within_probability, within_reason, node_records) of
   *     {@link PartyNodes.Result#members}
   * @param assigned {@link GuardedClusters#ASSIGNED} rows, keyed by node, for nodes that had a
   *     link
   * @return (party_key, cluster_key, cluster_size, match_score, match_reason, decided_by) for
   *     every record; cluster_size counts records and cluster_key is the smallest party key of
   *     the company's records
   */
  static Dataset<Row> of(Dataset<Row> members, Dataset<Row> assigned) {
    Dataset<Row> byNode = assigned.select(col("party_key").as("node_key"), col("cluster_key"),
        col("match_score").as("link_score"), col("match_reason").as("link_reason"),
        col("decided_by").as("link_decided_by"));
    Column linked = coalesce(col("link_decided_by"), lit(ClusterGuard.BY_NONE))
        .notEqual(ClusterGuard.BY_NONE);
    Column pooled = col("within_reason").isNotNull();
    Dataset<Row> records = members.join(byNode, "node_key", "left")
        .select(col("party_key"),
            coalesce(col("cluster_key"), col("node_key")).as("cluster_key"),
            when(linked, col("link_score"))
                .when(pooled, col("within_probability"))
                .otherwise(lit(1.0)).as("match_score"),
            when(pooled.and(linked), concat(col("within_reason"), lit("; its name linked to "),
                    col("link_reason")))
                .when(pooled, col("within_reason"))
                .otherwise(coalesce(col("link_reason"), lit(ClusterGuard.ALONE))).as("match_reason"),
            when(linked, col("link_decided_by"))
                .when(pooled, lit(ClusterGuard.BY_MODEL))
                .otherwise(lit(ClusterGuard.BY_NONE)).as("decided_by"));
    Dataset<Row> sizes = records.groupBy("cluster_key").agg(count(lit(1)).as("cluster_size"));
    return records.join(sizes, "cluster_key")
        .select("party_key", "cluster_key", "cluster_size", "match_score", "match_reason",
            "decided_by");
  }
}
