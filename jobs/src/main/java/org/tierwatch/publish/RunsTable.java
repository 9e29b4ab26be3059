package org.tierwatch.publish;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaTable;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tierwatch.ingest.FileIngestStats;
import org.tierwatch.pipeline.StageTiming;
import org.tierwatch.spark.Warehouse;

/** The {@code runs} table: one row per run id; running a date again replaces its row. */
public final class RunsTable {
  public static final String TABLE = "runs";

  private static final StructType FILE = new StructType()
      .add("source", DataTypes.StringType)
      .add("path", DataTypes.StringType)
      .add("bytes", DataTypes.LongType)
      .add("sha256", DataTypes.StringType)
      .add("rows_read", DataTypes.LongType)
      .add("rows_accepted", DataTypes.LongType)
      .add("rows_quarantined", DataTypes.LongType);
  private static final StructType STAGE = new StructType()
      .add("stage", DataTypes.StringType)
      .add("seconds", DataTypes.DoubleType)
      .add("rows", DataTypes.LongType);
  static final StructType SCHEMA = new StructType()
      .add("run_id", DataTypes.StringType, false)
      .add("run_date", DataTypes.DateType)
      .add("status", DataTypes.StringType)
      .add("started_at", DataTypes.TimestampType)
      .add("finished_at", DataTypes.TimestampType)
      .add("duration_seconds", DataTypes.DoubleType)
      .add("input_dir", DataTypes.StringType)
      .add("code_version", DataTypes.StringType)
      .add("config_hash", DataTypes.StringType)
      .add("rows_read", DataTypes.LongType)
      .add("rows_accepted", DataTypes.LongType)
      .add("rows_quarantined", DataTypes.LongType)
      .add("input_files", DataTypes.createArrayType(FILE))
      .add("ignored_files", DataTypes.createArrayType(DataTypes.StringType))
      .add("stages", DataTypes.createArrayType(STAGE))
      .add("table_versions", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType))
      .add("counts", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType))
      .add("error", DataTypes.StringType);

  private final Warehouse warehouse;

  public RunsTable(Warehouse warehouse) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
  }

  public void record(RunRecord run) {
    Dataset<Row> row = warehouse.spark().createDataFrame(List.of(toRow(run)), SCHEMA);
    if (!warehouse.exists(TABLE)) {
      warehouse.overwrite(TABLE, row);
      return;
    }
    DeltaTable.forPath(warehouse.spark(), warehouse.tablePath(TABLE)).as("runs")
        .merge(row.as("run"), "runs.run_id = run.run_id")
        .whenMatched().updateAll()
        .whenNotMatched().insertAll()
        .execute();
  }

  /** The build and configuration hash of the last run that succeeded, if any did. */
  public Optional<RunBasis> lastSucceeded() {
    if (!warehouse.exists(TABLE)) {
      return Optional.empty();
    }
    List<Row> last = warehouse.read(TABLE)
        .filter(col("status").equalTo(RunRecord.SUCCEEDED))
        .orderBy(col("finished_at").desc())
        .select("code_version", "config_hash")
        .limit(1)
        .collectAsList();
    return last.isEmpty() ? Optional.empty()
        : Optional.of(new RunBasis(last.get(0).getString(0), last.get(0).getString(1)));
  }

  private static Row toRow(RunRecord run) {
    List<Row> files = run.ingest().files().stream().map(RunsTable::fileRow).toList();
    List<Row> stages = run.stages().stream().map(RunsTable::stageRow).toList();
    return RowFactory.create(
        run.runId(),
        Date.valueOf(run.runDate()),
        run.status(),
        Timestamp.from(run.startedAt()),
        Timestamp.from(run.finishedAt()),
        (run.finishedAt().toEpochMilli() - run.startedAt().toEpochMilli()) / 1000.0,
        run.inputDirectory(),
        run.codeVersion(),
        run.configHash(),
        run.ingest().rowsRead(),
        run.ingest().rowsAccepted(),
        run.ingest().rowsQuarantined(),
        files,
        run.ingest().ignoredFiles(),
        stages,
        new TreeMap<>(run.tableVersions()),
        new TreeMap<>(run.counts()),
        run.error());
  }

  private static Row fileRow(FileIngestStats file) {
    return RowFactory.create(file.source(), file.path(), file.bytes(), file.sha256(),
        file.rowsRead(), file.rowsAccepted(), file.rowsQuarantined());
  }

  private static Row stageRow(StageTiming stage) {
    return RowFactory.create(stage.stage(), stage.seconds(), stage.rows());
  }
}
