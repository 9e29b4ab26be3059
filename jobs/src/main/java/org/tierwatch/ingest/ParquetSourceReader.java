package org.tierwatch.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads a source's Parquet files into the same ingested rows as CSV: values are taken as text
 * and pass the same validator, the raw line is the row as JSON, and the line number is the row's
 * position in its file, counted from 1.
 */
final class ParquetSourceReader {
  private ParquetSourceReader() {}

  static Dataset<Row> read(SparkSession spark, InputSource source, List<InputFile> files,
      int maxFieldChars) {
    String[] paths = files.stream().map(InputFile::path).toArray(String[]::new);
    Dataset<Row> parquet = spark.read().option("mergeSchema", "true").parquet(paths);
    String[] names = parquet.columns();
    List<Column> selected = new ArrayList<>();
    for (String name : names) {
      selected.add(col("`" + name + "`").cast("string"));
    }
    Column[] originals = Arrays.stream(names).map(n -> col("`" + n + "`")).toArray(Column[]::new);
    selected.add(to_json(struct(originals)).as("__raw"));
    selected.add(col("_metadata.file_path").as("__file"));
    selected.add(col("_metadata.row_index").as("__row"));
    Dataset<Row> text = parquet.select(selected.toArray(Column[]::new));
    HeaderMapping header = HeaderMapping.of(source, "parquet files of " + source.id(),
        Arrays.asList(names));
    RowValidator validator = new RowValidator(header, maxFieldChars);
    int fieldCount = names.length;
    return spark.createDataFrame(text.javaRDD().map(row -> {
      List<String> fields = new ArrayList<>(fieldCount);
      for (int i = 0; i < fieldCount; i++) {
        fields.add(row.isNullAt(i) ? "" : row.getString(i));
      }
      String raw = row.getString(fieldCount);
      return IngestedRowSchema.row(source, row.getString(fieldCount + 1),
          row.getLong(fieldCount + 2) + 1, validator.validate(fields, false), raw);
    }), IngestedRowSchema.of(source));
  }
}
