package org.tierwatch.pipeline;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tierwatch.cli.TierwatchCli;
import org.tierwatch.config.ConfigLoader;
import org.tierwatch.config.TierwatchConfig;
import org.tierwatch.publish.RunsTable;
import org.tierwatch.spark.ChildJvm;
import org.tierwatch.spark.ComparableTables;
import org.tierwatch.spark.Directories;
import org.tierwatch.spark.SharedSparkSession;
import org.tierwatch.spark.SparkSessionExtension;
import org.tierwatch.spark.Warehouse;

/**
 * kill -9 of a real nightly run in its own JVM, half-way through its writes. The next run on
 * that warehouse must end with the tables of a night that was never interrupted.
 *
 * <p>The killed run is a child JVM because the kill must take the whole driver with it, as a
 * power cut would; only that JVM's own process is killed, never a process group. The second
 * run is started through the job on the shared session rather than through the CLI, which
 * would bind the session's catalog and current database to the killed warehouse.
 */
@ExtendWith(SparkSessionExtension.class)
class NightlyKillIT {
  private static final Path HOME = Path.of(System.getProperty("tierwatch.home", ".."))
      .toAbsolutePath().normalize();
  private static final LocalDate FIRST = LocalDate.of(2026, 11, 21);
  private static final LocalDate SECOND = LocalDate.of(2026, 11, 22);
  /** A stage that starts after ingest has written the raw tables, so the kill leaves writes. */
  private static final String KILL_AT = "parties: started";
  /** Generous: on a loaded two-core machine a nightly runs many times slower than alone. */
  private static final Duration REACH_STAGE = Duration.ofMinutes(20);

  @Test
  void aRunKilledMidwayIsRepairedByTheNextAndASecondRunMeanwhileStops(
      SharedSparkSession spark, @TempDir Path dir) throws Exception {
    Path input = dir.resolve("in");
    Directories.copy(HOME.resolve("data-samples"), input);
    TierwatchConfig config = ConfigLoader.load(HOME.resolve("conf/local.conf"));

    // The uninterrupted nights. After the first, the warehouse is copied: the killed second
    // night starts from exactly the state the uninterrupted one started from.
    Warehouse reference = new Warehouse(spark.spark(), dir.resolve("reference").toString(),
        "tierwatch");
    new NightlyJob(reference, config, Progress.silent())
        .run(new NightlyOptions(input.toString(), FIRST, false));
    Path killedDir = dir.resolve("killed");
    Directories.copy(dir.resolve("reference"), killedDir);
    Files.writeString(input.resolve(NightlyRecoveryTest.LATE_FILE),
        NightlyRecoveryTest.lateFile(), StandardCharsets.UTF_8);
    new NightlyJob(reference, config, Progress.silent())
        .run(new NightlyOptions(input.toString(), SECOND, false));

    Warehouse killed = new Warehouse(spark.spark(), killedDir.toString(), "tierwatch");
    try (ChildJvm child = startNightly(dir, input, killedDir)) {
      assertTrue(child.awaitLog(KILL_AT, REACH_STAGE),
          "the child run never reached '" + KILL_AT + "':\n" + child.tail());
      RunConflictException conflict = assertThrows(RunConflictException.class,
          () -> new NightlyJob(killed, config, Progress.silent())
              .run(new NightlyOptions(input.toString(), SECOND, false)));
      assertTrue(conflict.getMessage().contains("another nightly run (run-" + SECOND
          + ", process " + child.pid()), conflict.getMessage());
      assertTrue(child.isAlive(), "the child was still writing while the second run stopped");
      child.killHard();
    }

    assertTrue(leftWritesBehind(killed, killedDir),
        "the killed run had changed tables past the versions its marker recorded");
    new NightlyJob(killed, config, Progress.silent())
        .run(new NightlyOptions(input.toString(), SECOND, false));

    // runs records timings, which differ from night to night by nature.
    ComparableTables.assertSameTables(spark, reference, killed, List.of(RunsTable.TABLE));
  }

  /** tierwatch nightly in its own JVM, as bin/tierwatch runs it, with a 1 GB heap. */
  private static ChildJvm startNightly(Path dir, Path input, Path warehouse) {
    String classpath = System.getProperty("tierwatch.classes") + File.pathSeparator
        + ChildJvm.classpathFrom("tierwatch.classpath");
    List<String> args = new ArrayList<>(List.of("nightly", "--conf",
        HOME.resolve("conf/local.conf").toString(), "--input", input.toString(),
        "--warehouse", warehouse.toString(), "--run-date", SECOND.toString()));
    return ChildJvm.start("killed nightly", dir.resolve("child.log"), "1g",
        List.of("-Dtierwatch.home=" + HOME,
            "-Dlog4j2.configurationFile=" + HOME.resolve("conf/log4j2.properties")),
        classpath, Map.of(), TierwatchCli.class.getName(), args);
  }

  /** True when the marker is still there and some table is past the version it recorded. */
  private static boolean leftWritesBehind(Warehouse warehouse, Path root) throws IOException {
    Path marker = root.resolve(warehouse.database()).resolve(RunGuard.MARKER);
    assertTrue(Files.exists(marker), "the killed run left its marker");
    JsonNode recorded = new ObjectMapper().readTree(marker.toFile()).path("tables");
    for (String table : warehouse.listTables()) {
      JsonNode before = recorded.get(table);
      if (before == null || warehouse.version(table) > before.asLong()) {
        return true;
      }
    }
    return false;
  }
}
