package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierwatch.spark.SparkSessionExtension;

/** Companies behind a name, counted by the postcodes its records write. */
@ExtendWith(SparkSessionExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NamesakesTest {
  private static final StructType NAMED = new StructType()
      .add("name_key", DataTypes.StringType)
      .add("address", DataTypes.StringType);

  private Map<String, Long> namesakes;

  @BeforeAll
  void count(SparkSession spark) {
    List<Row> rows = List.of(
        RowFactory.create("SEOUL", "1 TEHERAN-RO, GANGNAM-GU, SEOUL 06328, KOREA"),
        RowFactory.create("SEOUL", "1 Teheran-ro, Gangnam-gu, Seoul 06328, Korea"),
        RowFactory.create("SEOUL", "195 TEHERAN-RO, SEOUL 06074, KOREA TEL: +82 2 26011"),
        RowFactory.create("SEOUL", "P.C. 02138"),
        RowFactory.create("SEOUL", null),
        RowFactory.create("ORDER", "ORDER NO. 131413, 109 HUANGHE RD., GUANGZHOU 510082, CHINA"),
        RowFactory.create("ORDER", "ORDER NO. 131413, 109 HUANGHE"),
        RowFactory.create("ORDER", "ORDER NO. 131413, 109 HUANGHE RD., GUANGZHOU 51008"),
        RowFactory.create("ORDER", "510082"),
        RowFactory.create("PHONE", "NO. 256 KAIFA ROAD, TIANJIN 300085 FAX 22680"),
        RowFactory.create("PHONE", "TEL 86-22-68045 116"),
        RowFactory.create("GLUED", "ROOM A12345, 99 B123456 ROAD"),
        RowFactory.create("LETTERS", "338 FALCON ROAD, MANCHESTER WZ6 0KN, UNITED KINGDOM"),
        RowFactory.create("LETTERS", "338 Falcon Road, Manchester WZ60KN"),
        RowFactory.create("LETTERS", "338 FALCON ROAD, MANCHESTER W"),
        RowFactory.create("LETTERS", "UNIT B2 3RD FLOOR, 17 HIGH STREET, LEEDS LS1 4DY"),
        RowFactory.create("LETTERS", "1791 Summit Street, Toronto L2P 0L6, CANADA"),
        RowFactory.create("LETTERS", "1910 Delta Road, Yokohama 802-3134, JAPAN"),
        RowFactory.create("LETTERS", "UL. PORTOWA 3, 70-001 SZCZECIN"),
        RowFactory.create("LETTERS", "1910 Delta Road, Yokohama 802-313"),
        RowFactory.create(null, "1 TEHERAN-RO, SEOUL 06328"));
    namesakes = Namesakes.of(spark.createDataFrame(rows, NAMED)).collectAsList().stream()
        .collect(Collectors.toMap(row -> row.getAs("name_key"), row -> row.getAs("namesakes")));
  }

  @Test
  void countsTheDistinctPostcodesOfAName() {
    assertEquals(3L, namesakes.get("SEOUL"));
  }

  @Test
  void countsNoOrderNumberAndNoPostcodeCutShort() {
    assertEquals(1L, namesakes.get("ORDER"));
  }

  @Test
  void countsNoNumberAfterATelephoneLabel() {
    assertEquals(1L, namesakes.get("PHONE"));
  }

  @Test
  void countsPostcodesWithLettersOrAHyphenAsTheirCountriesWriteThem() {
    assertEquals(5L, namesakes.get("LETTERS"),
        "WZ6 0KN however spaced, LS1 4DY (not the floor B2 3RD), L2P 0L6, 802-3134, 70-001");
  }

  @Test
  void leavesOutNamesWithoutAPostcodeAndRecordsWithoutAName() {
    assertFalse(namesakes.containsKey("GLUED"));
    assertEquals(4, namesakes.size());
  }
}
