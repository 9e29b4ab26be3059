package org.tierwatch.statement;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tierwatch.spark.Warehouse;

/**
 * Builds a quarter's statement: its figures from the tables as they stood at the quarter's end,
 * the rows of that quarter in {@code statement_kpis} (replaced, so building again gives the same
 * table), and the self-contained HTML pack.
 */
public final class StatementBuilder {
  public static final String TABLE = "statement_kpis";

  static final StructType SCHEMA = new StructType()
      .add("quarter", DataTypes.StringType, false)
      .add("run_id", DataTypes.StringType, false)
      .add("section", DataTypes.StringType, false)
      .add("kpi", DataTypes.StringType, false)
      .add("dimension", DataTypes.StringType, false)
      .add("value", DataTypes.DoubleType, false)
      .add("unit", DataTypes.StringType, false)
      .add("previous_value", DataTypes.DoubleType);

  private final Warehouse warehouse;

  public StatementBuilder(Warehouse warehouse) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
  }

  /** What was built: the run it stands on, the figures, and the pack's path. */
  public record Result(String runId, List<Kpi> kpis, Path pack) {}

  /** Builds the statement; empty when no successful run ended on or before the quarter's end. */
  public java.util.Optional<Result> build(Quarter quarter, Path outDirectory) {
    requireNonNull(quarter, "quarter is null");
    requireNonNull(outDirectory, "outDirectory is null");
    java.util.Optional<Snapshot> found = Snapshot.asOf(warehouse, quarter.end());
    if (found.isEmpty()) {
      return java.util.Optional.empty();
    }
    Snapshot snapshot = found.get();
    List<Kpi> kpis = new KpiCalculator(snapshot, quarter.end()).compute();
    Map<String, Double> previous = new HashMap<>();
    Snapshot.asOf(warehouse, quarter.previous().end())
        .ifPresent(before -> new KpiCalculator(before, quarter.previous().end()).compute()
            .forEach(kpi -> previous.put(kpi.key(), kpi.value())));
    writeKpis(quarter, snapshot.runId(), kpis, previous);
    String html = new PackWriter(quarter, snapshot, kpis, previous,
        ExposedItems.of(snapshot, quarter.end())).render();
    Path pack = outDirectory.resolve("statement-" + quarter + ".html");
    try {
      Files.createDirectories(outDirectory);
      Files.writeString(pack, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + pack, e);
    }
    return java.util.Optional.of(new Result(snapshot.runId(), kpis, pack));
  }

  private void writeKpis(Quarter quarter, String runId, List<Kpi> kpis,
      Map<String, Double> previous) {
    List<Row> rows = kpis.stream().map(kpi -> RowFactory.create(quarter.toString(), runId,
        kpi.section(), kpi.name(), kpi.dimension(), kpi.value(), kpi.unit(),
        previous.get(kpi.key()))).toList();
    Dataset<Row> fresh = warehouse.spark().createDataFrame(rows, SCHEMA);
    if (!warehouse.exists(TABLE)) {
      warehouse.overwrite(TABLE, fresh);
      return;
    }
    DeltaTable.forPath(warehouse.spark(), warehouse.tablePath(TABLE))
        .delete(col("quarter").equalTo(quarter.toString()));
    warehouse.append(TABLE, fresh);
  }
}
