package org.tierwatch.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.tierwatch.config.TierwatchConfig;
import org.tierwatch.pipeline.NightlyJob;
import org.tierwatch.pipeline.NightlyOptions;
import org.tierwatch.pipeline.Progress;
import org.tierwatch.publish.RunRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tierwatch nightly}: the whole data flow, from landed files to scored tables. */
@Command(name = "nightly", mixinStandardHelpOptions = true,
    description = "Run the nightly job: ingest, locate, resolve, graph, risk, publish.")
final class NightlyCommand implements Callable<Integer> {
  @Mixin
  TableOptions tables;

  @Option(names = "--input", paramLabel = "DIR",
      description = "Input directory in the input contract (default: data-samples/).")
  String input;

  @Option(names = "--run-date", paramLabel = "YYYY-MM-DD",
      description = "The date the run is for (default: today). Running a date again replaces it.")
  LocalDate runDate;

  @Option(names = "--full-refresh",
      description = "Read every input file again and rebuild all tables from the inputs, instead"
          + " of reading only the files that are new or changed since the last run.")
  boolean fullRefresh;

  @Override
  public Integer call() {
    TierwatchConfig config = TableSession.config(tables);
    String inputDir = input == null ? TierwatchHome.defaultInput().toString()
        : (isUri(input) ? input : Path.of(input).toAbsolutePath().normalize().toString());
    NightlyOptions options = new NightlyOptions(inputDir,
        runDate == null ? LocalDate.now() : runDate, fullRefresh);
    try (TableSession session = TableSession.open(config)) {
      RunRecord run = new NightlyJob(session.warehouse(), config, new Progress(System.err))
          .run(options);
      System.out.printf("run %s: %d rows read, %d accepted, %d quarantined; tables in %s%n",
          run.runId(), run.ingest().rowsRead(), run.ingest().rowsAccepted(),
          run.ingest().rowsQuarantined(), session.warehouse().root());
    }
    return ExitCode.OK;
  }

  private static boolean isUri(String text) {
    return text.matches("[a-zA-Z][a-zA-Z0-9+.-]*://.*");
  }
}
