package org.tierwatch.spark;

import static java.util.Objects.requireNonNull;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.TableIdentifier;
import scala.Option;

/**
 * The result tables: Delta tables under {@code <warehouse>/<database>/<table>}, named in the
 * session catalog as {@code <database>.<table>}.
 *
 * <p>The catalog is Spark's in-memory one, rebuilt at every session start from the Delta
 * directories found under the warehouse. A persistent metastore would add a Derby or Hive
 * service to every machine; path-based tables need nothing but the storage, which is what a
 * cluster with an object-store warehouse has too.
 */
public final class Warehouse {
  private final SparkSession spark;
  private final Path root;
  private final String database;

  public Warehouse(SparkSession spark, String location, String database) {
    this.spark = requireNonNull(spark, "spark is null");
    this.database = requireNonNull(database, "database is null");
    Path path = new Path(requireNonNull(location, "location is null"));
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      this.root = fs.makeQualified(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach warehouse " + location, e);
    }
  }

  public SparkSession spark() {
    return spark;
  }

  public String database() {
    return database;
  }

  public Path root() {
    return root;
  }

  public String tablePath(String table) {
    return new Path(new Path(root, database), table).toString();
  }

  public String qualifiedName(String table) {
    return database + "." + table;
  }

  public FileSystem fileSystem() {
    try {
      return root.getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach warehouse " + root, e);
    }
  }

  /** Names every Delta table found under the warehouse in the catalog. */
  public List<String> registerTables() {
    spark.sql("CREATE DATABASE IF NOT EXISTS " + database);
    List<String> tables = listTables();
    for (String table : tables) {
      register(table);
    }
    return tables;
  }

  /** The Delta tables present under the warehouse, sorted by name. */
  public List<String> listTables() {
    List<String> tables = new ArrayList<>();
    Path databasePath = new Path(root, database);
    FileSystem fs = fileSystem();
    try {
      if (!fs.exists(databasePath)) {
        return tables;
      }
      for (FileStatus status : fs.listStatus(databasePath)) {
        if (status.isDirectory() && !status.getPath().getName().startsWith("_")
            && fs.exists(new Path(status.getPath(), "_delta_log"))) {
          tables.add(status.getPath().getName());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list warehouse " + databasePath, e);
    }
    tables.sort(String::compareTo);
    return tables;
  }

  public boolean exists(String table) {
    return DeltaTable.isDeltaTable(spark, tablePath(table));
  }

  public Dataset<Row> read(String table) {
    return spark.read().format("delta").load(tablePath(table));
  }

  /** Replaces a table's content in one Delta commit; readers see the old or the new, never half. */
  public void overwrite(String table, Dataset<Row> rows) {
    rows.write().format("delta").mode("overwrite").option("overwriteSchema", "true")
        .save(tablePath(table));
    register(table);
  }

  /** Adds rows to a table in one Delta commit, creating the table on first use. */
  public void append(String table, Dataset<Row> rows) {
    rows.write().format("delta").mode("append").save(tablePath(table));
    register(table);
  }

  /**
   * Lets MERGE, UPDATE and DELETE mark the rows they replace in deletion vectors rather than
   * rewrite every file holding one: for a large table of which a night changes a few rows spread
   * over all its files. Readers need Delta 2.3 or later. A table that has them keeps them.
   */
  public void allowDeletionVectors(String table) {
    boolean allowed = DeltaTable.forPath(spark, tablePath(table)).detail()
        .selectExpr("properties['delta.enableDeletionVectors']").head().getString(0) != null;
    if (!allowed) {
      spark.sql("ALTER TABLE delta.`" + tablePath(table)
          + "` SET TBLPROPERTIES ('delta.enableDeletionVectors' = true)");
    }
  }

  /** The table's current Delta version, or -1 when it does not exist. */
  public long version(String table) {
    if (!exists(table)) {
      return -1;
    }
    return DeltaTable.forPath(spark, tablePath(table)).history(1)
        .select("version").head().getLong(0);
  }

  /** Where the catalog says a table is, or null when the catalog has no such table. */
  private URI registeredLocation(TableIdentifier name) {
    try {
      return spark.sessionState().catalog().getTableMetadata(name).location();
    } catch (AnalysisException e) {
      return null;
    }
  }

  /**
   * Names the table in the catalog at this warehouse's location. A name still bound to another
   * warehouse (a session that opened a second warehouse) is re-bound, never left pointing away.
   */
  private void register(String table) {
    spark.sql("CREATE DATABASE IF NOT EXISTS " + database);
    URI registered = registeredLocation(new TableIdentifier(table, Option.apply(database)));
    if (registered != null) {
      if (new Path(registered).equals(new Path(tablePath(table)))) {
        return;
      }
      spark.sql("DROP TABLE " + qualifiedName(table));
    }
    spark.sql("CREATE TABLE " + qualifiedName(table) + " USING DELTA LOCATION '"
        + tablePath(table).replace("'", "\\'") + "'");
  }
}
