package org.tierwatch.risk;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.graph.PortfolioLinksStage;
import org.tierwatch.graph.SupplyLinksStage;
import org.tierwatch.spark.Warehouse;

/**
 * The (company, family) states of the model: every family a company ships on a supply link or
 * a BOM row names it for (company_id, family).
 */
final class RiskStates {
  private RiskStates() {}

  static Dataset<Row> read(Warehouse warehouse) {
    Dataset<Row> shipped = warehouse.read(SupplyLinksStage.TABLE)
        .select(col("supplier_company_id").as("company_id"), col("product_family").as("family"));
    Dataset<Row> named = warehouse.read(PortfolioLinksStage.TABLE)
        .filter(col("supplier_company_id").isNotNull())
        .select(col("supplier_company_id").as("company_id"),
            col("component_family").as("family"));
    return shipped.unionByName(named).distinct();
  }
}
