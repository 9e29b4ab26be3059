package org.tierwatch.spark;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A Spark standalone cluster on the loopback interface, as {@code sbin/start-master.sh} and
 * {@code sbin/start-worker.sh} would start it, but from the project's Maven dependencies: there
 * is no Spark distribution to start it from. A master and one worker, each its own JVM; the
 * worker starts executors as JVMs of their own. Closing it stops all of them.
 */
public final class StandaloneCluster implements AutoCloseable {
  private static final Duration START = Duration.ofMinutes(5);

  private final ChildJvm master;
  private final ChildJvm worker;
  private final String url;
  private final Path workDir;

  private StandaloneCluster(ChildJvm master, ChildJvm worker, String url, Path workDir) {
    this.master = master;
    this.worker = worker;
    this.url = url;
    this.workDir = workDir;
  }

  /**
   * Starts a master and a worker offering the cores and memory, with Spark and Delta from the
   * classpath, and waits until the worker has registered.
   */
  public static StandaloneCluster start(Path dir, String classpath, int cores, String memory)
      throws InterruptedException {
    requireNonNull(classpath, "classpath is null");
    Path workDir = dir.resolve("work");
    Map<String, String> environment = environment(dir, classpath);
    int port = LoopbackPort.free();
    String url = "spark://127.0.0.1:" + port;
    ChildJvm master = ChildJvm.start("spark master", dir.resolve("master.log"), "512m",
        List.of(), classpath, environment, "org.apache.spark.deploy.master.Master",
        List.of("--host", "127.0.0.1", "--port", Integer.toString(port),
            "--webui-port", Integer.toString(LoopbackPort.free())));
    ChildJvm worker = null;
    try {
      await(master, "I have been elected leader");
      worker = ChildJvm.start("spark worker", dir.resolve("worker.log"), "512m", List.of(),
          classpath, environment, "org.apache.spark.deploy.worker.Worker",
          List.of("--host", "127.0.0.1", "--port", Integer.toString(LoopbackPort.free()),
              "--webui-port", Integer.toString(LoopbackPort.free()),
              "--cores", Integer.toString(cores), "--memory", memory,
              "--work-dir", workDir.toString(), url));
      await(worker, "Successfully registered with master");
      return new StandaloneCluster(master, worker, url, workDir);
    } catch (RuntimeException | Error | InterruptedException e) {
      if (worker != null) {
        worker.close();
      }
      master.close();
      throw e;
    }
  }

  /** The master URL to submit to: {@code spark://127.0.0.1:PORT}. */
  public String url() {
    return url;
  }

  /** The worker's directory: one folder per application, with each executor's log. */
  public Path workDir() {
    return workDir;
  }

  /** Whether the worker's log holds the text. */
  public boolean workerLogContains(String text) {
    return worker.logContains(text);
  }

  public String workerLogTail() {
    return worker.tail();
  }

  @Override
  public void close() {
    try {
      worker.close();
    } finally {
      master.close();
    }
  }

  /**
   * What the worker needs to start executors without a Spark distribution: Spark's launcher
   * requires a SPARK_HOME with a jars/ folder and the Scala version, and takes the jars from
   * SPARK_DIST_CLASSPATH, which is how distributions without Hadoop are given theirs.
   */
  private static Map<String, String> environment(Path dir, String classpath) {
    Path home = dir.resolve("spark-home");
    Path local = dir.resolve("local");
    try {
      Files.createDirectories(home.resolve("jars"));
      Files.createDirectories(local);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + home, e);
    }
    return Map.of("SPARK_HOME", home.toString(), "SPARK_SCALA_VERSION", "2.12",
        "SPARK_DIST_CLASSPATH", classpath, "SPARK_LOCAL_IP", "127.0.0.1",
        "SPARK_LOCAL_DIRS", local.toString());
  }

  private static void await(ChildJvm jvm, String text) throws InterruptedException {
    if (!jvm.awaitLog(text, START)) {
      throw new AssertionError(jvm.log().getFileName() + " never said '" + text + "':\n"
          + jvm.tail());
    }
  }
}
