package org.tierwatch.cli;

import java.nio.file.Path;

/**
 * The directory Tierwatch was installed in (set by bin/tierwatch), where the default
 * configuration and the sample inputs live; the working directory when run otherwise.
 */
final class TierwatchHome {
  private TierwatchHome() {}

  static Path path() {
    String home = System.getProperty("tierwatch.home", System.getenv("TIERWATCH_HOME"));
    return home == null ? Path.of("").toAbsolutePath() : Path.of(home).toAbsolutePath();
  }

  static Path defaultConf() {
    return path().resolve("conf").resolve("local.conf");
  }

  static Path defaultInput() {
    return path().resolve("data-samples");
  }
}
