package org.tierwatch.bench;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Pairwise precision and recall of entity resolution over party mentions, from the contingency
 * table (company_id x company_key): pairs put together = sum of C(n,2) per resolved company, pairs
 * that belong together = per truth company, pairs right = per cell. No pair is ever enumerated.
 */
final class EntityAccuracy {
  private EntityAccuracy() {}

  static PrecisionRecall pairwise(Dataset<Row> contingency) {
    long together = pairs(contingency.groupBy(col("company_id"))
        .agg(sum(col("mentions")).as("n")));
    long belong = pairs(contingency.groupBy(col("company_key"))
        .agg(sum(col("mentions")).as("n")));
    long right = pairs(contingency.select(col("mentions").as("n")));
    return new PrecisionRecall(right, together - right, belong - right);
  }

  private static long pairs(Dataset<Row> sizes) {
    Column n = col("n");
    return sizes.agg(coalesce(sum(n.multiply(n.minus(1)).divide(2).cast("long")), lit(0L)))
        .head().getLong(0);
  }
}
