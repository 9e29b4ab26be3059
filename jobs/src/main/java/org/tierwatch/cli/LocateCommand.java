package org.tierwatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tierwatch.locate.CsvLocator;
import org.tierwatch.locate.Locator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tierwatch locate}: places the addresses of any CSV file, without Spark. */
@Command(name = "locate", mixinStandardHelpOptions = true,
    description = "Locate the 'address' column (optional: country, registration_id, phone, "
        + "port_of_lading) of a CSV file; adds province, city, confidence and evidence.")
final class LocateCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, paramLabel = "CSV", description = "CSV to read.")
  Path input;

  @Option(names = "--output", required = true, paramLabel = "CSV", description = "CSV to write.")
  Path output;

  @Override
  public Integer call() throws Exception {
    CsvLocator.Summary summary = new CsvLocator(Locator.standard()).locate(input, output);
    System.out.printf("located %d rows: %d LIAONING, %d JILIN, %d unreadable -> %s%n",
        summary.rows(), summary.liaoning(), summary.jilin(), summary.unreadable(), output);
    return ExitCode.OK;
  }
}
