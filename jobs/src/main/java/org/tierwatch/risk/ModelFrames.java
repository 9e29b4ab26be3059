package org.tierwatch.risk;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pow;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Parts of the risk model as Spark values: the transformation pairs, the hop factor, bands. */
final class ModelFrames {
  private ModelFrames() {}

  /** Every (family_in, family_out) pair the map allows, a family becoming itself included. */
  static Dataset<Row> transformations(SparkSession spark, RiskModel model) {
    List<Row> pairs = new ArrayList<>();
    for (String input : model.families().ids()) {
      for (String output : model.families().ids()) {
        if (model.transformations().canBecome(input, output)) {
          pairs.add(RowFactory.create(input, output));
        }
      }
    }
    StructType schema = new StructType()
        .add("family_in", DataTypes.StringType, false)
        .add("family_out", DataTypes.StringType, false);
    return spark.createDataFrame(pairs, schema);
  }

  /** What a link of this share passes on per unit of supplier risk: d x share^gamma. */
  static Column hopFactor(RiskModel model, Column share) {
    PropagationSettings settings = model.propagation();
    return lit(settings.tierDecay()).multiply(pow(share, lit(settings.shareExponent())));
  }

  /** The band of a score, with the thresholds and rule of {@link Band#of}. */
  static Column band(RiskModel model, Column score) {
    BandThresholds bands = model.bands();
    return org.apache.spark.sql.functions.when(score.geq(bands.high()), Band.HIGH.name())
        .when(score.geq(bands.medium()), Band.MEDIUM.name())
        .when(score.gt(bands.low()), Band.LOW.name())
        .otherwise(Band.NONE.name());
  }
}
