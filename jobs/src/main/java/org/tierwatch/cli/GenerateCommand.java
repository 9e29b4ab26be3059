package org.tierwatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.tierwatch.generate.GenerationSummary;
import org.tierwatch.generate.GeneratorSettings;
import org.tierwatch.generate.SyntheticDataGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tierwatch generate}: synthetic inputs at a scale factor, with the truth beside them. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generate synthetic inputs (bol/, imports/, portfolio/, watchlist/) and truth/.")
final class GenerateCommand implements Callable<Integer> {
  /** Fixed, so that the same scale and seed give the same files on any day. */
  static final String END_DATE = "2026-10-31";

  @Option(names = "--scale", required = true, paramLabel = "N",
      description = "Scale factor: 1 = one million BOL rows and one million declaration lines.")
  double scale;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output directory; must not already hold generated data.")
  Path out;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
      description = "Random seed (default: ${DEFAULT-VALUE}); the same settings give the same files.")
  long seed;

  @Option(names = "--end-date", paramLabel = "YYYY-MM-DD", defaultValue = END_DATE,
      description = "Last day of the 365 days of trade (default: ${DEFAULT-VALUE}).")
  LocalDate endDate;

  @Override
  public Integer call() {
    GenerationSummary summary = generate(scale, seed, endDate, out);
    System.out.printf("generated %,d bol rows, %,d declaration lines, %,d SKUs, %,d companies "
        + "(%,d exposed SKUs) in %s%n", summary.bolRows(), summary.importRows(),
        summary.products(), summary.companies(), summary.exposedSkus(),
        out.toAbsolutePath().normalize());
    return ExitCode.OK;
  }

  /** Generates, turning the generator's refusals (old output, too small a scale) into usage errors. */
  static GenerationSummary generate(double scale, long seed, LocalDate endDate, Path out) {
    try {
      return new SyntheticDataGenerator().generate(new GeneratorSettings(scale, seed, endDate), out);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write generated data to " + out + ": " + e.getMessage(), e);
    }
  }
}
