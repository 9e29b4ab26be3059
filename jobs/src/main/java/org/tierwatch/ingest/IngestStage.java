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
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.tierwatch.config.IngestConfig;
import org.tierwatch.spark.Warehouse;

/**
 * Reads each landed input file once, validates each row against the contract, and writes the
 * accepted rows to the raw tables (with file, line and run) and the rest to {@code quarantine}.
 * Nothing is dropped: per file, accepted + quarantined = rows read, which is checked here.
 *
 * <p>Runs are incremental ({@link IngestPlan}): only new and changed files are read, and their
 * rows replace the rows the same paths gave before in one Delta commit per table, so readers
 * see the old rows or the new, never both. A full refresh reads every file and rewrites the
 * tables whole.
 */
public final class IngestStage {
  private static final long SPLIT_BYTES = 64L << 20;

  public static final String QUARANTINE_TABLE = "quarantine";

  private final Warehouse warehouse;
  private final IngestConfig config;

  public IngestStage(Warehouse warehouse, IngestConfig config) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.config = requireNonNull(config, "config is null");
  }

  /** An incremental run: reads what is new or changed since the last run. */
  public IngestReport run(String inputDirectory, String runId) {
    return run(inputDirectory, runId, false);
  }

  public IngestReport run(String inputDirectory, String runId, boolean fullRefresh) {
    SparkSession spark = warehouse.spark();
    InputDiscovery.Found found =
        InputDiscovery.discover(inputDirectory, spark.sparkContext().hadoopConfiguration());
    IngestedFilesTable ingested = new IngestedFilesTable(warehouse);
    boolean rebuild = fullRefresh || !warehouse.exists(IngestedFilesTable.TABLE);
    IngestPlan plan = rebuild ? IngestPlan.fullRefresh(found.all())
        : IngestPlan.of(found.all(), ingested.read(), file -> digest(spark, file).sha256());
    HeaderCheck.check(spark, plan.toRead(), config.maxRecordChars());

    List<Dataset<Row>> persisted = new ArrayList<>();
    List<Dataset<Row>> quarantined = new ArrayList<>();
    List<FileIngestStats> stats = new ArrayList<>();
    List<IngestedFile> files = new ArrayList<>(plan.unchanged());
    Set<String> replacedInQuarantine = new TreeSet<>();
    try {
      for (InputSource source : InputSource.values()) {
        List<InputFile> toRead = plan.toRead(source);
        Set<String> replaced = plan.pathsToReplace(source);
        boolean incremental = !rebuild && warehouse.exists(source.rawTable());
        if (incremental && replaced.isEmpty()) {
          continue;
        }
        Dataset<Row> rows = read(spark, source, toRead)
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
        persisted.add(rows);
        List<FileIngestStats> sourceStats = fileStats(spark, source, toRead, rows);
        stats.addAll(sourceStats);
        for (int i = 0; i < toRead.size(); i++) {
          files.add(IngestedFile.read(toRead.get(i), sourceStats.get(i), runId));
        }
        Dataset<Row> accepted = acceptedRows(source, rows, runId);
        if (incremental) {
          replaceRows(source.rawTable(), "source_file", replaced, accepted);
        } else {
          warehouse.overwrite(source.rawTable(), accepted);
        }
        replacedInQuarantine.addAll(replaced);
        quarantined.add(rows.filter(col(IngestedRowSchema.KIND).equalTo(IngestedRowSchema.QUARANTINED))
            .select(lit(source.id()).as("source"), col("source_file").as("file"),
                col("line_number"), col("reason"), col("raw_line"), lit(runId).as("run_id")));
      }
      Dataset<Row> allQuarantined = quarantined.stream().reduce(Dataset::unionAll)
          .map(d -> d.coalesce(1)).orElse(null);
      if (rebuild || !warehouse.exists(QUARANTINE_TABLE)) {
        warehouse.overwrite(QUARANTINE_TABLE, allQuarantined == null
            ? spark.createDataFrame(List.of(), quarantineSchema()) : allQuarantined);
      } else if (allQuarantined != null) {
        replaceRows(QUARANTINE_TABLE, "file", replacedInQuarantine, allQuarantined);
      }
      ingested.write(files);
    } finally {
      persisted.forEach(Dataset::unpersist);
    }
    return new IngestReport(stats, found.ignored(),
        plan.unchanged().stream().map(IngestedFile::path).sorted().toList(),
        plan.removed().stream().map(IngestedFile::path).toList(),
        !rebuild && plan.replaced().isEmpty());
  }

  /**
   * Replaces the rows of the given files by the new rows in one commit: Delta's replaceWhere
   * deletes what matches the predicate and adds the new rows atomically, and checks that every
   * new row matches it.
   */
  private void replaceRows(String table, String fileColumn, Set<String> paths,
      Dataset<Row> rows) {
    String predicate = fileColumn + " IN (" + String.join(", ",
        paths.stream().map(IngestStage::sqlString).toList()) + ")";
    rows.write().format("delta").mode("overwrite").option("replaceWhere", predicate)
        .save(warehouse.tablePath(table));
  }

  private static String sqlString(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static StructType quarantineSchema() {
    return new StructType().add("source", DataTypes.StringType, false)
        .add("file", DataTypes.StringType, false).add("line_number", DataTypes.LongType)
        .add("reason", DataTypes.StringType).add("raw_line", DataTypes.StringType)
        .add("run_id", DataTypes.StringType, false);
  }

  /**
   * Tasks for reading CSV files: about one per {@link #SPLIT_BYTES} of input, at least one per
   * core, never more than one per file. A task per file would make a year of small daily files
   * (365 per source) cost more in scheduling than in reading.
   */
  private static int csvPartitions(SparkSession spark, List<InputFile> files) {
    long bytes = files.stream().mapToLong(InputFile::bytes).sum();
    long wanted = Math.max(spark.sparkContext().defaultParallelism(), bytes / SPLIT_BYTES);
    return (int) Math.max(1, Math.min(files.size(), wanted));
  }

  private Dataset<Row> read(SparkSession spark, InputSource source, List<InputFile> files) {
    List<InputFile> csvFiles = files.stream().filter(f -> !f.isParquet()).toList();
    List<String> csv = csvFiles.stream().map(InputFile::path).toList();
    List<InputFile> parquet = files.stream().filter(InputFile::isParquet).toList();
    Dataset<Row> rows = spark.createDataFrame(List.of(), IngestedRowSchema.of(source));
    if (!csv.isEmpty()) {
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      rows = rows.unionAll(spark.createDataFrame(
          jsc.binaryFiles(String.join(",", csv), csvPartitions(spark, csvFiles))
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
