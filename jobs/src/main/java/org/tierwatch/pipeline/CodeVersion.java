package org.tierwatch.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of the code that ran, as the build stamped it, for the {@code runs} table. */
public final class CodeVersion {
  private CodeVersion() {}

  public static String get() {
    try (InputStream in = CodeVersion.class.getResourceAsStream("/tierwatch-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
