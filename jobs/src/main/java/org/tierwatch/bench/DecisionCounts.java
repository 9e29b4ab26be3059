package org.tierwatch.bench;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Counts true and false positives and false negatives in Spark; only the three numbers come back. */
final class DecisionCounts {
  private DecisionCounts() {}

  /**
   * A row claimed positive is a true positive when it agrees with the truth (for a province: the
   * same province); a positive truth row that does not agree is missed.
   */
  static PrecisionRecall count(Dataset<Row> rows, Column claimed, Column actual, Column agrees) {
    Column agree = coalesce(agrees, lit(false));
    Row counts = rows.agg(
        total(claimed.and(agree)),
        total(claimed.and(not(agree))),
        total(actual.and(not(agree)))).head();
    return new PrecisionRecall(counts.getLong(0), counts.getLong(1), counts.getLong(2));
  }

  private static Column total(Column condition) {
    return coalesce(sum(when(coalesce(condition, lit(false)), lit(1L)).otherwise(lit(0L))), lit(0L));
  }
}
