package org.tierwatch.bench;

import static java.util.Objects.requireNonNull;

/** Where the benchmark ran: cores, driver heap, Java, and the Spark master. */
record Machine(int processors, long maxHeapBytes, String javaVersion, String sparkMaster) {
  Machine {
    requireNonNull(javaVersion, "javaVersion is null");
    requireNonNull(sparkMaster, "sparkMaster is null");
  }

  static Machine current(String sparkMaster) {
    return new Machine(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        sparkMaster);
  }
}
