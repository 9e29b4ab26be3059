package org.tierwatch.config;

import static java.util.Objects.requireNonNull;

/**
 * Where the result tables live: a directory or object-store URI, and the catalog database that
 * names them.
 */
public record WarehouseConfig(String path, String database) {

  public WarehouseConfig {
    requireNonNull(path, "path is null");
    requireNonNull(database, "database is null");
    if (!database.matches("[a-z_][a-z0-9_]*")) {
      throw new ConfigException("warehouse.database must be a lower-case SQL identifier, got '"
          + database + "'");
    }
  }

  public WarehouseConfig withPath(String newPath) {
    return new WarehouseConfig(newPath, database);
  }

  static WarehouseConfig from(ConfigSection section) {
    WarehouseConfig config = new WarehouseConfig(section.string("path"), section.string("database"));
    section.requireAllKeysRead();
    return config;
  }
}
