package org.tierwatch.pipeline;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.spark.SparkContext;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Progress inside a long stage: every interval, while Spark tasks finish, one line with the
 * stage, the rows its tasks have processed (read from files or shuffles) and the tasks done.
 * Quiet when nothing moved, so short stages print only their start and end.
 */
public final class LiveProgress extends SparkListener implements AutoCloseable {
  private final SparkContext spark;
  private final Progress progress;
  private final Supplier<String> stage;
  private final ScheduledExecutorService timer;
  private String countingStage;
  private long rows;
  private long tasks;
  private long reportedTasks;

  private LiveProgress(SparkContext spark, Progress progress, Supplier<String> stage) {
    this.spark = spark;
    this.progress = progress;
    this.stage = stage;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "tierwatch-progress");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Starts listening; {@code stage} names the stage running now, or null between stages. */
  public static LiveProgress start(SparkContext spark, Progress progress, Supplier<String> stage,
      Duration every) {
    LiveProgress live = new LiveProgress(requireNonNull(spark, "spark is null"),
        requireNonNull(progress, "progress is null"), requireNonNull(stage, "stage is null"));
    spark.addSparkListener(live);
    live.timer.scheduleAtFixedRate(live::report, every.toMillis(), every.toMillis(),
        TimeUnit.MILLISECONDS);
    return live;
  }

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd taskEnd) {
    String current = stage.get();
    if (current == null) {
      return;
    }
    if (!current.equals(countingStage)) {
      countingStage = current;
      rows = 0;
      tasks = 0;
      reportedTasks = 0;
    }
    tasks++;
    TaskMetrics metrics = taskEnd.taskMetrics();
    if (metrics != null) {
      rows += metrics.inputMetrics().recordsRead() + metrics.shuffleReadMetrics().recordsRead();
    }
  }

  private synchronized void report() {
    if (countingStage == null || !countingStage.equals(stage.get()) || tasks == reportedTasks) {
      return;
    }
    reportedTasks = tasks;
    progress.say(String.format(Locale.ROOT, "%s: running, %,d rows processed in %,d tasks",
        countingStage, rows, tasks));
  }

  @Override
  public void close() {
    timer.shutdownNow();
    spark.removeSparkListener(this);
  }
}
