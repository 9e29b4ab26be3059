package org.tierwatch.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.map_entries;
import static org.apache.spark.sql.functions.to_json;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.MapType;

/** Tables made fit for spark-testing-base's set comparisons. */
public final class ComparableTables {
  /** The columns that name the run which read or wrote a row: lineage, not content. */
  public static final List<String> RUN_ID_COLUMNS = List.of("run_id", "ingest_run_id");

  private ComparableTables() {}

  /**
   * The table with its map columns as JSON text of their entries sorted by key (maps cannot
   * take part in set operations, and a map keeps its keys in the order the rows that built it
   * came in) and without the named columns.
   */
  public static Dataset<Row> comparable(Dataset<Row> table, List<String> without) {
    Column[] columns = Arrays.stream(table.schema().fields())
        .filter(f -> !without.contains(f.name()))
        .map(f -> f.dataType() instanceof MapType
            ? to_json(array_sort(map_entries(col(f.name())))).as(f.name()) : col(f.name()))
        .toArray(Column[]::new);
    return table.select(columns);
  }

  public static Dataset<Row> comparable(Dataset<Row> table) {
    return comparable(table, List.of());
  }

  /** Asserts that two warehouses hold the same rows in every table but those named. */
  public static void assertSameTables(SharedSparkSession spark, Warehouse expected, Warehouse actual,
      List<String> skippedTables) {
    List<String> tables = expected.listTables().stream()
        .filter(t -> !skippedTables.contains(t)).toList();
    org.junit.jupiter.api.Assertions.assertEquals(tables, actual.listTables().stream()
        .filter(t -> !skippedTables.contains(t)).toList());
    for (String table : tables) {
      Dataset<Row> want = comparable(expected.read(table), RUN_ID_COLUMNS);
      Dataset<Row> got = comparable(actual.read(table), RUN_ID_COLUMNS);
      org.junit.jupiter.api.Assertions.assertEquals(want.count(), got.count(), table);
      spark.assertDataFrameNoOrderEquals(want, got);
    }
  }
}
