package org.tierwatch.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigRenderOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Reads a HOCON file (with its includes) into a {@link TierwatchConfig}, strictly. */
public final class ConfigLoader {
  private ConfigLoader() {}

  public static TierwatchConfig load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("configuration file " + file + " does not exist");
    }
    Config config;
    try {
      config = ConfigFactory.parseFile(file.toFile(), ConfigParseOptions.defaults()
              .setAllowMissing(false))
          .resolve();
    } catch (com.typesafe.config.ConfigException e) {
      throw new ConfigException("configuration file " + file + " cannot be read: "
          + e.getMessage(), e);
    }
    try {
      return TierwatchConfig.from(ConfigSection.root(config), hash(config));
    } catch (ConfigException e) {
      throw new ConfigException(file + ": " + e.getMessage(), e);
    }
  }

  private static String hash(Config config) {
    String rendered = config.root().render(ConfigRenderOptions.concise().setJson(true));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(rendered.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
