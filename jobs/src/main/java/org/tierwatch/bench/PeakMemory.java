package org.tierwatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JVM's memory pool peaks since it started. Embedded Spark runs its executors in this JVM,
 * so these are the whole job's peaks. The heap figure adds the pools' peaks, which need not
 * have happened at once: an upper bound.
 */
record PeakMemory(long heapPeakBytes, long heapMaxBytes, Map<String, Long> poolPeakBytes) {
  PeakMemory {
    poolPeakBytes = Map.copyOf(poolPeakBytes);
  }

  static PeakMemory now() {
    long heap = 0;
    Map<String, Long> pools = new LinkedHashMap<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      long peak = pool.getPeakUsage() == null ? 0 : pool.getPeakUsage().getUsed();
      pools.put(pool.getName(), peak);
      if (pool.getType() == MemoryType.HEAP) {
        heap += peak;
      }
    }
    return new PeakMemory(heap, Runtime.getRuntime().maxMemory(), pools);
  }
}
