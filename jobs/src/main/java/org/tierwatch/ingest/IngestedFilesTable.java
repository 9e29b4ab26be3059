package org.tierwatch.ingest;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tierwatch.spark.Warehouse;

/**
 * The {@code ingested_files} table: one row per landed file whose rows are in the raw tables.
 * It holds one small row per file, so it is read on the driver and rewritten whole each run.
 */
public final class IngestedFilesTable {
  public static final String TABLE = "ingested_files";

  static final StructType SCHEMA = new StructType()
      .add("path", DataTypes.StringType, false)
      .add("source", DataTypes.StringType)
      .add("size", DataTypes.LongType)
      .add("modified_at", DataTypes.LongType)
      .add("checksum", DataTypes.StringType)
      .add("run_id", DataTypes.StringType)
      .add("rows_read", DataTypes.LongType)
      .add("rows_accepted", DataTypes.LongType)
      .add("rows_quarantined", DataTypes.LongType);

  private final Warehouse warehouse;

  public IngestedFilesTable(Warehouse warehouse) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
  }

  /** The files earlier runs ingested; none when the table does not exist yet. */
  public List<IngestedFile> read() {
    if (!warehouse.exists(TABLE)) {
      return List.of();
    }
    List<IngestedFile> files = new ArrayList<>();
    for (Row row : warehouse.read(TABLE).collectAsList()) {
      files.add(new IngestedFile(row.getString(0), row.getString(1), row.getLong(2),
          row.getLong(3), row.getString(4), row.getString(5), row.getLong(6), row.getLong(7),
          row.getLong(8)));
    }
    return files;
  }

  public void write(List<IngestedFile> files) {
    List<Row> rows = files.stream().map(f -> RowFactory.create(f.path(), f.source(), f.size(),
        f.modifiedAt(), f.checksum(), f.runId(), f.rowsRead(), f.rowsAccepted(),
        f.rowsQuarantined())).toList();
    warehouse.overwrite(TABLE, warehouse.spark().createDataFrame(rows, SCHEMA).coalesce(1));
  }
}
