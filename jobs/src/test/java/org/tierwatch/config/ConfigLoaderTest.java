package org.tierwatch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierwatch.resolve.MatchModel;

class ConfigLoaderTest {
  static Path localConf() {
    return Path.of(System.getProperty("tierwatch.home", ".."), "conf", "local.conf");
  }

  @Test
  void pinsEveryDefaultOfTheEmbeddedConfiguration() {
    TierwatchConfig config = ConfigLoader.load(localConf());
    assertEquals(new SparkSessionConfig("local[2]", "tierwatch", 8, Map.of(
        "spark.ui.enabled", "false",
        "spark.sql.adaptive.enabled", "true",
        "spark.sql.session.timeZone", "UTC",
        "spark.driver.host", "127.0.0.1",
        "spark.driver.bindAddress", "127.0.0.1",
        "spark.databricks.delta.snapshotPartitions", "2",
        "spark.sql.adaptive.coalescePartitions.initialPartitionNum", "8",
        "spark.sql.sources.parallelPartitionDiscovery.parallelism", "2")), config.spark());
    assertEquals(new WarehouseConfig("warehouse", "tierwatch"), config.warehouse());
    assertEquals(new IngestConfig(10_000_000, 1_000_000), config.ingest());
    assertEquals(new ResolveConfig(MatchModel.defaults(), 2000, 200, 10, 1, 60, 0.05, 100_000),
        config.resolve());
    assertEquals(64, config.hash().length());
  }

  @Test
  void anUnknownKeyStopsTheRunNamingTheKey(@TempDir Path dir) throws IOException {
    Path file = withExtra(dir, "ingest.max-feild-chars = 5");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
    assertTrue(e.getMessage().contains("ingest.max-feild-chars"), e.getMessage());
  }

  @Test
  void aBadValueStopsTheRunNamingTheKey(@TempDir Path dir) throws IOException {
    Path file = withExtra(dir, "spark.shuffle-partitions = lots");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
    assertTrue(e.getMessage().contains("spark.shuffle-partitions"), e.getMessage());
  }

  @Test
  void anOutOfRangeValueStopsTheRunNamingTheKey(@TempDir Path dir) throws IOException {
    Path file = withExtra(dir, "risk-model.bands.high = 1.5");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
    assertTrue(e.getMessage().contains("risk-model.bands.high"), e.getMessage());
  }

  @Test
  void aMatchModelThatContradictsItselfStopsTheRunNamingTheSection(@TempDir Path dir)
      throws IOException {
    Path file = withExtra(dir, "resolve.match-model.review-threshold = 0.99");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
    assertTrue(e.getMessage().contains("resolve.match-model"), e.getMessage());
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path dir) {
    Path file = dir.resolve("nope.conf");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
    assertTrue(e.getMessage().contains("nope.conf"), e.getMessage());
  }

  @Test
  void theSameFileHashesTheSame() {
    assertEquals(ConfigLoader.load(localConf()).hash(), ConfigLoader.load(localConf()).hash());
  }

  private static Path withExtra(Path dir, String line) throws IOException {
    Path conf = localConf().toAbsolutePath();
    Path file = dir.resolve("test.conf");
    Files.writeString(file, "include file(\"" + conf + "\")\n" + line + "\n");
    return file;
  }
}
