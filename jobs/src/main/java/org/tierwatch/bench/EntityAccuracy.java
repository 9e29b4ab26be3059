package org.tierwatch.bench;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Precision and recall of entity resolution over party mentions, from the contingency table
 * (company_id x company_key). Pairwise: pairs put together = sum of C(n,2) per resolved company,
 * pairs that belong together = per truth company, pairs right = per cell. B-cubed: each cell's
 * mentions squared over its resolved company's (precision) or truth company's (recall) mentions,
 * summed and divided by all mentions. No pair and no mention is ever enumerated.
 */
final class EntityAccuracy {
  private EntityAccuracy() {}

  static PrecisionRecall pairwise(Dataset<Row> contingency) {
    long together = pairs(sizes(contingency, "company_id", "n"));
    long belong = pairs(sizes(contingency, "company_key", "n"));
    long right = pairs(contingency.select(col("mentions").as("n")));
    return new PrecisionRecall(right, together - right, belong - right);
  }

  static BCubed bCubed(Dataset<Row> contingency) {
    Column cell = col("mentions").cast("double");
    Column cellSquared = cell.multiply(cell);
    Row sums = contingency
        .join(sizes(contingency, "company_id", "resolved_mentions"), "company_id")
        .join(sizes(contingency, "company_key", "truth_mentions"), "company_key")
        .agg(coalesce(sum(col("mentions")), lit(0L)),
            sum(cellSquared.divide(col("resolved_mentions"))),
            sum(cellSquared.divide(col("truth_mentions"))))
        .head();
    long mentions = sums.getLong(0);
    // As for PrecisionRecall: no mentions means nothing wrongly merged and nothing missed.
    if (mentions == 0) {
      return new BCubed(1.0, 1.0);
    }
    return new BCubed(sums.getDouble(1) / mentions, sums.getDouble(2) / mentions);
  }

  private static Dataset<Row> sizes(Dataset<Row> contingency, String company, String as) {
    return contingency.groupBy(col(company)).agg(sum(col("mentions")).as(as));
  }

  private static long pairs(Dataset<Row> sizes) {
    Column n = col("n");
    return sizes.agg(coalesce(sum(n.multiply(n.minus(1)).divide(2).cast("long")), lit(0L)))
        .head().getLong(0);
  }
}
