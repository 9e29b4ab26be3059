package org.tierwatch.graph;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.tierwatch.ingest.InputSource;
import org.tierwatch.normalise.HsColumns;
import org.tierwatch.normalise.ProductFamilyColumn;
import org.tierwatch.risk.RiskModel;
import org.tierwatch.spark.Warehouse;

/**
 * Writes {@code portfolio_links}: every BOM row of a SKU with its component's family, the
 * company its supplier resolved to (null when the supplier matched no company), the component's
 * share of the SKU and the supplier's share of that component.
 */
public final class PortfolioLinksStage {
  public static final String TABLE = "portfolio_links";

  private final Warehouse warehouse;
  private final RiskModel model;

  public PortfolioLinksStage(Warehouse warehouse, RiskModel model) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.model = requireNonNull(model, "model is null");
  }

  /** Writes the table and returns how many BOM rows it holds. */
  public long run() {
    ProductFamilyColumn families = ProductFamilyColumn.of(model.families());
    Dataset<Row> bom = warehouse.read(InputSource.BOM.rawTable());
    // A row without a share takes an equal part of its SKU, as a BOM listing parts alone implies.
    Dataset<Row> links = bom
        .join(PortfolioSuppliers.read(warehouse), "supplier_id", "left")
        .select(col("sku"), col("component"),
            families.familyOf(HsColumns.digits(col("component_hs_code"))).as("component_family"),
            col("supplier_id"), col("supplier_company_id"),
            coalesce(col("share"), lit(1.0).divide(count(lit(1))
                .over(Window.partitionBy(col("sku"))))).as("share"));
    // Every unit of the SKU holds the component, so what scales the risk a supplier passes is
    // its part of that component (rows naming one component twice are dual sourcing), not the
    // component's part of the SKU, which weights only the exposure share.
    WindowSpec sameComponent = Window.partitionBy(col("sku"), upper(trim(col("component"))));
    Column total = sum(col("share")).over(sameComponent);
    Dataset<Row> withSupplierShare = links.withColumn("supplier_share",
        when(total.gt(0.0), col("share").divide(total))
            .otherwise(lit(1.0).divide(count(lit(1)).over(sameComponent))));
    warehouse.overwrite(TABLE, withSupplierShare);
    return warehouse.read(TABLE).count();
  }
}
