package org.tierwatch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Reads the header of every input file on the driver before any table is written, so a file
 * without a header or without a required column stops the run naming the file and the column.
 */
final class HeaderCheck {
  private HeaderCheck() {}

  static void check(SparkSession spark, List<InputFile> files, int maxRecordChars) {
    for (InputFile file : files) {
      if (file.isParquet()) {
        String[] columns = spark.read().parquet(file.path()).schema().fieldNames();
        HeaderMapping.of(file.source(), file.path(), Arrays.asList(columns));
      } else {
        checkCsv(spark, file, maxRecordChars);
      }
    }
  }

  private static void checkCsv(SparkSession spark, InputFile file, int maxRecordChars) {
    Path path = new Path(file.path());
    try (CsvRecordReader reader = CsvRecordReader.utf8(
        path.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(path),
        maxRecordChars)) {
      CsvRecord header = reader.next();
      if (header == null) {
        return;
      }
      if (!header.readable()) {
        throw new InputException(file.path() + ": the header cannot be read: " + header.problem());
      }
      HeaderMapping.of(file.source(), file.path(), header.fields());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.path(), e);
    }
  }
}
