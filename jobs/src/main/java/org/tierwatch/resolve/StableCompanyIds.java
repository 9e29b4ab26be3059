package org.tierwatch.resolve;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Gives each cluster a company_id that survives from run to run. A cluster inherits the id that
 * most of its previously known party records had (ties: the smallest id); when a previous company
 * is split, its id stays with the cluster that holds most of its records (ties: the smallest
 * cluster key). Any other cluster gets an id derived from its smallest party key, so adding
 * records never renames a company, and the same inputs always give the same ids.
 */
final class StableCompanyIds {
  private StableCompanyIds() {}

  /**
   * @param clusters rows with (party_key, cluster_key)
   * @param previous the previous (party_key, company_id), or null on a first run
   * @return rows (cluster_key, company_id), one per cluster
   */
  static Dataset<Row> assign(Dataset<Row> clusters, Dataset<Row> previous) {
    Dataset<Row> keys = clusters.select("cluster_key").distinct();
    Dataset<Row> derived = keys.withColumn("derived", idOf(col("cluster_key")));
    if (previous == null) {
      return derived.select(col("cluster_key"), col("derived").as("company_id"));
    }
    Dataset<Row> votes = clusters.join(previous.select("party_key", "company_id"), "party_key")
        .groupBy("cluster_key", "company_id")
        .agg(count(lit(1)).as("votes"));
    Dataset<Row> choice = votes
        .withColumn("rank", row_number().over(Window.partitionBy("cluster_key")
            .orderBy(col("votes").desc(), col("company_id"))))
        .filter(col("rank").equalTo(1))
        .withColumn("claim", row_number().over(Window.partitionBy("company_id")
            .orderBy(col("votes").desc(), col("cluster_key"))))
        .filter(col("claim").equalTo(1))
        .select(col("cluster_key"), col("company_id").as("inherited"));
    Dataset<Row> taken = choice.select(col("inherited").as("derived"), lit(true).as("taken"));
    return derived.join(choice, "cluster_key", "left")
        .join(taken, "derived", "left")
        .select(col("cluster_key"), coalesce(col("inherited"),
            when(col("taken"), idOf(concat(col("cluster_key"), lit("#"))))
                .otherwise(col("derived"))).as("company_id"));
  }

  static Column idOf(Column key) {
    return concat(lit("C"), sha2(key, 256).substr(1, 15));
  }
}
