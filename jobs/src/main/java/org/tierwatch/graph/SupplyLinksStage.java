package org.tierwatch.graph;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.tierwatch.ingest.InputSource;
import org.tierwatch.normalise.HsColumns;
import org.tierwatch.normalise.ProductFamilyColumn;
import org.tierwatch.normalise.ShipmentsStage;
import org.tierwatch.risk.RiskModel;
import org.tierwatch.spark.Warehouse;

/**
 * Writes {@code supply_links}: one link per supplier company, buyer company and product family
 * from the shipments within the window before the run date, with the supplier's share of the
 * buyer's inbound of that family; plus the sub-suppliers the portfolio's suppliers disclosed
 * (origin 'disclosure'), unless trade already shows the same link.
 */
public final class SupplyLinksStage {
  public static final String TABLE = "supply_links";
  private static final String[] KEYS = {"supplier_company_id", "buyer_company_id",
      "product_family"};

  private final Warehouse warehouse;
  private final RiskModel model;

  public SupplyLinksStage(Warehouse warehouse, RiskModel model) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.model = requireNonNull(model, "model is null");
  }

  /** Writes the table and returns how many links it holds. */
  public long run(LocalDate runDate) {
    Dataset<Row> trade = tradeLinks(runDate);
    Dataset<Row> disclosed = disclosedLinks()
        .join(trade, KEYS, "left_anti");
    warehouse.overwrite(TABLE, trade.unionByName(disclosed));
    return warehouse.read(TABLE).count();
  }

  private Dataset<Row> tradeLinks(LocalDate runDate) {
    Date from = Date.valueOf(runDate.minusMonths(model.supplyLinkWindowMonths()));
    Dataset<Row> shipments = warehouse.read(ShipmentsStage.TABLE)
        .filter(col("supplier_company_id").isNotNull().and(col("buyer_company_id").isNotNull())
            .and(col("supplier_company_id").notEqual(col("buyer_company_id")))
            .and(col("shipment_date").gt(lit(from)))
            .and(col("shipment_date").leq(lit(Date.valueOf(runDate)))));
    Dataset<Row> links = shipments.groupBy(keys())
        .agg(count(lit(1)).as("shipments"),
            sum(coalesce(col("weight_kg"), lit(0.0))).as("weight_kg"),
            sum(coalesce(col("value_usd"), lit(0.0))).as("value_usd"),
            sum(when(col("value_usd").gt(0), 1).otherwise(0)).as("with_value"),
            sum(when(col("weight_kg").gt(0), 1).otherwise(0)).as("with_weight"),
            min(col("shipment_date")).as("first_seen"),
            max(col("shipment_date")).as("last_seen"));
    WindowSpec inbound = Window.partitionBy(col("buyer_company_id"), col("product_family"));
    Column records = sum(col("shipments")).over(inbound);
    // Value where every inbound record of the buyer's family has one, else weight, else count:
    // a measure known for only some records would tilt the shares towards those records.
    Column share = when(sum(col("with_value")).over(inbound).equalTo(records),
        col("value_usd").divide(sum(col("value_usd")).over(inbound)))
        .when(sum(col("with_weight")).over(inbound).equalTo(records),
            col("weight_kg").divide(sum(col("weight_kg")).over(inbound)))
        .otherwise(col("shipments").divide(records));
    return links.select(col("supplier_company_id"), col("buyer_company_id"),
        col("product_family"), col("shipments"), col("weight_kg"), col("value_usd"),
        share.as("share"), col("first_seen"), col("last_seen"), lit("trade").as("origin"));
  }

  /** A disclosure without a share names the only sub-supplier of that input: share 1. */
  private Dataset<Row> disclosedLinks() {
    Dataset<Row> disclosures = warehouse.read(InputSource.DISCLOSURES.rawTable());
    ProductFamilyColumn families = ProductFamilyColumn.of(model.families());
    return PartyCompanies.attach(warehouse, disclosures, col("sub_supplier_name"),
            col("sub_supplier_address"), col("sub_supplier_country"))
        .join(PortfolioSuppliers.read(warehouse), "supplier_id")
        .filter(col("company_id").isNotNull().and(col("supplier_company_id").isNotNull())
            .and(col("company_id").notEqual(col("supplier_company_id"))))
        .select(col("company_id").as("supplier_company_id"),
            col("supplier_company_id").as("buyer_company_id"),
            families.familyOf(HsColumns.digits(col("hs_code"))).as("product_family"),
            coalesce(col("share"), lit(1.0)).as("share"))
        .groupBy(keys())
        .agg(max(col("share")).as("share"))
        .select(col("supplier_company_id"), col("buyer_company_id"), col("product_family"),
            lit(0L).as("shipments"), lit(0.0).as("weight_kg"), lit(0.0).as("value_usd"),
            col("share"), lit(null).cast("date").as("first_seen"),
            lit(null).cast("date").as("last_seen"), lit("disclosure").as("origin"));
  }

  private static Column[] keys() {
    return java.util.Arrays.stream(KEYS).map(name -> col(name)).toArray(Column[]::new);
  }
}
