package org.tierwatch.analyst;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.tierwatch.spark.Warehouse;

/**
 * Small tables in the schemas agreed for the risk stage (schemas.md), for testing what reads
 * them before the risk stage writes them on this branch.
 */
final class RiskTableFixtures {
  static final Map<String, String> SCHEMAS = Map.of(
      "product_risk", "run_id STRING, sku STRING, product_name STRING, risk_score DOUBLE, "
          + "exposure_share DOUBLE, band STRING, top_path STRING, top_source_company_id STRING",
      "company_risk", "run_id STRING, company_id STRING, name STRING, country STRING, "
          + "province STRING, own_risk DOUBLE, risk_score DOUBLE, exposure_share DOUBLE, "
          + "band STRING, tier INT",
      "risk_paths", "run_id STRING, subject_type STRING, subject_id STRING, rank INT, "
          + "contribution DOUBLE, source_company_id STRING, source_evidence STRING, "
          + "path_text STRING, hops ARRAY<STRUCT<supplier_company_id: STRING, buyer_id: STRING, "
          + "family_in: STRING, family_out: STRING, share: DOUBLE>>",
      "risk_evidence", "company_id STRING, evidence_type STRING, weight DOUBLE, "
          + "families ARRAY<STRING>, source_record STRING, detail STRING, decided_by STRING, "
          + "decided_on DATE",
      "risk_changes", "run_id STRING, subject_type STRING, subject_id STRING, change STRING, "
          + "previous_band STRING, band STRING, previous_score DOUBLE, score DOUBLE, "
          + "detail STRING",
      "supply_links", "supplier_company_id STRING, buyer_company_id STRING, "
          + "product_family STRING, shipments BIGINT, weight_kg DOUBLE, value_usd DOUBLE, "
          + "share DOUBLE, first_seen DATE, last_seen DATE, origin STRING",
      "company_tiers", "company_id STRING, tier INT");

  private RiskTableFixtures() {}

  static void write(Warehouse warehouse, String table, Object[]... rows) {
    StructType schema = StructType.fromDDL(SCHEMAS.get(table));
    List<Row> values = Arrays.stream(rows).map(RowFactory::create).toList();
    warehouse.overwrite(table, warehouse.spark().createDataFrame(values, schema));
  }

  /** One element of {@code risk_paths.hops}. */
  static Row hop(String supplier, String buyer, String familyIn, String familyOut, double share) {
    return RowFactory.create(supplier, buyer, familyIn, familyOut, share);
  }

  /** Creates every agreed table the warehouse lacks, empty, so queries over them analyse. */
  static void createMissing(Warehouse warehouse) {
    for (String table : SCHEMAS.keySet()) {
      if (!warehouse.exists(table)) {
        write(warehouse, table);
      }
    }
  }
}
