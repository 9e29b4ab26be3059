package org.tierwatch.spark;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A JVM an integration test starts: the Spark flags for Java 17, a small heap, the given
 * classpath, both output streams in one log file. Closing it kills the JVM and every process
 * it started (a Spark worker's executors), and only those: the test's own JVM, and the Maven
 * JVM above it, are never in that tree. A shutdown hook does the same if the test JVM is told
 * to exit before the test closes it.
 */
public final class ChildJvm implements AutoCloseable {
  private static final Duration GRACE = Duration.ofSeconds(10);

  private final String name;
  private final Process process;
  private final Path log;
  private final Thread killer;

  private ChildJvm(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.killer = new Thread(this::killTree, "kill " + name);
    Runtime.getRuntime().addShutdownHook(killer);
  }

  /** Starts {@code java -XmxHEAP -cp CLASSPATH MAIN ARGS} with the environment added. */
  public static ChildJvm start(String name, Path log, String heap, List<String> jvmOptions,
      String classpath, Map<String, String> environment, String mainClass, List<String> args) {
    requireNonNull(name, "name is null");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.addAll(java17Options());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", classpath, mainClass));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
    builder.environment().putAll(environment);
    try {
      return new ChildJvm(name, builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name, e);
    }
  }

  /** The classpath of the project's dependencies as the package phase wrote it to a file. */
  public static String classpathFrom(String property) {
    Path file = Path.of(requireNonNull(System.getProperty(property),
        property + " is not set: run the integration tests through mvn verify"));
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + "; run mvn package first", e);
    }
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public Path log() {
    return log;
  }

  /**
   * Waits until the log holds the text; false when the JVM ended first or the time ran out.
   * The log is read again on every poll because it is small and lines may arrive in pieces.
   */
  public boolean awaitLog(String text, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      boolean alive = process.isAlive();
      if (logContains(text)) {
        return true;
      }
      if (!alive) {
        return false;
      }
      Thread.sleep(250);
    }
    return false;
  }

  /** Whether the whole log, not only its tail, holds the text. */
  public boolean logContains(String text) {
    return logText().contains(text);
  }

  /** Waits for the JVM to end and returns its exit code. */
  public int waitFor(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError(name + " did not end within " + timeout + "; its log:\n"
          + tail());
    }
    return process.exitValue();
  }

  /** kill -9 of this JVM alone, as a power cut or the OOM killer would end it. */
  public void killHard() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(60, TimeUnit.SECONDS);
  }

  /** The end of the log, for assertion messages. */
  public String tail() {
    String text = logText();
    return text.length() > 6000 ? "..." + text.substring(text.length() - 6000) : text;
  }

  @Override
  public void close() {
    killTree();
    try {
      Runtime.getRuntime().removeShutdownHook(killer);
    } catch (IllegalStateException e) {
      // The JVM is shutting down and the hook is running or has run: nothing left to undo.
    }
  }

  /**
   * Asks the JVM and its descendants to stop (a worker then stops its executors), and kills
   * whatever is left after a grace period. The descendants are collected first because a
   * process whose parent died is re-parented and would no longer be found.
   */
  private void killTree() {
    List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle()))
        .collect(Collectors.toList());
    process.destroy();
    try {
      process.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      // Still running after the grace period, or interrupted: killed below either way.
    }
    tree.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle handle : tree) {
      try {
        handle.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
      } catch (Exception e) {
        // A process that ignores SIGKILL for this long is beyond what a test can do.
      }
    }
  }

  private String logText() {
    try {
      return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private static List<String> java17Options() {
    String opens = System.getProperty("tierwatch.java17.opens", "").strip();
    return opens.isEmpty() ? List.of() : Arrays.asList(opens.split("\\s+"));
  }

  private static java.io.File nullDevice() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL"
        : "/dev/null");
  }
}
