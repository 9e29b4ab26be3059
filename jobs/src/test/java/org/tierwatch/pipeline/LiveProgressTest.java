package org.tierwatch.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierwatch.spark.SparkSessionExtension;

@ExtendWith(SparkSessionExtension.class)
class LiveProgressTest {

  @Test
  void aRunningStageReportsTheRowsItsTasksProcessedAndAnIdleOneIsQuiet(SparkSession spark)
      throws InterruptedException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Progress progress = new Progress(new PrintStream(out, true, StandardCharsets.UTF_8));
    AtomicReference<String> stage = new AtomicReference<>();
    try (LiveProgress live = LiveProgress.start(spark.sparkContext(), progress, stage::get,
        Duration.ofMillis(50))) {
      spark.range(0, 10_000, 1, 2).repartition(3).count();
      Thread.sleep(200);
      assertEquals("", out.toString(StandardCharsets.UTF_8), "no stage, no lines");

      stage.set("probe");
      spark.range(0, 10_000, 1, 2).repartition(3).count();
      Thread.sleep(300);
    }
    String lines = out.toString(StandardCharsets.UTF_8);
    java.util.regex.Matcher reports =
        java.util.regex.Pattern.compile("probe: running, ([0-9,]+) rows processed in \\d+ tasks")
            .matcher(lines);
    long rows = -1;
    while (reports.find()) {
      rows = Long.parseLong(reports.group(1).replace(",", ""));
    }
    assertTrue(rows >= 10_000, "the shuffled rows are counted: " + lines);
  }
}
