package org.tierwatch.bench;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * SKU exposure against the truth: a SKU is claimed exposed when its band is HIGH or MEDIUM; a SKU
 * missing from {@code product_risk} is claimed clean.
 */
final class ExposureAccuracy {
  private ExposureAccuracy() {}

  static PrecisionRecall of(Dataset<Row> productRisk, TruthTables truth) {
    Dataset<Row> rows = truth.products().select(col("sku"), col("exposed"))
        .join(productRisk.select(col("sku").as("r_sku"), col("band")),
            col("sku").equalTo(col("r_sku")), "left");
    return DecisionCounts.count(rows, col("band").isin("HIGH", "MEDIUM"),
        col("exposed").equalTo("true"),
        col("band").isin("HIGH", "MEDIUM").equalTo(col("exposed").equalTo("true")));
  }
}
