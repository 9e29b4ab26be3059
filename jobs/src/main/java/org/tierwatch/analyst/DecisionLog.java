package org.tierwatch.analyst;

import static java.util.Objects.requireNonNull;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tierwatch.spark.Warehouse;

/**
 * The {@code decision_log} table: every analyst decision, from the command line or from decision
 * files, appended once and never updated in place, so the log is the audit trail of who decided
 * what and when.
 */
public final class DecisionLog {
  public static final String TABLE = "decision_log";

  public static final StructType SCHEMA = new StructType()
      .add("decision_id", DataTypes.StringType, false)
      .add("subject_type", DataTypes.StringType, false)
      .add("subject_key", DataTypes.StringType, false)
      .add("decision", DataTypes.StringType, false)
      .add("note", DataTypes.StringType)
      .add("analyst", DataTypes.StringType)
      .add("decided_on", DataTypes.DateType)
      .add("recorded_at", DataTypes.TimestampType)
      .add("origin", DataTypes.StringType);

  private final Warehouse warehouse;

  public DecisionLog(Warehouse warehouse) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
  }

  public void append(List<DecisionRecord> records) {
    requireNonNull(records, "records is null");
    append(warehouse.spark().createDataFrame(records.stream().map(DecisionLog::toRow).toList(),
        SCHEMA));
  }

  /** Appends rows already in {@link #SCHEMA}'s shape (column order is taken from the schema). */
  void append(Dataset<Row> rows) {
    warehouse.append(TABLE, rows.select(SCHEMA.fieldNames()[0], java.util.Arrays.copyOfRange(
        SCHEMA.fieldNames(), 1, SCHEMA.fieldNames().length)));
  }

  /** Creates the empty log on first use, so the views that read it exist before any decision. */
  public void ensureExists() {
    if (!warehouse.exists(TABLE)) {
      append(List.of());
    }
  }

  /** The log as it stands, or an empty table of the log's shape before the first decision. */
  public Dataset<Row> read() {
    return warehouse.exists(TABLE) ? warehouse.read(TABLE)
        : warehouse.spark().createDataFrame(List.of(), SCHEMA);
  }

  private static Row toRow(DecisionRecord record) {
    return RowFactory.create(record.decisionId(), record.subjectType(), record.subjectKey(),
        record.decision(), record.note(), record.analyst(), Date.valueOf(record.decidedOn()),
        Timestamp.from(record.recordedAt()), record.origin());
  }
}
