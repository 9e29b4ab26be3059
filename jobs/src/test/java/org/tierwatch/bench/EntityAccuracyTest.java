package org.tierwatch.bench;

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

/** Pairwise counts and B-cubed figures from the contingency table, checked against hand sums. */
@ExtendWith(SparkSessionExtension.class)
class EntityAccuracyTest {
  private static final StructType CONTINGENCY = new StructType()
      .add("company_id", DataTypes.StringType)
      .add("company_key", DataTypes.StringType)
      .add("mentions", DataTypes.LongType);

  @Test
  void aMergeCostsPrecisionAndASplitCostsRecall(SparkSession spark) {
    PrecisionRecall pairs = EntityAccuracy.pairwise(aMergeAndASplit(spark));
    // Put together: C(4,2) + C(2,2) = 7; belong together: C(5,2) + C(1,2) = 10; right: 3 + 1.
    assertEquals(new PrecisionRecall(4, 3, 6), pairs);
  }

  @Test
  void bCubedWeighsEveryMentionTheSame(SparkSession spark) {
    BCubed bCubed = EntityAccuracy.bCubed(aMergeAndASplit(spark));
    // Precision: (9/4 + 1/4 + 4/2) / 6 over C1 (4) and C2 (2); recall: (9/5 + 1/1 + 4/5) / 6.
    assertEquals(0.75, bCubed.precision(), 1e-12);
    assertEquals(0.6, bCubed.recall(), 1e-12);
  }

  @Test
  void aPerfectResolutionScoresOne(SparkSession spark) {
    List<Row> cells = List.of(RowFactory.create("C1", "A", 5L), RowFactory.create("C2", "B", 1L));
    Dataset<Row> perfect = spark.createDataFrame(cells, CONTINGENCY);
    PrecisionRecall pairs = EntityAccuracy.pairwise(perfect);
    assertEquals(1.0, pairs.precision());
    assertEquals(1.0, pairs.recall());
    assertEquals(10, pairs.truePositives());
    assertEquals(new BCubed(1.0, 1.0), EntityAccuracy.bCubed(perfect));
  }

  @Test
  void noMentionsIsAPerfectBCubed(SparkSession spark) {
    assertEquals(new BCubed(1.0, 1.0),
        EntityAccuracy.bCubed(spark.createDataFrame(List.of(), CONTINGENCY)));
  }

  // C1 holds 3 mentions of A and 1 of B (a wrong merge); A's other 2 mentions went to C2.
  private static Dataset<Row> aMergeAndASplit(SparkSession spark) {
    List<Row> cells = List.of(
        RowFactory.create("C1", "A", 3L),
        RowFactory.create("C1", "B", 1L),
        RowFactory.create("C2", "A", 2L));
    return spark.createDataFrame(cells, CONTINGENCY);
  }
}
