package org.tierwatch.pipeline;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Short progress lines on the console for a person watching a long run: the stage, what it
 * produced, and the elapsed time. Logs stay quiet; this is the one voice of a run.
 */
public final class Progress {
  private final PrintStream out;
  private final long start = System.nanoTime();

  public Progress(PrintStream out) {
    this.out = out;
  }

  public static Progress silent() {
    return new Progress(new PrintStream(java.io.OutputStream.nullOutputStream()));
  }

  public void say(String message) {
    out.printf(Locale.ROOT, "[tierwatch %7.1fs] %s%n", (System.nanoTime() - start) / 1e9, message);
    out.flush();
  }
}
