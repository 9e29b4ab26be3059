package org.tierwatch.ingest;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.tierwatch.config.IngestConfig;
import org.tierwatch.spark.Warehouse;

/**
 * Reads every landed input file once, validates each row against the contract, and writes the
 * accepted rows to the raw tables (with file, line and run) and the rest to {@code quarantine}.
 * Nothing is dropped: per file, accepted + quarantined = rows read, which is checked here.
 */
public final class IngestStage {
  public static final String QUARANTINE_TABLE = "quarantine";

  private final Warehouse warehouse;
  private final IngestConfig config;

  public IngestStage(Warehouse warehouse, IngestConfig config) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.config = requireNonNull(config, "config is null");
  }

  public IngestReport run(String inputDirectory, String runId) {
    SparkSession spark = warehouse.spark();
    InputDiscovery.Found found =
        InputDiscovery.discover(inputDirectory, spark.sparkContext().hadoopConfiguration());
    HeaderCheck.check(spark, found.all(), config.maxRecordChars());

    List<Dataset<Row>> persisted = new ArrayList<>();
    List<Dataset<Row>> quarantined = new ArrayList<>();
    List<FileIngestStats> stats = new ArrayList<>();
    try {
      for (InputSource source : InputSource.values()) {
        Dataset<Row> rows = read(spark, source, found.of(source))
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
        persisted.add(rows);
        stats.addAll(fileStats(spark, source, found.of(source), rows));
        warehouse.overwrite(source.rawTable(), acceptedRows(source, rows, runId));
        quarantined.add(rows.filter(col(IngestedRowSchema.KIND).equalTo(IngestedRowSchema.QUARANTINED))
            .select(lit(source.id()).as("source"), col("source_file").as("file"),
                col("line_number"), col("reason"), col("raw_line"), lit(runId).as("run_id")));
      }
      warehouse.overwrite(QUARANTINE_TABLE, quarantined.stream().reduce(Dataset::unionAll)
          .orElseThrow().coalesce(1));
    } finally {
      persisted.forEach(Dataset::unpersist);
    }
    return new IngestReport(stats, found.ignored());
  }

  private Dataset<Row> read(SparkSession spark, InputSource source, List<InputFile> files) {
    List<String> csv = files.stream().filter(f -> !f.isParquet()).map(InputFile::path).toList();
    List<InputFile> parquet = files.stream().filter(InputFile::isParquet).toList();
    Dataset<Row> rows = spark.createDataFrame(List.of(), IngestedRowSchema.of(source));
    if (!csv.isEmpty()) {
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      rows = rows.unionAll(spark.createDataFrame(
          jsc.binaryFiles(String.join(",", csv), Math.max(1, csv.size()))
              .flatMap(new CsvFileParser(source, config.maxRecordChars(), config.maxFieldChars())),
          IngestedRowSchema.of(source)));
    }
    if (!parquet.isEmpty()) {
      rows = rows.unionAll(ParquetSourceReader.read(spark, source, parquet, config.maxFieldChars()));
    }
    return rows;
  }

  private static Dataset<Row> acceptedRows(InputSource source, Dataset<Row> rows, String runId) {
    List<Column> columns = new ArrayList<>();
    columns.add(col("source_file"));
    columns.add(col("line_number"));
    source.columns().forEach(c -> columns.add(col(c.name())));
    columns.add(col("extra_columns"));
    columns.add(lit(runId).as("ingest_run_id"));
    return rows.filter(col(IngestedRowSchema.KIND).equalTo(IngestedRowSchema.ACCEPTED))
        .select(columns.toArray(Column[]::new));
  }

  /** Per-file counts, gathered from the persisted rows: one small row per file and kind. */
  private List<FileIngestStats> fileStats(SparkSession spark, InputSource source,
      List<InputFile> files, Dataset<Row> rows) {
    Map<String, long[]> counts = new HashMap<>();
    Map<String, String> digests = new HashMap<>();
    for (Row row : rows.groupBy(col("source_file"), col(IngestedRowSchema.KIND))
        .agg(count(lit(1)), max(col("line_number")), max(col("file_bytes")),
            max(col("file_sha256")))
        .collectAsList()) {
      long[] c = counts.computeIfAbsent(row.getString(0), f -> new long[4]);
      switch (row.getString(1)) {
        case IngestedRowSchema.ACCEPTED -> c[1] = row.getLong(2);
        case IngestedRowSchema.QUARANTINED -> c[2] = row.getLong(2);
        default -> {
          c[0] = row.getLong(3);
          c[3] = row.getLong(4);
          digests.put(row.getString(0), row.getString(5));
        }
      }
    }
    List<FileIngestStats> stats = new ArrayList<>();
    for (InputFile file : files) {
      long[] c = counts.getOrDefault(file.path(), new long[4]);
      String sha = digests.get(file.path());
      long bytes = c[3];
      long read = c[0];
      if (file.isParquet()) {
        HashingInputStream.FileDigest digest = digest(spark, file);
        sha = digest.sha256();
        bytes = digest.bytes();
        read = c[1] + c[2];
      }
      if (sha == null) {
        throw new IllegalStateException("no rows came back from " + file.path());
      }
      stats.add(new FileIngestStats(source.id(), file.path(), bytes, sha, read, c[1], c[2]));
    }
    return stats;
  }

  private static HashingInputStream.FileDigest digest(SparkSession spark, InputFile file) {
    try {
      return HashingInputStream.digest(file.path(), spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.path(), e);
    }
  }
}
