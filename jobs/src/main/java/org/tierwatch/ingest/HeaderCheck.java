package org.tierwatch.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
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
    try (BufferedInputStream in = new BufferedInputStream(
        path.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(path));
        CsvRecordReader reader = CsvRecordReader.utf8(rejectUtf16(file, in), maxRecordChars)) {
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

  /**
   * A UTF-16 file (as spreadsheet tools save "Unicode text") would otherwise fail as a file
   * without a header, which hides the cause; its byte-order mark gives it away.
   */
  private static InputStream rejectUtf16(InputFile file, BufferedInputStream in)
      throws IOException {
    in.mark(2);
    int first = in.read();
    int second = in.read();
    in.reset();
    if ((first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF)) {
      throw new InputException(file.path() + ": the file is UTF-16 text, not UTF-8; convert it"
          + " (for example iconv -f UTF-16 -t UTF-8) and land it again");
    }
    return in;
  }
}
