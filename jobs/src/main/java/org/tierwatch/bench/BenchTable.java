package org.tierwatch.bench;

import java.io.PrintStream;
import java.util.Locale;
import org.tierwatch.pipeline.StageTiming;

/** Prints a {@link BenchReport} as a table for people; {@code bench.json} has every figure. */
final class BenchTable {
  private BenchTable() {}

  static void print(BenchReport report, PrintStream out) {
    line(out, "scale %s, seed %d, %d processors, max heap %.1f GiB, %s", report.scale(),
        report.seed(), report.machine().processors(),
        report.machine().maxHeapBytes() / (double) (1L << 30), report.machine().javaVersion());
    line(out, "%-34s %10s %12s %14s", "measure", "seconds", "rows", "rows/s");
    row(out, "I/O floor (read CSV, write Delta)", report.ioFloor().seconds(),
        report.ioFloor().rows());
    row(out, "full nightly", report.full().seconds(), report.full().rowsRead());
    for (StageTiming stage : report.full().stages()) {
      row(out, "  " + stage.stage(), stage.seconds(), stage.rows());
    }
    line(out, "%-34s %10.2f", "full nightly / I/O floor", report.fullToFloorRatio());
    row(out, "incremental night (+1 day)", report.incremental().seconds(),
        report.incremental().rowsRead());
    for (StageTiming stage : report.incremental().stages()) {
      row(out, "  " + stage.stage(), stage.seconds(), stage.rows());
    }
    line(out, "  %,d new rows; note: %s", report.newRows(), report.incremental().rebuildNote());
    if (report.locator().measured()) {
      row(out, "locator alone (1 thread)", report.locator().value().seconds(),
          report.locator().value().addresses());
    } else {
      line(out, "%-34s not measured: %s", "locator alone", report.locator().notMeasured());
    }
    line(out, "%-34s %10.2f GiB", "peak heap (sum of pool peaks)",
        report.memory().heapPeakBytes() / (double) (1L << 30));
    Measured<BCubed> bCubed = report.accuracy().entityBCubed();
    if (bCubed.measured()) {
      line(out, "%-34s %10.4f / %.4f (no target)", "entity B-cubed precision / recall",
          bCubed.value().precision(), bCubed.value().recall());
    } else {
      line(out, "%-34s not measured: %s", "entity B-cubed", bCubed.notMeasured());
    }
    Measured<PrecisionRecall> throughCompany =
        report.accuracy().addressPerPartyRecordThroughCompany();
    if (throughCompany.measured()) {
      line(out, "%-34s %10.4f / %.4f (no target)", "address via company P / R",
          throughCompany.value().precision(), throughCompany.value().recall());
    } else {
      line(out, "%-34s not measured: %s", "address via company", throughCompany.notMeasured());
    }
    line(out, "%-34s %10s %s", "target", "value", "goal / status");
    for (Target target : Target.evaluate(report)) {
      line(out, "%-34s %10s %s: %s", target.name(),
          target.value() == null ? "-" : String.format(Locale.ROOT, "%.4f", target.value()),
          target.goal(), target.status());
    }
  }

  private static void row(PrintStream out, String name, double seconds, long rows) {
    line(out, "%-34s %10.1f %,12d %,14.0f", name, seconds, rows, seconds == 0 ? 0 : rows / seconds);
  }

  private static void line(PrintStream out, String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
  }
}
