package org.tierwatch.risk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tierwatch.graph.PortfolioLinksStage;
import org.tierwatch.graph.SupplyLinksStage;
import org.tierwatch.ingest.InputSource;
import org.tierwatch.spark.Warehouse;

/**
 * Runs the Spark propagation and path stages on a {@link RandomRiskGraph} written as the tables
 * they read, and collects the (small) results for comparison with the reference.
 */
record SparkRiskRun(Map<String, double[]> states, Map<String, double[]> skus,
    Map<String, Row> paths, int rounds) {

  static SparkRiskRun of(SparkSession spark, Path dir, String database, RandomRiskGraph graph,
      RiskModel model) {
    Warehouse warehouse = new Warehouse(spark, dir.resolve(database).toString(), database);
    List<Row> links = graph.links().stream().map(l -> RowFactory.create(l.supplierId(),
        l.buyerId(), l.family(), l.share())).toList();
    warehouse.overwrite(SupplyLinksStage.TABLE, spark.createDataFrame(links, new StructType()
        .add("supplier_company_id", DataTypes.StringType)
        .add("buyer_company_id", DataTypes.StringType)
        .add("product_family", DataTypes.StringType)
        .add("share", DataTypes.DoubleType)));
    List<Row> bom = graph.bom().stream().map(b -> RowFactory.create(b.sku(), b.supplierId(),
        b.componentFamily(), b.share(), b.supplierShare())).toList();
    warehouse.overwrite(PortfolioLinksStage.TABLE, spark.createDataFrame(bom, new StructType()
        .add("sku", DataTypes.StringType)
        .add("supplier_company_id", DataTypes.StringType)
        .add("component_family", DataTypes.StringType)
        .add("share", DataTypes.DoubleType)
        .add("supplier_share", DataTypes.DoubleType)));
    List<Row> products = graph.skuHsCodes().entrySet().stream()
        .map(e -> RowFactory.create(e.getKey(), "product " + e.getKey(), e.getValue())).toList();
    warehouse.overwrite(InputSource.PRODUCTS.rawTable(), spark.createDataFrame(products,
        new StructType().add("sku", DataTypes.StringType)
            .add("product_name", DataTypes.StringType).add("hs_code", DataTypes.StringType)));
    List<Row> evidence = new ArrayList<>();
    for (Evidence item : graph.evidence()) {
      evidence.add(RowFactory.create(item.companyId(), item.type().name(), item.weight(),
          item.families().toArray(new String[0]), item.sourceRecord(), item.detail(), null, null,
          graph.remediated().contains(item.companyId())));
    }
    for (String company : graph.remediated()) {
      evidence.add(RowFactory.create(company, EvidenceType.DECISION.name(), 0.0, new String[0],
          "test", "remediated", "test", null, true));
    }
    warehouse.overwrite(EvidenceTable.TABLE, spark.createDataFrame(evidence,
        EvidenceTable.SCHEMA));

    RiskScores scores = new PropagationStage(warehouse, model).run();
    Map<String, double[]> states = new HashMap<>();
    for (Row row : scores.states().collectAsList()) {
      states.put(row.getAs("company_id") + "/" + row.getAs("family"), new double[] {
          row.getAs("own_risk"), row.getAs("risk"), row.getAs("exposure")});
    }
    Map<String, double[]> skus = new HashMap<>();
    for (Row row : scores.skus().collectAsList()) {
      skus.put(row.getAs("sku"), new double[] {row.getAs("risk"), row.getAs("exposure")});
    }
    Map<String, Row> paths = new HashMap<>();
    for (Row row : new PathsStage(warehouse, model).run(scores).collectAsList()) {
      paths.put(row.getAs("subject_type") + ":" + row.getAs("subject_id") + "#"
          + row.getAs("rank"), row);
    }
    return new SparkRiskRun(states, skus, paths, scores.rounds());
  }
}
