package org.tierwatch.ingest;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The shape of a source's rows as they leave the readers: one row per input row, accepted or
 * quarantined, plus one summary row per file (its size and checksum, taken in the same pass).
 * In a summary row {@code line_number} holds the number of rows read from the file.
 */
public final class IngestedRowSchema {
  public static final String KIND = "record_kind";
  public static final String ACCEPTED = "accepted";
  public static final String QUARANTINED = "quarantined";
  public static final String FILE = "file";

  private IngestedRowSchema() {}

  public static StructType of(InputSource source) {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(KIND, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("source_file", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("line_number", DataTypes.LongType, true));
    fields.add(DataTypes.createStructField("reason", DataTypes.StringType, true));
    fields.add(DataTypes.createStructField("raw_line", DataTypes.StringType, true));
    for (ColumnSpec column : source.columns()) {
      fields.add(DataTypes.createStructField(column.name(), sparkType(column.type()), true));
    }
    fields.add(DataTypes.createStructField("extra_columns",
        DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), true));
    fields.add(DataTypes.createStructField("file_bytes", DataTypes.LongType, true));
    fields.add(DataTypes.createStructField("file_sha256", DataTypes.StringType, true));
    return DataTypes.createStructType(fields);
  }

  static DataType sparkType(ColumnType type) {
    return switch (type) {
      case TEXT, HS_CODE -> DataTypes.StringType;
      case DATE -> DataTypes.DateType;
      case AMOUNT, FRACTION -> DataTypes.DoubleType;
      case COUNT -> DataTypes.LongType;
    };
  }

  static Row row(InputSource source, String file, long line, ValidatedRow verdict, String raw) {
    int contract = source.columns().size();
    Object[] cells = new Object[contract + 8];
    cells[1] = file;
    cells[2] = line;
    if (verdict.isAccepted()) {
      cells[0] = ACCEPTED;
      Object[] values = verdict.values();
      for (int i = 0; i < contract; i++) {
        cells[5 + i] = values[i] instanceof LocalDate date ? Date.valueOf(date) : values[i];
      }
      cells[5 + contract] = scala.collection.JavaConverters
          .mapAsScalaMapConverter(verdict.extraColumns()).asScala();
    } else {
      cells[0] = QUARANTINED;
      cells[3] = verdict.reason();
      cells[4] = raw;
    }
    return RowFactory.create(cells);
  }

  static Row fileSummary(InputSource source, String file, long rowsRead, long bytes, String sha) {
    Object[] cells = new Object[source.columns().size() + 8];
    cells[0] = FILE;
    cells[1] = file;
    cells[2] = rowsRead;
    cells[cells.length - 2] = bytes;
    cells[cells.length - 1] = sha;
    return RowFactory.create(cells);
  }
}
