package org.tierwatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tierwatch.config.ConfigLoader;
import org.tierwatch.config.TierwatchConfig;
import org.tierwatch.generate.GeneratorSettings;
import org.tierwatch.pipeline.Progress;
import org.tierwatch.spark.SparkSessionExtension;
import org.tierwatch.spark.SharedSparkSession;

/** A smoke test of the benchmark at a tiny scale: every figure is there and sane. */
@ExtendWith(SparkSessionExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchRunnerTest {
  private static final Path HOME = Path.of(System.getProperty("tierwatch.home", ".."));
  private static final GeneratorSettings TINY =
      new GeneratorSettings(0.0005, 3L, LocalDate.of(2026, 10, 31));

  private Path dir;
  private JsonNode json;
  private String table;
  private SharedSparkSession spark;
  private TierwatchConfig config;

  @BeforeAll
  void benchOnce(SharedSparkSession spark, @TempDir Path temp) throws IOException {
    this.spark = spark;
    this.dir = temp.resolve("bench");
    config = ConfigLoader.load(HOME.resolve("conf/local.conf"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new BenchRunner(spark.spark(), config, new PrintStream(out, true, StandardCharsets.UTF_8),
        Progress.silent()).run(new BenchRunner.Settings(TINY, dir, "tw_bench"));
    table = out.toString(StandardCharsets.UTF_8);
    json = new ObjectMapper().readTree(dir.resolve(BenchRunner.REPORT_FILE).toFile());
  }

  @Test
  void benchJsonHasEveryFigure() {
    for (String key : List.of("scale", "seed", "last_day", "started_at", "machine", "data",
        "io_floor", "full_run", "incremental_run", "accuracy", "locator", "memory", "targets")) {
      assertTrue(json.has(key), key);
    }
    for (String key : List.of("address_per_party_record",
        "address_per_party_record_through_company", "address_per_company",
        "entity_pairs", "entity_bcubed", "sku_exposure", "top_path_names_source")) {
      assertTrue(json.get("accuracy").has(key), key);
    }
    assertEquals(10, json.get("targets").size());
    assertTrue(json.get("machine").get("processors").asInt() >= 1);
  }

  @Test
  void timingsAndRatesArePositiveAndTheFullRunIsSlowerThanTheFloor() {
    assertTrue(json.get("io_floor").get("seconds").asDouble() > 0);
    assertTrue(json.get("io_floor").get("rows").asLong() > 900);
    JsonNode full = json.get("full_run");
    assertTrue(full.get("rows_per_second").asDouble() > 0);
    assertTrue(full.get("ratio_to_io_floor").asDouble() > 1, full.toString());
    assertTrue(full.get("stages").size() >= 6, full.toString());
    assertTrue(json.get("memory").get("heap_peak_bytes").asLong() > 0);
    assertTrue(json.get("locator").get("addresses").asLong() > 0);
  }

  @Test
  void theIncrementalNightAddsOnlyTheLastDay() {
    long newRows = json.get("incremental_run").get("new_rows").asLong();
    long all = json.get("full_run").get("rows_read").asLong() + newRows;
    assertEquals(newRows, json.get("incremental_run").get("rows_read").asLong());
    assertTrue(newRows > 0 && newRows < all / 50, newRows + " of " + all);
    assertTrue(json.get("incremental_run").get("note").asText().contains("only new or changed"));
    // Far below the size where resolution takes in only new records, parties and addresses do.
    assertEquals("[\"parties\",\"locate\"]",
        json.get("incremental_run").get("added_only").toString());
    assertEquals("run-2026-11-01", json.get("incremental_run").get("run_id").asText());
  }

  @Test
  void accuracyIsMeasuredOrSaysWhyNot() {
    JsonNode accuracy = json.get("accuracy");
    JsonNode address = accuracy.get("address_per_party_record");
    assertTrue(address.get("true_positives").asLong() > 0, address.toString());
    assertTrue(address.get("precision").asDouble() > 0.5, address.toString());
    JsonNode pairs = accuracy.get("entity_pairs");
    assertTrue(pairs.get("precision").asDouble() > 0.5, pairs.toString());
    assertTrue(pairs.get("recall").asDouble() > 0 && pairs.get("recall").asDouble() <= 1.0);
    JsonNode bCubed = accuracy.get("entity_bcubed");
    assertTrue(bCubed.get("precision").asDouble() > 0.5, bCubed.toString());
    assertTrue(bCubed.get("recall").asDouble() > 0 && bCubed.get("recall").asDouble() <= 1.0,
        bCubed.toString());
    assertTrue(table.contains("entity B-cubed precision / recall"), table);
    JsonNode throughCompany = accuracy.get("address_per_party_record_through_company");
    assertTrue(throughCompany.get("true_positives").asLong()
        >= address.get("true_positives").asLong() / 2, throughCompany.toString());
    assertTrue(table.contains("address via company P / R"), table);
    JsonNode exposure = accuracy.get("sku_exposure");
    assertTrue(exposure.has("recall") || exposure.get("not_measured").asText()
        .contains("product_risk"), exposure.toString());
    assertTrue(table.contains("full nightly / I/O floor"), table);
  }

  @Test
  void theHeldBackDayIsBackAndASecondBenchReusesTheData() throws IOException {
    try (Stream<Path> held = Files.walk(dir.resolve("last-day"))) {
      assertFalse(held.anyMatch(Files::isRegularFile));
    }
    assertTrue(Files.exists(dir.resolve("input/bol/bol-2026-10-31.csv")));
    assertFalse(Files.exists(dir.resolve("floor")));
    GeneratorSettings other = new GeneratorSettings(0.0005, 4L, LocalDate.of(2026, 10, 31));
    BenchDataException refused = assertThrows(BenchDataException.class,
        () -> new BenchRunner(spark.spark(), config, System.out, Progress.silent())
            .run(new BenchRunner.Settings(other, dir, "tw_bench")));
    assertTrue(refused.getMessage().contains("seed=3"), refused.getMessage());
  }
}
