package org.tierwatch.spark;

import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.tierwatch.config.SparkSessionConfig;

/**
 * Builds the one SparkSession a command uses: Delta Lake enabled, shuffles sized from config.
 * Under spark-submit the master given there wins over the configured one.
 */
public final class SparkSessionFactory {
  private SparkSessionFactory() {}

  public static SparkSession create(SparkSessionConfig config, String warehouseUri) {
    SparkSession.Builder builder = SparkSession.builder()
        .appName(config.appName())
        .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config("spark.sql.catalog.spark_catalog",
            "org.apache.spark.sql.delta.catalog.DeltaCatalog")
        .config("spark.sql.shuffle.partitions", Integer.toString(config.shufflePartitions()))
        .config("spark.sql.warehouse.dir", warehouseUri);
    if (System.getProperty("spark.master") == null) {
      builder.master(config.master());
    }
    for (Map.Entry<String, String> property : config.properties().entrySet()) {
      builder.config(property.getKey(), property.getValue());
    }
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
