package org.tierwatch.pipeline;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.tierwatch.spark.Warehouse;

/**
 * Makes a run all-or-nothing across tables. Before a run writes, it records every table's Delta
 * version in a marker file that only one run can create; when the run fails, or when the next
 * run finds the marker of one that was killed, every table goes back to its recorded version
 * and tables the run created are removed. A marker whose process still lives on this host means
 * a second run was started by mistake, and it stops.
 */
public final class RunGuard {
  static final String MARKER = "_run_in_progress.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Warehouse warehouse;
  private final Path marker;
  private final Map<String, Long> versionsBefore;

  private RunGuard(Warehouse warehouse, Path marker, Map<String, Long> versionsBefore) {
    this.warehouse = warehouse;
    this.marker = marker;
    this.versionsBefore = versionsBefore;
  }

  /** Recovers from a killed run if needed, then claims the warehouse for this run. */
  public static RunGuard begin(Warehouse warehouse, String runId, Progress progress) {
    requireNonNull(warehouse, "warehouse is null");
    Path marker = new Path(new Path(warehouse.root(), warehouse.database()), MARKER);
    FileSystem fs = warehouse.fileSystem();
    try {
      if (fs.exists(marker)) {
        JsonNode previous = read(fs, marker);
        if (isAlive(previous)) {
          throw new RunConflictException("another nightly run (" + previous.path("run_id").asText()
              + ", process " + previous.path("pid").asLong() + " on "
              + previous.path("host").asText() + ", started " + previous.path("started_at").asText()
              + ") is writing to " + warehouse.root() + "; wait for it to finish");
        }
        progress.say("recovering: the run " + previous.path("run_id").asText()
            + " was interrupted; putting its tables back as they were");
        if (previous.has("tables")) {
          restore(warehouse, versions(previous));
        }
        fs.delete(marker, false);
      }
      Map<String, Long> versions = new LinkedHashMap<>();
      for (String table : warehouse.listTables()) {
        versions.put(table, warehouse.version(table));
      }
      ObjectNode node = JSON.createObjectNode();
      node.put("run_id", runId);
      node.put("pid", ProcessHandle.current().pid());
      node.put("host", hostName());
      node.put("started_at", Instant.now().toString());
      ObjectNode tables = node.putObject("tables");
      versions.forEach(tables::put);
      try (OutputStream out = fs.create(marker, false)) {
        JSON.writeValue(out, node);
      }
      return new RunGuard(warehouse, marker, versions);
    } catch (FileAlreadyExistsException e) {
      throw new RunConflictException("another nightly run started on " + warehouse.root()
          + " at the same moment; wait for it to finish");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot claim warehouse " + warehouse.root(), e);
    }
  }

  /** The run succeeded: its tables stand. */
  public void commit() {
    try {
      warehouse.fileSystem().delete(marker, false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release warehouse " + warehouse.root(), e);
    }
  }

  /** The run failed: every table goes back to where it was before the run. */
  public void rollback() {
    restore(warehouse, versionsBefore);
    commit();
  }

  private static void restore(Warehouse warehouse, Map<String, Long> versions) {
    FileSystem fs = warehouse.fileSystem();
    for (String table : warehouse.listTables()) {
      Long before = versions.get(table);
      try {
        if (before == null) {
          warehouse.spark().sql("DROP TABLE IF EXISTS " + warehouse.qualifiedName(table));
          fs.delete(new Path(warehouse.tablePath(table)), true);
        } else if (warehouse.version(table) > before) {
          DeltaTable.forPath(warehouse.spark(), warehouse.tablePath(table))
              .restoreToVersion(before);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot restore table " + table, e);
      }
    }
  }

  private static boolean isAlive(JsonNode marker) {
    long pid = marker.path("pid").asLong(-1);
    return hostName().equals(marker.path("host").asText())
        && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private static Map<String, Long> versions(JsonNode marker) {
    Map<String, Long> versions = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = marker.path("tables").fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      versions.put(field.getKey(), field.getValue().asLong());
    }
    return versions;
  }

  private static JsonNode read(FileSystem fs, Path marker) throws IOException {
    try (InputStream in = fs.open(marker)) {
      return JSON.readTree(in);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return JSON.createObjectNode();
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
