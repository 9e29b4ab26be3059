package org.tierwatch.config;

import static java.util.Objects.requireNonNull;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Strict, typed reads of one HOCON object. Every key a section holds must be read by its typed
 * config class; {@link #requireAllKeysRead()} then rejects the rest, so a misspelt key stops the
 * run instead of being ignored.
 */
public final class ConfigSection {
  private final Config config;
  private final String path;
  private final Set<String> read = new TreeSet<>();

  private ConfigSection(Config config, String path) {
    this.config = requireNonNull(config, "config is null");
    this.path = requireNonNull(path, "path is null");
  }

  public static ConfigSection root(Config config) {
    return new ConfigSection(config, "");
  }

  /** The dotted path of a key in this section, as a user would write it in the file. */
  public String pathOf(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  public ConfigSection section(String key) {
    Config child = read(key, ConfigValueType.OBJECT, () -> config.getConfig(quoted(key)));
    return new ConfigSection(child, pathOf(key));
  }

  public boolean has(String key) {
    return config.hasPath(quoted(key));
  }

  /** The keys of this section that hold objects, in file order is not kept, so sorted. */
  public List<String> keys() {
    return new ArrayList<>(new TreeSet<>(config.root().keySet()));
  }

  public String string(String key) {
    String value = read(key, ConfigValueType.STRING, () -> config.getString(quoted(key)));
    if (value.isBlank()) {
      throw invalid(key, "must not be empty");
    }
    return value;
  }

  public boolean bool(String key) {
    return read(key, ConfigValueType.BOOLEAN, () -> config.getBoolean(quoted(key)));
  }

  public int positiveInt(String key) {
    int value = read(key, ConfigValueType.NUMBER, () -> config.getInt(quoted(key)));
    if (value <= 0) {
      throw invalid(key, "must be a positive whole number, got " + value);
    }
    return value;
  }

  public long positiveLong(String key) {
    long value = read(key, ConfigValueType.NUMBER, () -> config.getLong(quoted(key)));
    if (value <= 0) {
      throw invalid(key, "must be a positive whole number, got " + value);
    }
    return value;
  }

  /** A finite number of zero or more, such as a weight in bits. */
  public double nonNegativeDouble(String key) {
    double value = read(key, ConfigValueType.NUMBER, () -> config.getDouble(quoted(key)));
    if (!(value >= 0.0) || Double.isInfinite(value)) {
      throw invalid(key, "must be a number of zero or more, got " + value);
    }
    return value;
  }

  /** A number in 0..1, such as a weight or a probability. */
  public double fraction(String key) {
    double value = read(key, ConfigValueType.NUMBER, () -> config.getDouble(quoted(key)));
    if (!(value >= 0.0 && value <= 1.0)) {
      throw invalid(key, "must be a number from 0 to 1, got " + value);
    }
    return value;
  }

  public List<String> stringList(String key) {
    return read(key, ConfigValueType.LIST, () -> config.getStringList(quoted(key)));
  }

  /** A map of string keys to numbers in 0..1. */
  public Map<String, Double> fractionMap(String key) {
    ConfigSection map = section(key);
    Map<String, Double> result = new LinkedHashMap<>();
    for (String entry : map.keys()) {
      result.put(entry, map.fraction(entry));
    }
    map.requireAllKeysRead();
    return result;
  }

  /** A map of string keys to strings. */
  public Map<String, String> stringMap(String key) {
    ConfigSection map = section(key);
    Map<String, String> result = new LinkedHashMap<>();
    for (String entry : map.keys()) {
      result.put(entry, map.string(entry));
    }
    map.requireAllKeysRead();
    return result;
  }

  /** Fails naming every key of this section that no typed config class read. */
  public void requireAllKeysRead() {
    List<String> unknown = new ArrayList<>();
    for (String key : new TreeSet<>(config.root().keySet())) {
      if (!read.contains(key)) {
        unknown.add(pathOf(key));
      }
    }
    if (!unknown.isEmpty()) {
      throw new ConfigException("unknown configuration key" + (unknown.size() > 1 ? "s " : " ")
          + String.join(", ", unknown));
    }
  }

  public ConfigException invalid(String key, String problem) {
    return new ConfigException("configuration key '" + pathOf(key) + "' " + problem);
  }

  private <T> T read(String key, ConfigValueType expected, java.util.function.Supplier<T> getter) {
    if (!config.hasPath(quoted(key))) {
      throw new ConfigException("configuration key '" + pathOf(key) + "' is missing");
    }
    ConfigValue value = config.getValue(quoted(key));
    if (value.valueType() != expected
        && !(expected == ConfigValueType.NUMBER && value.valueType() == ConfigValueType.STRING)
        && !(expected == ConfigValueType.BOOLEAN && value.valueType() == ConfigValueType.STRING)) {
      throw invalid(key, "must be " + describe(expected) + ", got " + describe(value.valueType()));
    }
    try {
      T result = getter.get();
      read.add(key);
      return result;
    } catch (com.typesafe.config.ConfigException e) {
      throw invalid(key, "must be " + describe(expected) + ": " + e.getMessage());
    }
  }

  private static String quoted(String key) {
    return key.matches("[A-Za-z0-9_-]+") ? key : "\"" + key.replace("\"", "\\\"") + "\"";
  }

  private static String describe(ConfigValueType type) {
    return switch (type) {
      case OBJECT -> "a section { ... }";
      case LIST -> "a list [ ... ]";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case NULL -> "null";
      case STRING -> "a string";
    };
  }
}
