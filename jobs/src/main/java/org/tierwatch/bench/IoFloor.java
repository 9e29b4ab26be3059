package org.tierwatch.bench;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tierwatch.ingest.InputDiscovery;
import org.tierwatch.ingest.InputFile;
import org.tierwatch.ingest.InputSource;
import org.tierwatch.spark.Warehouse;

/**
 * The I/O floor: reads every input file the nightly job would read, with Spark's own CSV reader
 * and every column a string, and writes the same rows as Delta tables with no logic at all. No
 * job that reads and writes the same data can be faster on the same machine.
 */
final class IoFloor {
  /** How long the floor took and how many rows it wrote. */
  record Result(double seconds, long rows, long bytes, int files) {}

  private final Warehouse scratch;

  IoFloor(Warehouse scratch) {
    this.scratch = requireNonNull(scratch, "scratch is null");
  }

  Result measure(String inputDirectory) {
    SparkSession spark = scratch.spark();
    InputDiscovery.Found found =
        InputDiscovery.discover(inputDirectory, spark.sparkContext().hadoopConfiguration());
    long started = System.nanoTime();
    for (InputSource source : InputSource.values()) {
      List<InputFile> files = found.of(source);
      if (!files.isEmpty()) {
        scratch.overwrite(source.rawTable(), read(spark, files));
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long rows = 0;
    for (InputSource source : InputSource.values()) {
      if (!found.of(source).isEmpty()) {
        rows += scratch.read(source.rawTable()).count();
      }
    }
    List<InputFile> all = found.all();
    return new Result(seconds, rows, all.stream().mapToLong(InputFile::bytes).sum(), all.size());
  }

  private static Dataset<Row> read(SparkSession spark, List<InputFile> files) {
    String[] csv = files.stream().filter(f -> !f.isParquet()).map(InputFile::path)
        .toArray(String[]::new);
    String[] parquet = files.stream().filter(InputFile::isParquet).map(InputFile::path)
        .toArray(String[]::new);
    Dataset<Row> rows = csv.length == 0 ? null
        : spark.read().option("header", "true").option("inferSchema", "false").csv(csv);
    if (parquet.length > 0) {
      Dataset<Row> fromParquet = spark.read().parquet(parquet);
      rows = rows == null ? fromParquet : rows.unionByName(fromParquet, true);
    }
    return rows;
  }
}
