package org.tierwatch.graph;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.spark.Warehouse;

/**
 * Writes {@code company_tiers}: tier 1 is every company a BOM row names, tier k+1 every supplier
 * of a tier-k company through links of any family; each company keeps its lowest tier, and
 * companies further than the deepest tier get none (as {@link org.tierwatch.risk.TierAssigner}).
 */
public final class TiersStage {
  public static final String TABLE = "company_tiers";

  private final Warehouse warehouse;
  private final int maxTier;

  public TiersStage(Warehouse warehouse, int maxTier) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    if (maxTier < 1) {
      throw new IllegalArgumentException("the deepest tier is at least 1, got " + maxTier);
    }
    this.maxTier = maxTier;
  }

  /** Writes the table and returns how many companies have a tier. */
  public long run() {
    // Every round walks the same links: read and deduplicate them once, not once per tier.
    Dataset<Row> links = warehouse.read(SupplyLinksStage.TABLE)
        .select(col("supplier_company_id").as("supplier"), col("buyer_company_id").as("buyer"))
        .distinct()
        .localCheckpoint();
    Dataset<Row> frontier = warehouse.read(PortfolioLinksStage.TABLE)
        .filter(col("supplier_company_id").isNotNull())
        .select(col("supplier_company_id").as("company_id")).distinct()
        .localCheckpoint();
    Dataset<Row> tiers = frontier.withColumn("tier", lit(1));
    for (int tier = 2; tier <= maxTier; tier++) {
      frontier = frontier.join(links, col("company_id").equalTo(col("buyer")))
          .select(col("supplier").as("company_id")).distinct()
          .join(tiers, "company_id", "left_anti")
          .localCheckpoint();
      if (frontier.isEmpty()) {
        break;
      }
      tiers = tiers.unionByName(frontier.withColumn("tier", lit(tier))).localCheckpoint();
    }
    warehouse.overwrite(TABLE, tiers);
    return warehouse.read(TABLE).count();
  }
}
