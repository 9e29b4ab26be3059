package org.tierwatch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of every command that reads or writes tables. */
final class TableOptions {
  @Option(names = "--warehouse", paramLabel = "DIR",
      description = "Warehouse directory or URI (default: warehouse.path in the config, ./warehouse).")
  String warehouse;

  @Option(names = "--conf", paramLabel = "FILE",
      description = "Configuration file (default: conf/local.conf of the Tierwatch home).")
  Path conf;
}
