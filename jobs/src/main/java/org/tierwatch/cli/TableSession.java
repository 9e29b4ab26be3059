package org.tierwatch.cli;

import static java.util.Objects.requireNonNull;

import org.apache.spark.sql.SparkSession;
import org.tierwatch.analyst.AnalystViews;
import org.tierwatch.config.ConfigLoader;
import org.tierwatch.config.TierwatchConfig;
import org.tierwatch.spark.SparkSessionFactory;
import org.tierwatch.spark.Warehouse;

/**
 * What a table command works in: the loaded configuration, a SparkSession, and the warehouse
 * with its tables named in the catalog. Closing it stops the Spark it started.
 */
final class TableSession implements AutoCloseable {
  private final TierwatchConfig config;
  private final Warehouse warehouse;
  private final boolean ownsSpark;

  private TableSession(TierwatchConfig config, Warehouse warehouse, boolean ownsSpark) {
    this.config = config;
    this.warehouse = warehouse;
    this.ownsSpark = ownsSpark;
  }

  static TierwatchConfig config(TableOptions options) {
    TierwatchConfig config = ConfigLoader.load(
        options.conf == null ? TierwatchHome.defaultConf() : options.conf);
    return options.warehouse == null ? config : config.withWarehousePath(options.warehouse);
  }

  static TableSession open(TableOptions options) {
    return open(config(options));
  }

  static TableSession open(TierwatchConfig config) {
    requireNonNull(config, "config is null");
    String location = config.warehouse().path();
    boolean ownsSpark = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = SparkSessionFactory.create(config.spark(),
        new org.apache.hadoop.fs.Path(location).toUri().isAbsolute() ? location
            : java.nio.file.Path.of(location).toAbsolutePath().toString());
    Warehouse warehouse = new Warehouse(spark, location, config.warehouse().database());
    warehouse.registerTables();
    new AnalystViews(warehouse).create();
    // Analysts write "product_risk", not "tierwatch.product_risk".
    spark.catalog().setCurrentDatabase(config.warehouse().database());
    return new TableSession(config, warehouse, ownsSpark);
  }

  TierwatchConfig config() {
    return config;
  }

  Warehouse warehouse() {
    return warehouse;
  }

  SparkSession spark() {
    return warehouse.spark();
  }

  /** Stops Spark, unless the session was already running when this one opened (embedding). */
  @Override
  public void close() {
    if (ownsSpark) {
      warehouse.spark().stop();
    }
  }
}
