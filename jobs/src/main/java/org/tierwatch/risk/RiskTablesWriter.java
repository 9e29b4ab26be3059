package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tierwatch.graph.TiersStage;
import org.tierwatch.resolve.CompaniesStage;
import org.tierwatch.spark.Warehouse;

/** Writes {@code company_risk}, {@code product_risk} and {@code risk_paths} for one run. */
public final class RiskTablesWriter {
  public static final String COMPANY_RISK = "company_risk";
  public static final String PRODUCT_RISK = "product_risk";
  public static final String RISK_PATHS = "risk_paths";

  static final StructType PATH_SCHEMA = new StructType()
      .add("run_id", DataTypes.StringType, false)
      .add("subject_type", DataTypes.StringType, false)
      .add("subject_id", DataTypes.StringType, false)
      .add("rank", DataTypes.IntegerType, false)
      .add("contribution", DataTypes.DoubleType, false)
      .add("source_company_id", DataTypes.StringType, false)
      .add("source_evidence", DataTypes.StringType)
      .add("path_text", DataTypes.StringType)
      .add("hops", DataTypes.createArrayType(PathsStage.HOP));

  private final Warehouse warehouse;
  private final RiskModel model;

  public RiskTablesWriter(Warehouse warehouse, RiskModel model) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.model = requireNonNull(model, "model is null");
  }

  /** Writes the three tables and returns how many SKUs were scored. */
  public long write(String runId, RiskScores scores, Dataset<Row> paths) {
    Dataset<Row> rendered = render(runId, scores, paths).localCheckpoint();
    warehouse.overwrite(RISK_PATHS, rendered);
    warehouse.overwrite(COMPANY_RISK, companies(runId, scores));
    Dataset<Row> top = rendered.filter(col("subject_type").equalTo("sku")
            .and(col("rank").equalTo(1)))
        .select(col("subject_id").as("sku"), col("path_text").as("top_path"),
            col("source_company_id").as("top_source_company_id"));
    warehouse.overwrite(PRODUCT_RISK, scores.skus().join(top, new String[] {"sku"}, "left")
        .select(lit(runId).as("run_id"), col("sku"), col("product_name"),
            col("risk").as("risk_score"), col("exposure").as("exposure_share"),
            ModelFrames.band(model, col("risk")).as("band"), col("top_path"),
            col("top_source_company_id")));
    return warehouse.read(PRODUCT_RISK).count();
  }

  private Dataset<Row> companies(String runId, RiskScores scores) {
    return scores.states().groupBy(col("company_id"))
        .agg(max(col("own_risk")).as("own_risk"), max(col("risk")).as("risk_score"),
            max(col("exposure")).as("exposure_share"))
        .join(warehouse.read(CompaniesStage.TABLE).select(col("company_id"), col("name"),
            col("country"), col("province")), new String[] {"company_id"}, "left")
        .join(warehouse.read(TiersStage.TABLE), new String[] {"company_id"}, "left")
        .select(lit(runId).as("run_id"), col("company_id"), col("name"), col("country"),
            col("province"), col("own_risk"), col("risk_score"), col("exposure_share"),
            ModelFrames.band(model, col("risk_score")).as("band"), col("tier"));
  }

  private Dataset<Row> render(String runId, RiskScores scores, Dataset<Row> paths) {
    Column place = when(upper(col("province"))
            .isin(model.evidence().locationProvinces().toArray()), col("province"))
        .otherwise(coalesce(col("country"), lit("")));
    Dataset<Row> labels = warehouse.read(CompaniesStage.TABLE)
        .select(col("company_id"), coalesce(col("name"), col("company_id")).as("name"),
            place.as("place"))
        .join(warehouse.read(TiersStage.TABLE), new String[] {"company_id"}, "left");
    String[] pathKey = {"subject_type", "subject_id", "rank"};
    Column onPath = array_distinct(concat(array(col("source_company_id")),
        expr("transform(hops, h -> h.supplier_company_id)"),
        expr("transform(hops, h -> h.buyer_id)"), array(col("subject_id"))));
    Dataset<Row> pathLabels = paths
        .select(col("subject_type"), col("subject_id"), col("rank"),
            explode(onPath).as("company_id"))
        .join(labels, "company_id")
        .groupBy(col("subject_type"), col("subject_id"), col("rank"))
        .agg(collect_list(struct(col("company_id"), col("name"), col("place"), col("tier")))
            .as("labels"));
    Dataset<Row> evidence = warehouse.read(EvidenceTable.TABLE).filter(col("weight").gt(0.0))
        .groupBy(col("company_id").as("source_company_id"))
        .agg(collect_list(struct(col("evidence_type"), col("weight"), col("families"),
            col("source_record"), col("detail"))).as("evidence"));
    Dataset<Row> names = scores.skus().select(col("sku").as("subject_id"),
        col("product_name"), lit("sku").as("subject_type"));
    return paths.join(pathLabels, pathKey, "left")
        .join(evidence, new String[] {"source_company_id"}, "left")
        .join(names, new String[] {"subject_type", "subject_id"}, "left")
        .map(new PathText(runId), Encoders.row(PATH_SCHEMA));
  }
}
