package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.graph.PortfolioLinksStage;
import org.tierwatch.graph.SupplyLinksStage;
import org.tierwatch.ingest.InputSource;
import org.tierwatch.normalise.HsColumns;
import org.tierwatch.normalise.ProductFamilyColumn;
import org.tierwatch.spark.Warehouse;

/**
 * The risk model of {@link ReferencePropagator} on DataFrames: own risk by noisy-OR of the
 * evidence that applies to each state, then Jacobi rounds over the supply links (at most
 * max-depth, stopping once nothing moves by more than epsilon), then the SKUs over their BOM
 * rows. Each round is checkpointed, so lineage stays one round long however deep the graph.
 */
public final class PropagationStage {
  private static final String PRODUCT = "aggregate(collect_list(%s), CAST(1 AS DOUBLE), "
      + "(acc, v) -> acc * v)";

  private final Warehouse warehouse;
  private final RiskModel model;

  public PropagationStage(Warehouse warehouse, RiskModel model) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.model = requireNonNull(model, "model is null");
  }

  public RiskScores run() {
    Dataset<Row> base = ownRisk().localCheckpoint();
    Dataset<Row> feeds = feeds(base).localCheckpoint();
    Dataset<Row> current = base.withColumn("risk", col("own_risk"))
        .withColumn("exposure", col("own_risk"));
    int rounds = 0;
    while (rounds < model.propagation().maxDepth()) {
      Dataset<Row> next = round(base, feeds, current).localCheckpoint();
      double moved = moved(current, next);
      current = next;
      rounds++;
      if (moved <= model.propagation().epsilon()) {
        break;
      }
    }
    return new RiskScores(current, skus(current).localCheckpoint(), feeds, rounds);
  }

  /** Every state with its own risk (0 when remediated) and whether its company is remediated. */
  private Dataset<Row> ownRisk() {
    Dataset<Row> evidence = warehouse.read(EvidenceTable.TABLE);
    Dataset<Row> states = RiskStates.read(warehouse);
    Dataset<Row> remediated = evidence.groupBy(col("company_id"))
        .agg(max(col("remediated")).as("remediated"));
    Dataset<Row> own = states.join(evidence.filter(col("weight").gt(0.0)), "company_id")
        .filter(size(col("families")).equalTo(0).or(array_contains(col("families"),
            col("family"))))
        .withColumn("keep", lit(1.0).minus(col("weight")))
        .groupBy(col("company_id"), col("family"))
        .agg(expr(String.format(PRODUCT, "keep")).as("keep"));
    Column isRemediated = coalesce(col("remediated"), lit(false));
    return states.join(own, new String[] {"company_id", "family"}, "left")
        .join(remediated, new String[] {"company_id"}, "left")
        .select(col("company_id"), col("family"),
            when(isRemediated, 0.0).otherwise(lit(1.0).minus(coalesce(col("keep"), lit(1.0))))
                .as("own_risk"),
            isRemediated.as("remediated"));
  }

  /** Links seen from the buyer states they feed, where the link's family can become theirs. */
  private Dataset<Row> feeds(Dataset<Row> states) {
    return warehouse.read(SupplyLinksStage.TABLE)
        .join(ModelFrames.transformations(warehouse.spark(), model),
            col("product_family").equalTo(col("family_in")))
        .join(states.select(col("company_id").as("state_company"), col("family").as("state_family")),
            col("buyer_company_id").equalTo(col("state_company"))
                .and(col("family_out").equalTo(col("state_family"))))
        .select(col("buyer_company_id").as("buyer_id"), col("family_out"), col("supplier_company_id").as("supplier_id"),
            col("family_in"), col("share"),
            ModelFrames.hopFactor(model, col("share")).as("factor"));
  }

  private static Dataset<Row> round(Dataset<Row> base, Dataset<Row> feeds, Dataset<Row> current) {
    Dataset<Row> inflow = feeds
        .join(current.select(col("company_id").as("supplier_id"), col("family").as("family_in"),
            col("risk").as("s_risk"), col("exposure").as("s_exposure")),
            new String[] {"supplier_id", "family_in"})
        .withColumn("keep", lit(1.0).minus(col("factor").multiply(col("s_risk"))))
        .groupBy(col("buyer_id"), col("family_out"), col("family_in"))
        .agg(expr(String.format(PRODUCT, "keep")).as("keep"),
            sum(col("share").multiply(col("s_exposure"))).as("exposed"))
        .groupBy(col("buyer_id").as("company_id"), col("family_out").as("family"))
        .agg(expr(String.format(PRODUCT, "keep")).as("clean"), max(col("exposed")).as("exposed"));
    Column keep = lit(1.0).minus(col("own_risk"));
    return base.join(inflow, new String[] {"company_id", "family"}, "left")
        .select(col("company_id"), col("family"), col("own_risk"), col("remediated"),
            when(col("remediated"), 0.0)
                .otherwise(lit(1.0).minus(keep.multiply(coalesce(col("clean"), lit(1.0)))))
                .as("risk"),
            when(col("remediated"), 0.0)
                .otherwise(lit(1.0).minus(keep.multiply(lit(1.0)
                    .minus(least(lit(1.0), coalesce(col("exposed"), lit(0.0)))))))
                .as("exposure"));
  }

  private static double moved(Dataset<Row> current, Dataset<Row> next) {
    Row row = next.join(current.select(col("company_id"), col("family"),
            col("risk").as("was_risk"), col("exposure").as("was_exposure")),
            new String[] {"company_id", "family"})
        .agg(max(greatest(abs(col("risk").minus(col("was_risk"))),
            abs(col("exposure").minus(col("was_exposure"))))))
        .head();
    return row.isNullAt(0) ? 0.0 : row.getDouble(0);
  }

  /** Every SKU over its BOM rows, with one more decay; a SKU without rows scores 0. */
  private Dataset<Row> skus(Dataset<Row> states) {
    ProductFamilyColumn families = ProductFamilyColumn.of(model.families());
    Dataset<Row> products = warehouse.read(InputSource.PRODUCTS.rawTable())
        .select(col("sku"), col("product_name"),
            families.familyOf(HsColumns.digits(col("hs_code"))).as("sku_family"));
    Dataset<Row> lines = warehouse.read(PortfolioLinksStage.TABLE)
        .join(states.select(col("company_id").as("supplier_company_id"),
            col("family").as("component_family"), col("risk"), col("exposure")),
            new String[] {"supplier_company_id", "component_family"}, "left")
        .select(col("sku"), col("share"), col("supplier_share"), col("risk"), col("exposure"));
    return products.join(lines, new String[] {"sku"}, "left")
        .withColumn("keep", lit(1.0).minus(coalesce(
            ModelFrames.hopFactor(model, col("supplier_share")).multiply(col("risk")),
            lit(0.0))))
        .withColumn("exposed", coalesce(col("share").multiply(col("exposure")), lit(0.0)))
        .groupBy(col("sku"), col("product_name"), col("sku_family"))
        .agg(expr(String.format(PRODUCT, "keep")).as("keep"), sum(col("exposed")).as("exposed"))
        .select(col("sku"), col("product_name"), col("sku_family"),
            lit(1.0).minus(col("keep")).as("risk"), least(lit(1.0), col("exposed")).as("exposure"));
  }
}
