package org.tierwatch.bench;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.tierwatch.config.TierwatchConfig;
import org.tierwatch.generate.GeneratorSettings;
import org.tierwatch.pipeline.NightlyJob;
import org.tierwatch.pipeline.NightlyOptions;
import org.tierwatch.pipeline.Progress;
import org.tierwatch.publish.RunRecord;
import org.tierwatch.spark.Warehouse;

/**
 * Runs the benchmark in one JVM, so its figures compare side by side: generates (or reuses) the
 * data, measures the I/O floor and the full nightly job on the year without its last day, the
 * incremental night that adds the last day, the accuracy against the truth and the locator on
 * its own, then writes {@code bench.json} and prints a table.
 */
public final class BenchRunner {
  /** Where, at which scale, and under which database names the benchmark runs. */
  public record Settings(GeneratorSettings data, Path dir, String database) {
    public Settings {
      requireNonNull(data, "data is null");
      requireNonNull(dir, "dir is null");
      requireNonNull(database, "database is null");
    }
  }

  public static final String REPORT_FILE = "bench.json";

  private final SparkSession spark;
  private final TierwatchConfig config;
  private final PrintStream out;
  private final Progress progress;

  public BenchRunner(SparkSession spark, TierwatchConfig config, PrintStream out,
      Progress progress) {
    this.spark = requireNonNull(spark, "spark is null");
    this.config = requireNonNull(config, "config is null");
    this.out = requireNonNull(out, "out is null");
    this.progress = requireNonNull(progress, "progress is null");
  }

  public BenchReport run(Settings settings) {
    Instant startedAt = Instant.now();
    Path dir = settings.dir().toAbsolutePath().normalize();
    progress.say("bench: preparing data at scale " + settings.data().scale() + " in " + dir);
    BenchData data = BenchData.prepare(dir, settings.data());
    deleteTree(dir.resolve("warehouse"));
    deleteTree(dir.resolve("floor"));
    Warehouse warehouse = new Warehouse(spark, dir.resolve("warehouse").toString(),
        settings.database());
    Warehouse floorWarehouse = new Warehouse(spark, dir.resolve("floor").toString(),
        settings.database() + "_floor");
    String input = data.inputDir().toString();

    data.holdBackLastDay();
    RunFigures full;
    IoFloor.Result floor;
    try {
      progress.say("bench: I/O floor");
      floor = new IoFloor(floorWarehouse).measure(input);
      progress.say("bench: full nightly run without the last day");
      full = nightly(warehouse, new NightlyOptions(input, data.lastDay()));
    } finally {
      data.restoreLastDay();
    }
    progress.say("bench: incremental night with the last day's files");
    RunFigures incremental = nightly(warehouse,
        new NightlyOptions(input, data.lastDay().plusDays(1)));
    deleteTree(dir.resolve("floor"));

    progress.say("bench: accuracy against the truth");
    AccuracyReport accuracy = AccuracyReport.measure(warehouse, data.truthDir().toString(),
        incremental.runId());
    progress.say("bench: locator throughput");
    Measured<LocatorThroughput.Result> locator = LocatorThroughput.measure(warehouse);

    BenchReport report = new BenchReport(settings.data().scale(), settings.data().seed(),
        data.lastDay(), startedAt, Machine.current(spark.sparkContext().master()),
        data.reused(), data.generateSeconds(), floor, full, incremental, accuracy, locator,
        PeakMemory.now());
    BenchJson.write(report, dir.resolve(REPORT_FILE));
    BenchTable.print(report, out);
    out.println("figures in " + dir.resolve(REPORT_FILE));
    return report;
  }

  private RunFigures nightly(Warehouse warehouse, NightlyOptions options) {
    long started = System.nanoTime();
    RunRecord run = new NightlyJob(warehouse, config, progress).run(options);
    return RunFigures.of(run, (System.nanoTime() - started) / 1e9);
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + root, e);
    }
  }
}
