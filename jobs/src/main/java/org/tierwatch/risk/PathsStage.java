package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tierwatch.graph.PortfolioLinksStage;
import org.tierwatch.spark.Warehouse;

/**
 * The top-k explanation paths of every SKU and company with a non-zero score, by k-best
 * expansion: each round extends the paths found in the round before by one supply link and
 * keeps the best k per state, so no path is enumerated beyond what can still rank. Paths are
 * simple (no company twice), at most max-depth links long, and never pass a remediated company.
 * On graphs without cycles this finds exactly the paths of {@link ReferencePropagator}; where
 * a cycle blocks all k best paths of a state, a weaker path through it may be missed.
 */
public final class PathsStage {
  static final StructType HOP = new StructType()
      .add("supplier_company_id", DataTypes.StringType)
      .add("buyer_id", DataTypes.StringType)
      .add("family_in", DataTypes.StringType)
      .add("family_out", DataTypes.StringType)
      .add("share", DataTypes.DoubleType);
  private static final String KEY = "concat(source_company_id, '/', source_family, concat_ws('',"
      + " transform(hops, h -> concat('>', h.buyer_id, '/', h.family_out, '@',"
      + " cast(h.share AS STRING)))))";

  private final Warehouse warehouse;
  private final RiskModel model;

  public PathsStage(Warehouse warehouse, RiskModel model) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.model = requireNonNull(model, "model is null");
  }

  /**
   * Paths by subject: subject_type, subject_id, target_family, rank, contribution,
   * source_company_id, source_family, source_own_risk, hops (flow order, source first).
   */
  public Dataset<Row> run(RiskScores scores) {
    Dataset<Row> atStates = bestPerState(scores);
    Dataset<Row> skuPaths = atStates
        .join(bomLines(scores), col("at_company").equalTo(col("supplier_company_id"))
            .and(col("at_family").equalTo(col("component_family"))))
        .select(lit("sku").as("subject_type"), col("sku").as("subject_id"),
            col("sku_family").as("target_family"),
            col("contribution").multiply(ModelFrames.hopFactor(model, col("supplier_share")))
                .as("contribution"),
            col("source_company_id"), col("source_family"), col("source_own_risk"),
            concat(col("hops"), array(struct(col("supplier_company_id"),
                col("sku").as("buyer_id"), col("component_family").as("family_in"),
                col("sku_family").as("family_out"), col("supplier_share").as("share")))).as("hops"))
        .filter(col("contribution").gt(0.0));
    Dataset<Row> companyPaths = atStates.select(lit("company").as("subject_type"),
        col("at_company").as("subject_id"), col("at_family").as("target_family"),
        col("contribution"), col("source_company_id"), col("source_family"),
        col("source_own_risk"), col("hops"));
    return topK(skuPaths.unionByName(companyPaths), col("subject_type"), col("subject_id"))
        .withColumnRenamed("path_rank", "rank")
        .localCheckpoint();
  }

  /** The best k paths ending at each state, from evidence-bearing sources upstream. */
  private Dataset<Row> bestPerState(RiskScores scores) {
    Dataset<Row> open = scores.states().filter(not(col("remediated")))
        .select(col("company_id"), col("family"));
    Dataset<Row> feeds = scores.feeds().filter(col("factor").gt(0.0))
        .join(open.select(col("company_id").as("supplier_id"), col("family").as("family_in")),
            new String[] {"supplier_id", "family_in"}, "left_semi")
        .join(open.select(col("company_id").as("buyer_id"), col("family").as("family_out")),
            new String[] {"buyer_id", "family_out"}, "left_semi");
    Dataset<Row> kept = scores.states()
        .filter(col("own_risk").gt(0.0).and(not(col("remediated"))))
        .select(col("company_id").as("at_company"), col("family").as("at_family"),
            col("own_risk").as("contribution"), col("company_id").as("source_company_id"),
            col("family").as("source_family"), col("own_risk").as("source_own_risk"),
            array().cast(DataTypes.createArrayType(HOP)).as("hops"),
            array(col("company_id")).as("visited"))
        .localCheckpoint();
    Dataset<Row> frontier = kept;
    for (int depth = 1; depth <= model.propagation().maxDepth() && !frontier.isEmpty(); depth++) {
      Dataset<Row> extended = frontier
          .join(feeds, col("at_company").equalTo(col("supplier_id"))
              .and(col("at_family").equalTo(col("family_in"))))
          .filter(not(array_contains(col("visited"), col("buyer_id"))))
          .select(col("buyer_id").as("at_company"), col("family_out").as("at_family"),
              col("contribution").multiply(col("factor")).as("contribution"),
              col("source_company_id"), col("source_family"), col("source_own_risk"),
              concat(col("hops"), array(struct(col("supplier_id").as("supplier_company_id"),
                  col("buyer_id"), col("family_in"), col("family_out"), col("share"))))
                  .as("hops"),
              concat(col("visited"), array(col("buyer_id"))).as("visited"),
              lit(true).as("fresh"));
      Dataset<Row> ranked = topK(kept.withColumn("fresh", lit(false)).unionByName(extended),
          col("at_company"), col("at_family")).drop("path_rank").localCheckpoint();
      kept = ranked.drop("fresh");
      frontier = ranked.filter(col("fresh")).drop("fresh");
    }
    return kept.drop("visited");
  }

  private Dataset<Row> bomLines(RiskScores scores) {
    return warehouse.read(PortfolioLinksStage.TABLE)
        .filter(col("supplier_company_id").isNotNull())
        .join(scores.skus().select(col("sku"), col("sku_family")), "sku")
        .select(col("sku"), col("sku_family"), col("supplier_company_id"),
            col("component_family"), col("supplier_share"));
  }

  /** Keeps the best k rows per group, ranked as {@link ReferencePropagator} ranks paths. */
  private Dataset<Row> topK(Dataset<Row> paths, Column... group) {
    Column rank = row_number().over(Window.partitionBy(group)
        .orderBy(col("contribution").desc(), size(col("hops")).asc(), expr(KEY).asc()));
    return paths.withColumn("path_rank", rank)
        .filter(col("path_rank").leq(model.propagation().topKPaths()));
  }
}
