package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
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

/** Tokens priced by the distinct names carrying them, misspelt words counted as their word. */
@ExtendWith(SparkSessionExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenPricingTest {
  private static final StructType NORMALISED = new StructType()
      .add("party_key", DataTypes.StringType)
      .add("tokens", DataTypes.createArrayType(DataTypes.StringType));

  private Map<String, Row> priced;

  @BeforeAll
  void price(SparkSession spark) {
    List<Row> rows = new ArrayList<>(List.of(
        party("k1", "KYUNGIL", "POWER", "SYSTEM"),
        party("k2", "KYUNGIL", "POWER", "SYSTEM"),
        party("k3", "KYUNGIL", "POEWR", "SYSTEM"),
        party("k4", "KYUNGIL", "POWER", "SYSTEMM"),
        party("k5", "KYUNGIL", "PWOER", "SYTSEM"),
        party("t1", "JINHAI", "TRADING"),
        party("t2", "HAIXING", "TRADING"),
        party("t3", "BEILUN", "TRADING"),
        party("s1", "SINO", "ASIA"),
        party("s2", "SINA", "ASIA"),
        party("r1", "HANSOL", "LOGISTCS"),
        party("r2", "HANSOL", "LOGISTCS"),
        party("r3", "HANSOL", "LOGISTICS"),
        party("r4", "DAEWOO", "LOGISTICS")));
    Dataset<Row> normalised = spark.createDataFrame(rows, NORMALISED);
    priced = TokenPricing.of(normalised).collectAsList().stream()
        .collect(Collectors.toMap(row -> row.getAs("party_key"), row -> row));
  }

  @Test
  void aBrandMisspeltAroundCountsAsOneName() {
    assertEquals(1L, PartyNodes.tokenRecords(priced.get("k3")).get("KYUNGIL"));
    assertEquals("KYUNGIL POWER SYSTEM", priced.get("k3").getAs("name_signature"));
    assertEquals("KYUNGIL POWER SYSTEM", priced.get("k4").getAs("name_signature"));
    assertEquals("KYUNGIL POWER SYSTEM", priced.get("k5").getAs("name_signature"));
    assertEquals(1L, PartyNodes.tokenRecords(priced.get("k3")).get("POEWR"));
  }

  @Test
  void aWordOfManyDifferentNamesStaysCommon() {
    assertEquals(3L, PartyNodes.tokenRecords(priced.get("t1")).get("TRADING"));
    assertEquals(1L, PartyNodes.tokenRecords(priced.get("t1")).get("JINHAI"));
  }

  @Test
  void shortWordsAreNotCorrected() {
    assertEquals("ASIA SINA", priced.get("s2").getAs("name_signature"));
    assertEquals(2L, PartyNodes.tokenRecords(priced.get("s1")).get("ASIA"));
  }

  @Test
  void aSpellingTwoRecordsRepeatIsNoTypo() {
    // Names are priced once per distinct token list, but a word is read as a typo by the records
    // carrying it: two records of one spelling are two clerks, not one slip.
    assertEquals("HANSOL LOGISTCS", priced.get("r2").getAs("name_signature"));
    assertEquals(2L, PartyNodes.tokenRecords(priced.get("r1")).get("HANSOL"));
  }

  private static Row party(String key, String... tokens) {
    return RowFactory.create(key, List.of(tokens));
  }
}
