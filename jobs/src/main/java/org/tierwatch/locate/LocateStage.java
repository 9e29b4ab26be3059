package org.tierwatch.locate;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tierwatch.normalise.PartiesStage;
import org.tierwatch.spark.Warehouse;

/**
 * Locates every distinct party address once and writes {@code located_addresses}: the address as
 * seen, its province, city, confidence and the evidence that decided. The {@link Locator} runs
 * inside the executors, one instance per JVM, so the work spreads over the cluster.
 */
public final class LocateStage {
  public static final String TABLE = "located_addresses";

  static final StructType SCHEMA = new StructType()
      .add("address_key", DataTypes.StringType, false)
      .add("address", DataTypes.StringType)
      .add("country", DataTypes.StringType)
      .add("registration_id", DataTypes.StringType)
      .add("province", DataTypes.StringType, false)
      .add("city", DataTypes.StringType)
      .add("confidence", DataTypes.DoubleType, false)
      .add("conflict", DataTypes.BooleanType, false)
      .add("evidence", DataTypes.StringType);

  private final Warehouse warehouse;

  public LocateStage(Warehouse warehouse) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
  }

  /** Locates every distinct address of the parties. */
  public long run() {
    warehouse.overwrite(TABLE, located(addresses()));
    return warehouse.read(TABLE).count();
  }

  /**
   * Locates only the addresses no earlier run located, and drops those no party has any more (a
   * party whose greater registration id gave it another address key). Only for a run made by the
   * build and configuration that wrote the table, so that every address already there would be
   * placed the same again.
   */
  public long add() {
    Dataset<Row> wanted = addresses();
    Dataset<Row> known = warehouse.read(TABLE).select(col("address_key"));
    Dataset<Row> gone = known.join(wanted, known.col("address_key")
        .equalTo(wanted.col("address_key")), "left_anti");
    if (!gone.isEmpty()) {
      DeltaTable.forPath(warehouse.spark(), warehouse.tablePath(TABLE)).as("known")
          .merge(gone.as("gone"), "known.address_key = gone.address_key")
          .whenMatched().delete()
          .execute();
    }
    warehouse.append(TABLE, located(wanted.join(known, wanted.col("address_key")
        .equalTo(known.col("address_key")), "left_anti")));
    return warehouse.read(TABLE).count();
  }

  private Dataset<Row> addresses() {
    return warehouse.read(PartiesStage.TABLE)
        .select(col("address_key"), col("address"), col("country_raw"), col("registration_id"))
        .dropDuplicates("address_key");
  }

  private Dataset<Row> located(Dataset<Row> addresses) {
    JavaRDD<Row> located = addresses.javaRDD().mapPartitions(rows -> {
      Locator locator = Locator.standard();
      List<Row> out = new ArrayList<>();
      while (rows.hasNext()) {
        Row row = rows.next();
        Location location = locator.locate(new AddressQuery(row.getString(1), row.getString(2),
            row.getString(3), null));
        out.add(RowFactory.create(row.getString(0), row.getString(1), row.getString(2),
            row.getString(3), location.province().name(), location.city(),
            location.confidence(), location.conflict(), location.evidenceText()));
      }
      return out.iterator();
    });
    return warehouse.spark().createDataFrame(located, SCHEMA);
  }
}
