package org.tierwatch.locate;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;

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

  public long run() {
    Dataset<Row> addresses = warehouse.read(PartiesStage.TABLE)
        .select(col("address_key"), col("address"), col("country_raw"), col("registration_id"))
        .dropDuplicates("address_key");
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
    warehouse.overwrite(TABLE, warehouse.spark().createDataFrame(located, SCHEMA));
    return warehouse.read(TABLE).count();
  }
}
