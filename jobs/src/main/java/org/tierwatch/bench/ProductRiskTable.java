package org.tierwatch.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.spark.Warehouse;

/** The rows of {@code product_risk} of one run, or why there are none to measure. */
final class ProductRiskTable {
  static final String TABLE = "product_risk";

  private ProductRiskTable() {}

  /** The run's rows with the columns asked for, or not measured when the table lacks them. */
  static Measured<Dataset<Row>> ofRun(Warehouse warehouse, String runId, String... columns) {
    if (!warehouse.exists(TABLE)) {
      return Measured.notMeasured(TABLE + " does not exist (the risk stage has not landed)");
    }
    Dataset<Row> table = warehouse.read(TABLE);
    List<String> present = Arrays.asList(table.columns());
    for (String column : columns) {
      if (!present.contains(column)) {
        return Measured.notMeasured(TABLE + " has no column " + column);
      }
    }
    Dataset<Row> run = present.contains("run_id")
        ? table.filter(col("run_id").equalTo(lit(runId))) : table;
    if (run.isEmpty()) {
      return Measured.notMeasured(TABLE + " has no rows for " + runId);
    }
    return Measured.of(run);
  }
}
