package org.tierwatch.bench;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tierwatch.generate.GeneratorSettings;
import org.tierwatch.generate.SyntheticDataGenerator;

/**
 * The benchmark's inputs under {@code <dir>/input}: generated once, reused by later runs of the
 * same scale and seed. The last day's trade files can be held back in {@code <dir>/last-day} so
 * that the nightly job first sees the year without them and then the one new day.
 */
final class BenchData {
  private static final String SETTINGS_FILE = "generated.txt";

  private final Path dir;
  private final GeneratorSettings settings;
  private final boolean reused;
  private final double generateSeconds;

  private BenchData(Path dir, GeneratorSettings settings, boolean reused, double generateSeconds) {
    this.dir = dir;
    this.settings = settings;
    this.reused = reused;
    this.generateSeconds = generateSeconds;
  }

  /**
   * Generates the data into {@code <dir>/input}, or reuses what an earlier run generated there
   * with the same settings; files a killed run held back are put back first.
   *
   * @throws BenchDataException when the directory holds data of other settings, or the
   *     generator refuses the scale
   */
  static BenchData prepare(Path dir, GeneratorSettings settings) {
    requireNonNull(dir, "dir is null");
    requireNonNull(settings, "settings is null");
    try {
      Path stamp = dir.resolve(SETTINGS_FILE);
      if (Files.exists(stamp)) {
        String found = Files.readString(stamp).strip();
        if (!found.equals(describe(settings))) {
          throw new BenchDataException(dir + " holds data generated with " + found
              + ", not " + describe(settings) + "; choose another --out", null);
        }
        BenchData data = new BenchData(dir, settings, true, 0);
        data.restoreLastDay();
        return data;
      }
      long started = System.nanoTime();
      try {
        new SyntheticDataGenerator().generate(settings, dir.resolve("input"));
      } catch (IllegalArgumentException e) {
        throw new BenchDataException(e.getMessage(), e);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      Files.writeString(stamp, describe(settings) + System.lineSeparator());
      return new BenchData(dir, settings, false, seconds);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare benchmark data in " + dir, e);
    }
  }

  private static String describe(GeneratorSettings settings) {
    return "scale=" + settings.scale() + " seed=" + settings.seed() + " end=" + settings.endDate();
  }

  Path inputDir() {
    return dir.resolve("input");
  }

  Path truthDir() {
    return inputDir().resolve("truth");
  }

  LocalDate lastDay() {
    return settings.endDate();
  }

  boolean reused() {
    return reused;
  }

  double generateSeconds() {
    return generateSeconds;
  }

  /** Moves the last day's BOL and declaration files out of the input directory. */
  void holdBackLastDay() {
    for (String folder : List.of("bol", "imports")) {
      for (Path file : lastDayFiles(inputDir().resolve(folder))) {
        move(file, heldBack().resolve(folder).resolve(file.getFileName()));
      }
    }
  }

  /** Puts held-back files back into the input directory. */
  void restoreLastDay() {
    for (String folder : List.of("bol", "imports")) {
      for (Path file : list(heldBack().resolve(folder))) {
        move(file, inputDir().resolve(folder).resolve(file.getFileName()));
      }
    }
  }

  private Path heldBack() {
    return dir.resolve("last-day");
  }

  private List<Path> lastDayFiles(Path folder) {
    String day = lastDay().toString();
    return list(folder).stream()
        .filter(file -> file.getFileName().toString().endsWith("-" + day + ".csv"))
        .toList();
  }

  private static List<Path> list(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return new ArrayList<>(files.sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  private static void move(Path from, Path to) {
    try {
      Files.createDirectories(to.getParent());
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move " + from + " to " + to, e);
    }
  }
}
