package org.tierwatch.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.tierwatch.bench.BenchDataException;
import org.tierwatch.bench.BenchRunner;
import org.tierwatch.config.ConfigLoader;
import org.tierwatch.config.TierwatchConfig;
import org.tierwatch.generate.GeneratorSettings;
import org.tierwatch.pipeline.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tierwatch bench}: speed and accuracy of the nightly job on generated data. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Benchmark on generated data: I/O floor, full nightly run per stage, "
        + "incremental night, accuracy against the truth, locator throughput.",
        "Writes DIR/bench.json and prints a table. Data generated in DIR/input is reused by "
        + "later runs with the same scale and seed."})
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--scale", required = true, paramLabel = "N",
      description = "Scale factor: 1 = one million BOL rows and one million declaration lines.")
  double scale;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Benchmark directory: input/, warehouse/, bench.json (default: bench-<N>).")
  Path out;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
      description = "Random seed of the generated data (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--conf", paramLabel = "FILE",
      description = "Configuration file (default: conf/local.conf of the Tierwatch home).")
  Path conf;

  @Override
  public Integer call() {
    Path dir = (out == null ? Path.of("bench-" + scale) : out).toAbsolutePath().normalize();
    TierwatchConfig config = ConfigLoader.load(conf == null ? TierwatchHome.defaultConf() : conf)
        .withWarehousePath(dir.resolve("warehouse").toString());
    GeneratorSettings settings;
    try {
      settings = new GeneratorSettings(scale, seed, LocalDate.parse(GenerateCommand.END_DATE));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    try (TableSession session = TableSession.open(config)) {
      new BenchRunner(session.spark(), config, System.out, new Progress(System.err))
          .run(new BenchRunner.Settings(settings, dir, config.warehouse().database()));
    } catch (BenchDataException e) {
      throw new UsageException(e.getMessage());
    }
    return ExitCode.OK;
  }
}
