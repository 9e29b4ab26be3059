package org.tierwatch.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.round;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tierwatch.config.ConfigLoader;
import org.tierwatch.config.TierwatchConfig;
import org.tierwatch.pipeline.NightlyJob;
import org.tierwatch.pipeline.NightlyOptions;
import org.tierwatch.pipeline.Progress;
import org.tierwatch.publish.RunsTable;

/**
 * The assembly jar under spark-submit on a real standalone cluster (a master, a worker and its
 * executors, each a JVM of its own, on loopback) gives the tables local mode gives. What this
 * catches and local mode cannot: classes missing from the assembly, closures that do not
 * serialise, and code that reads or writes the driver's memory from an executor.
 */
@ExtendWith(SparkSessionExtension.class)
class StandaloneClusterIT {
  private static final Path HOME = Path.of(System.getProperty("tierwatch.home", ".."))
      .toAbsolutePath().normalize();
  private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 21);
  /** Small, because the machine is shared: one executor of 1 GB on a worker offering 2 GB. */
  private static final int CORES = 2;
  private static final String WORKER_MEMORY = "2g";
  private static final String EXECUTOR_MEMORY = "1g";
  private static final Duration RUN = Duration.ofMinutes(40);

  @Test
  void theAssemblyJarOnAStandaloneClusterGivesLocalModesTables(SharedSparkSession spark,
      @TempDir Path dir) throws Exception {
    Path input = dir.resolve("in");
    Directories.copy(HOME.resolve("data-samples"), input);
    Path assembly = Path.of(System.getProperty("tierwatch.assembly"));
    assertTrue(Files.isRegularFile(assembly), assembly + " is built by mvn package");
    // The cluster's classpath is what a Spark distribution provides, not our own libraries, so
    // the job finds those only in the assembly jar, as it would on a real cluster.
    String sparkClasspath = ChildJvm.classpathFrom("tierwatch.cluster.classpath");
    Path clusterWarehouse = dir.resolve("cluster-warehouse");

    try (StandaloneCluster cluster = StandaloneCluster.start(dir.resolve("cluster"), sparkClasspath,
        CORES, WORKER_MEMORY);
        ChildJvm submit = sparkSubmit(dir, cluster.url(), sparkClasspath, assembly, input,
            clusterWarehouse)) {
      int exit = submit.waitFor(RUN);
      assertEquals(0, exit, "spark-submit failed:\n" + submit.tail());
      assertTrue(cluster.workerLogContains("Asked to launch executor"),
          "the worker started an executor:\n" + cluster.workerLogTail());
      assertTrue(executorsRanTasks(cluster.workDir()), "the executors ran the job's tasks");
    }

    TierwatchConfig config = ConfigLoader.load(HOME.resolve("conf/local.conf"));
    Warehouse local = new Warehouse(spark.spark(), dir.resolve("local-warehouse").toString(),
        "tierwatch");
    new NightlyJob(local, config, Progress.silent())
        .run(new NightlyOptions(input.toString(), RUN_DATE, false));
    Warehouse cluster = new Warehouse(spark.spark(), clusterWarehouse.toString(), "tierwatch");

    List<String> tables = local.listTables();
    assertEquals(tables, cluster.listTables());
    for (String table : tables) {
      if (!table.equals(RunsTable.TABLE)) {
        assertEquals(local.read(table).count(), cluster.read(table).count(), table);
      }
    }
    // Scores are sums and products of doubles; a different partitioning may add them in
    // another order, so they are equal to the ninth decimal, not to the last bit.
    spark.assertDataFrameNoOrderEquals(
        scores(local, "product_risk", "sku"), scores(cluster, "product_risk", "sku"));
    spark.assertDataFrameNoOrderEquals(
        scores(local, "company_risk", "company_id"), scores(cluster, "company_risk", "company_id"));
  }

  /**
   * {@code spark-submit --master spark://... --class TierwatchCli ASSEMBLY nightly ...}: the
   * class the spark-submit script calls, in client mode, so this JVM is the driver.
   */
  private static ChildJvm sparkSubmit(Path dir, String master, String classpath, Path assembly,
      Path input, Path warehouse) {
    String executorOptions = System.getProperty("tierwatch.java17.opens", "");
    return ChildJvm.start("spark-submit", dir.resolve("spark-submit.log"), "1g",
        List.of("-Dtierwatch.home=" + HOME,
            "-Dlog4j2.configurationFile=" + HOME.resolve("conf/log4j2.properties")),
        classpath, Map.of("SPARK_LOCAL_IP", "127.0.0.1"), "org.apache.spark.deploy.SparkSubmit",
        List.of("--master", master, "--deploy-mode", "client",
            "--class", "org.tierwatch.cli.TierwatchCli",
            "--conf", "spark.executor.memory=" + EXECUTOR_MEMORY,
            "--conf", "spark.cores.max=" + CORES,
            "--conf", "spark.executor.extraJavaOptions=" + executorOptions,
            "--conf", "spark.driver.host=127.0.0.1",
            assembly.toString(),
            "nightly", "--conf", HOME.resolve("conf/local.conf").toString(),
            "--input", input.toString(), "--warehouse", warehouse.toString(),
            "--run-date", RUN_DATE.toString()));
  }

  /** Each executor logs to work/APP/ID/stderr; a task it finished is named there. */
  private static boolean executorsRanTasks(Path workDir) throws IOException {
    try (Stream<Path> files = Files.walk(workDir)) {
      for (Path file : files.filter(f -> f.getFileName().toString().equals("stderr")).toList()) {
        if (Files.readString(file, StandardCharsets.ISO_8859_1).contains("Finished task")) {
          return true;
        }
      }
    }
    return false;
  }

  private static Dataset<Row> scores(Warehouse warehouse, String table, String key) {
    return warehouse.read(table).select(col(key), round(col("risk_score"), 9).as("risk_score"),
        round(col("exposure_share"), 9).as("exposure_share"), col("band"));
  }
}
