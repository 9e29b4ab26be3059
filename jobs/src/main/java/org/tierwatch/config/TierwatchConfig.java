package org.tierwatch.config;

import static java.util.Objects.requireNonNull;

import org.tierwatch.risk.RiskModel;

/**
 * The whole typed configuration of a run. Built only through {@link ConfigLoader}, which reads
 * every key strictly, so a run never starts on a misspelt or out-of-range setting.
 *
 * @param hash SHA-256 of the resolved configuration, recorded in {@code runs} so that two runs
 *     can be told to have used the same settings
 */
public record TierwatchConfig(
    SparkSessionConfig spark,
    WarehouseConfig warehouse,
    IngestConfig ingest,
    RiskModel riskModel,
    ResolveConfig resolve,
    String hash) {

  public TierwatchConfig {
    requireNonNull(spark, "spark is null");
    requireNonNull(warehouse, "warehouse is null");
    requireNonNull(ingest, "ingest is null");
    requireNonNull(riskModel, "riskModel is null");
    requireNonNull(resolve, "resolve is null");
    requireNonNull(hash, "hash is null");
  }

  /** The same configuration with the warehouse moved, as {@code --warehouse} asks. */
  public TierwatchConfig withWarehousePath(String path) {
    return new TierwatchConfig(spark, warehouse.withPath(path), ingest, riskModel, resolve,
        hash);
  }

  static TierwatchConfig from(ConfigSection root, String hash) {
    TierwatchConfig config = new TierwatchConfig(
        SparkSessionConfig.from(root.section("spark")),
        WarehouseConfig.from(root.section("warehouse")),
        IngestConfig.from(root.section("ingest")),
        RiskModel.from(root.section("risk-model")),
        ResolveConfig.from(root.section("resolve")),
        hash);
    root.requireAllKeysRead();
    return config;
  }
}
