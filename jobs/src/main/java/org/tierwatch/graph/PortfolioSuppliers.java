package org.tierwatch.graph;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.ingest.InputSource;
import org.tierwatch.spark.Warehouse;

/** The portfolio's direct suppliers with the company each resolved to: supplier_id, company_id. */
final class PortfolioSuppliers {
  private PortfolioSuppliers() {}

  static Dataset<Row> read(Warehouse warehouse) {
    Dataset<Row> suppliers = warehouse.read(InputSource.SUPPLIERS.rawTable());
    return PartyCompanies.attach(warehouse, suppliers, col("supplier_name"), col("address"),
            col("country"))
        .select(col("supplier_id"), col("company_id").as("supplier_company_id"))
        .dropDuplicates("supplier_id");
  }
}
