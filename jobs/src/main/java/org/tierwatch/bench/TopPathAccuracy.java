package org.tierwatch.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * How often the top path of a truly exposed SKU starts at the planted source: the company named
 * by {@code top_source_company_id} is mapped to the truth company most of its mentions name.
 */
final class TopPathAccuracy {
  private TopPathAccuracy() {}

  static HitRate of(Dataset<Row> productRisk, Dataset<Row> majorityKeys, TruthTables truth) {
    Dataset<Row> exposed = truth.products().filter(col("exposed").equalTo("true"))
        .select(col("sku"), col("source_company_key"));
    Row counts = exposed
        .join(productRisk.select(col("sku").as("r_sku"), col("top_source_company_id")),
            col("sku").equalTo(col("r_sku")), "left")
        .join(majorityKeys, col("top_source_company_id").equalTo(col("company_id")), "left")
        .agg(count(lit(1)), sum(when(col("company_key").equalTo(col("source_company_key")),
            lit(1L)).otherwise(lit(0L))))
        .head();
    return new HitRate(counts.isNullAt(1) ? 0 : counts.getLong(1), counts.getLong(0));
  }
}
