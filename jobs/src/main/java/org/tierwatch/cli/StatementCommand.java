package org.tierwatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tierwatch.statement.Quarter;
import org.tierwatch.statement.StatementBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tierwatch statement}: the quarter's statement figures and HTML pack. */
@Command(name = "statement", mixinStandardHelpOptions = true,
    description = "Build the modern-slavery statement pack from the tables as they stood at the "
        + "quarter's end.")
final class StatementCommand implements Callable<Integer> {
  @Mixin
  TableOptions tables;

  @Option(names = "--quarter", required = true, paramLabel = "YYYYQn",
      description = "The quarter, e.g. 2026Q3.")
  String quarter;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "statements",
      description = "Directory for the pack; default ${DEFAULT-VALUE}.")
  Path out;

  @Override
  public Integer call() {
    Quarter period;
    try {
      period = Quarter.parse(quarter);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    try (TableSession session = TableSession.open(tables)) {
      StatementBuilder.Result result = new StatementBuilder(session.warehouse())
          .build(period, out.toAbsolutePath())
          .orElseThrow(() -> new UsageException("no successful run on or before "
              + period.end() + ": run nightly first"));
      System.out.printf("statement %s from run %s: %d figures; pack %s%n", period,
          result.runId(), result.kpis().size(), result.pack());
    }
    return ExitCode.OK;
  }
}
