package org.tierwatch.spark;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The one local SparkSession of a test JVM, created by spark-testing-base with Delta enabled,
 * and its DataFrame assertions. Tests reach it through {@link SparkSessionExtension}.
 */
public final class SharedSparkSession extends JavaDataFrameSuiteBase {
  private static SharedSparkSession instance;

  private SharedSparkSession() {}

  /** The shared instance, started on first use. */
  public static synchronized SharedSparkSession get() {
    if (instance == null) {
      SharedSparkSession spark = new SharedSparkSession();
      spark.runBefore();
      spark.spark().sparkContext().setLogLevel("ERROR");
      instance = spark;
    }
    return instance;
  }

  public static SparkSession session() {
    return get().spark();
  }

  @Override
  public SparkConf conf() {
    try {
      Path warehouse = Files.createTempDirectory("tierwatch-test-catalog");
      return new SparkConf()
          .setMaster("local[2]")
          .setAppName("tierwatch-tests")
          .set("spark.ui.enabled", "false")
          .set("spark.driver.host", "127.0.0.1")
          .set("spark.driver.bindAddress", "127.0.0.1")
          .set("spark.sql.shuffle.partitions", "2")
          .set("spark.sql.session.timeZone", "UTC")
          .set("spark.sql.warehouse.dir", warehouse.toString())
          .set("spark.databricks.delta.snapshotPartitions", "1")
          .set("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
          .set("spark.sql.catalog.spark_catalog",
              "org.apache.spark.sql.delta.catalog.DeltaCatalog");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public boolean enableHiveSupport() {
    return false;
  }
}
