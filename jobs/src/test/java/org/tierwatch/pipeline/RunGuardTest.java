package org.tierwatch.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tierwatch.spark.SparkSessionExtension;
import org.tierwatch.spark.Warehouse;

@ExtendWith(SparkSessionExtension.class)
class RunGuardTest {

  @Test
  void aFailedRunPutsEveryTableBackAndRemovesTheTablesItCreated(
      SparkSession spark, @TempDir Path dir) {
    Warehouse warehouse = new Warehouse(spark, dir.toString(), "tw_guard_fail");
    warehouse.overwrite("kept", numbers(spark, 3));
    RunGuard guard = RunGuard.begin(warehouse, "run-1", Progress.silent());
    warehouse.overwrite("kept", numbers(spark, 10));
    warehouse.overwrite("created", numbers(spark, 5));

    guard.rollback();

    assertEquals(3, warehouse.read("kept").count());
    assertEquals(List.of("kept"), warehouse.listTables());
    assertFalse(Files.exists(marker(dir, "tw_guard_fail")));
  }

  @Test
  void aSecondRunWhileOneIsAliveStops(SparkSession spark, @TempDir Path dir) {
    Warehouse warehouse = new Warehouse(spark, dir.toString(), "tw_guard_busy");
    RunGuard first = RunGuard.begin(warehouse, "run-1", Progress.silent());
    RunConflictException e = assertThrows(RunConflictException.class,
        () -> RunGuard.begin(warehouse, "run-2", Progress.silent()));
    assertTrue(e.getMessage().contains("another nightly run (run-1"), e.getMessage());
    first.commit();
    RunGuard.begin(warehouse, "run-2", Progress.silent()).commit();
  }

  @Test
  void theNextRunRepairsWhatAKilledRunLeft(SparkSession spark, @TempDir Path dir)
      throws IOException, InterruptedException {
    Warehouse warehouse = new Warehouse(spark, dir.toString(), "tw_guard_killed");
    warehouse.overwrite("kept", numbers(spark, 3));
    RunGuard.begin(warehouse, "run-1", Progress.silent());
    warehouse.overwrite("kept", numbers(spark, 10));
    warehouse.overwrite("created", numbers(spark, 5));
    Path marker = marker(dir, "tw_guard_killed");
    long deadPid = deadProcessId();
    Files.writeString(marker, Files.readString(marker)
        .replaceFirst("\"pid\":\\d+", "\"pid\":" + deadPid));
    Files.deleteIfExists(marker.resolveSibling("." + RunGuard.MARKER + ".crc"));

    RunGuard.begin(warehouse, "run-2", Progress.silent()).commit();

    assertEquals(3, warehouse.read("kept").count());
    assertEquals(List.of("kept"), warehouse.listTables());
  }

  private static long deadProcessId() throws IOException, InterruptedException {
    Process process = new ProcessBuilder("true").start();
    process.waitFor();
    return process.pid();
  }

  private static Path marker(Path warehouse, String database) {
    return warehouse.resolve(database).resolve(RunGuard.MARKER);
  }

  private static Dataset<Row> numbers(SparkSession spark, int n) {
    return spark.range(n).toDF("n");
  }
}
