package org.tierwatch.config;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * How the job's SparkSession is built: master, application name, shuffle sizing, and any further
 * Spark properties the deployment needs (passed through unchanged).
 */
public record SparkSessionConfig(
    String master, String appName, int shufflePartitions, Map<String, String> properties) {

  public SparkSessionConfig {
    requireNonNull(master, "master is null");
    requireNonNull(appName, "appName is null");
    properties = Map.copyOf(requireNonNull(properties, "properties is null"));
  }

  static SparkSessionConfig from(ConfigSection section) {
    SparkSessionConfig config = new SparkSessionConfig(
        section.string("master"),
        section.string("app-name"),
        section.positiveInt("shuffle-partitions"),
        section.stringMap("properties"));
    section.requireAllKeysRead();
    return config;
  }
}
