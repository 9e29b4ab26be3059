package org.tierwatch.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of the code that ran, as the build stamped it, for the {@code runs} table. */
public final class CodeVersion {
  private CodeVersion() {}

  /** The project version, such as 0.1.0-SNAPSHOT. */
  public static String get() {
    return stamped("version");
  }

  /**
   * When this build was made: two builds of one version may resolve differently, so what one
   * build saved for the next run is not trusted by another.
   */
  public static String build() {
    return get() + "@" + stamped("build");
  }

  private static String stamped(String key) {
    try (InputStream in = CodeVersion.class.getResourceAsStream("/tierwatch-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty(key, "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
