package org.tierwatch.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** One in-process run of the command line: its exit code and what it printed. */
record CliRun(int code, String out, String err) {

  static CliRun of(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      int code = TierwatchCli.run(args);
      return new CliRun(code, outBytes.toString(StandardCharsets.UTF_8),
          errBytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  /** The lines Tierwatch itself wrote to standard error, without Spark's logging around them. */
  String errorLines() {
    return err.lines().filter(line -> line.startsWith("tierwatch:"))
        .map(line -> line + "\n").collect(Collectors.joining());
  }
}
