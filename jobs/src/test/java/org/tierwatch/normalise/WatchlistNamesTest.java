package org.tierwatch.normalise;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierwatch.spark.SparkSessionExtension;

/** Each name of a watchlist entity is a row of its own, with a record id of its own. */
@ExtendWith(SparkSessionExtension.class)
class WatchlistNamesTest {
  private static final StructType RAW = new StructType()
      .add("entity_name", DataTypes.StringType)
      .add("aliases", DataTypes.StringType)
      .add("source_file", DataTypes.StringType)
      .add("line_number", DataTypes.LongType);

  private static List<String> namesAndIds(SparkSession spark, Row... rows) {
    Dataset<Row> raw = spark.createDataFrame(List.of(rows), RAW);
    Dataset<Row> names = WatchlistNames.of(raw);
    return names.orderBy(col("line_number"), col("name_index"))
        .select(col("name"), WatchlistNames.recordId().as("record_id"))
        .collectAsList().stream()
        .map(row -> row.getString(0) + " @ " + row.getString(1))
        .toList();
  }

  @Test
  void theEntityNameAndEachAliasAreNames(SparkSession spark) {
    assertEquals(
        List.of(
            "LIANSHENG GARMENT CO LTD @ w.csv:2",
            "Lian Sheng Protective Clothing @ w.csv:2#alias1",
            "丹东联胜防护服装有限公司 @ w.csv:2#alias2"),
        namesAndIds(spark, RowFactory.create("LIANSHENG GARMENT CO LTD",
            "Lian Sheng Protective Clothing | 丹东联胜防护服装有限公司", "w.csv", 2L)));
  }

  @Test
  void blankAliasesAndNoAliasesLeaveTheEntityName(SparkSession spark) {
    assertEquals(
        List.of("MORANBONG MARINE @ w.csv:3", "HAEGUMGANG TRADING @ w.csv:4"),
        namesAndIds(spark,
            RowFactory.create("MORANBONG MARINE", " | ||", "w.csv", 3L),
            RowFactory.create("HAEGUMGANG TRADING", null, "w.csv", 4L)));
  }
}
