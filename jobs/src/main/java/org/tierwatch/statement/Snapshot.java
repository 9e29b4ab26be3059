package org.tierwatch.statement;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.publish.RunsTable;
import org.tierwatch.spark.Warehouse;

/**
 * The result tables as they stood after one run: each read at the Delta version the run
 * recorded in {@code runs.table_versions} (time travel), so later runs do not change it.
 */
public final class Snapshot {
  private final Warehouse warehouse;
  private final String runId;
  private final Date runDate;
  private final Map<String, Long> versions;

  private Snapshot(Warehouse warehouse, String runId, Date runDate, Map<String, Long> versions) {
    this.warehouse = warehouse;
    this.runId = runId;
    this.runDate = runDate;
    this.versions = Map.copyOf(versions);
  }

  /** The last successful run on or before the date, if there is one. */
  public static Optional<Snapshot> asOf(Warehouse warehouse, java.time.LocalDate date) {
    requireNonNull(warehouse, "warehouse is null");
    requireNonNull(date, "date is null");
    if (!warehouse.exists(RunsTable.TABLE)) {
      return Optional.empty();
    }
    List<Row> runs = warehouse.read(RunsTable.TABLE)
        .filter(col("status").equalTo("succeeded").and(col("run_date").leq(lit(Date.valueOf(date)))))
        .orderBy(col("run_date").desc()).limit(1)
        .select("run_id", "run_date", "table_versions").collectAsList();
    if (runs.isEmpty()) {
      return Optional.empty();
    }
    Row run = runs.get(0);
    return Optional.of(new Snapshot(warehouse, run.getString(0), run.getDate(1),
        run.getJavaMap(2)));
  }

  public String runId() {
    return runId;
  }

  public java.time.LocalDate runDate() {
    return runDate.toLocalDate();
  }

  public boolean has(String table) {
    return versions.containsKey(table) && versions.get(table) >= 0;
  }

  /** The table at the run's version. */
  public Dataset<Row> table(String table) {
    if (!has(table)) {
      throw new IllegalStateException("run " + runId + " recorded no version of " + table);
    }
    return warehouse.spark().read().format("delta").option("versionAsOf", versions.get(table))
        .load(warehouse.tablePath(table));
  }
}
