package org.tierwatch.cli;

/** How {@code sql} prints a result. */
enum OutputFormat {
  table,
  csv,
  json
}
