package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What propagation computed, kept in memory for the stages after it: per state (company_id,
 * family, own_risk, remediated, risk, exposure), per SKU (sku, product_name, sku_family, risk,
 * exposure), the feeds (buyer_id, family_out, supplier_id, family_in, share, factor), and how
 * many rounds ran.
 */
public record RiskScores(Dataset<Row> states, Dataset<Row> skus, Dataset<Row> feeds, int rounds) {
  public RiskScores {
    requireNonNull(states, "states is null");
    requireNonNull(skus, "skus is null");
    requireNonNull(feeds, "feeds is null");
  }
}
