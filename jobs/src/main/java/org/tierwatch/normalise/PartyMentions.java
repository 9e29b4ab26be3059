package org.tierwatch.normalise;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.ingest.InputSource;
import org.tierwatch.spark.Warehouse;

/**
 * Every mention of a party in the inputs, one row per (source, record, role): the shipper and
 * consignee of a bill of lading, the exporter and importer of a declaration line, a portfolio
 * supplier, a disclosed sub-supplier, each name of a watchlist entity.
 */
public final class PartyMentions {
  public static final String SUPPLIER = "supplier";
  public static final String BUYER = "buyer";
  public static final String PORTFOLIO_SUPPLIER = "portfolio_supplier";
  public static final String SUB_SUPPLIER = "sub_supplier";
  public static final String WATCHLIST = "watchlist";

  private PartyMentions() {}

  public static Dataset<Row> read(Warehouse warehouse) {
    return read(warehouse, UnaryOperator.identity());
  }

  /** The mentions in the rows these files gave. */
  public static Dataset<Row> read(Warehouse warehouse, List<String> files) {
    Object[] paths = files.toArray();
    return read(warehouse, rows -> rows.filter(col("source_file").isin(paths)));
  }

  private static Dataset<Row> read(Warehouse warehouse, UnaryOperator<Dataset<Row>> rows) {
    Dataset<Row> bol = rows.apply(warehouse.read(InputSource.BOL.rawTable()));
    Dataset<Row> imports = rows.apply(warehouse.read(InputSource.IMPORTS.rawTable()));
    Dataset<Row> suppliers = rows.apply(warehouse.read(InputSource.SUPPLIERS.rawTable()));
    Dataset<Row> disclosures = rows.apply(warehouse.read(InputSource.DISCLOSURES.rawTable()));
    Dataset<Row> watchlist = rows.apply(warehouse.read(InputSource.WATCHLIST.rawTable()));
    return mention(bol, "bol", col("bol_number"), SUPPLIER, "shipper_name", "shipper_address",
            "shipper_country", lit(null))
        .unionByName(mention(bol, "bol", col("bol_number"), BUYER, "consignee_name",
            "consignee_address", "consignee_country", lit(null)))
        .unionByName(mention(imports, "imports", col("declaration_id"), SUPPLIER,
            "exporter_name", "exporter_address", "exporter_country", col("exporter_id")))
        .unionByName(mention(imports, "imports", col("declaration_id"), BUYER, "importer_name",
            "importer_address", "importer_country", lit(null)))
        .unionByName(mention(suppliers, "suppliers", col("supplier_id"), PORTFOLIO_SUPPLIER,
            "supplier_name", "address", "country", col("registration_id")))
        .unionByName(mention(disclosures, "disclosures",
            org.apache.spark.sql.functions.concat_ws(":", col("supplier_id"),
                col("line_number").cast("string")),
            SUB_SUPPLIER, "sub_supplier_name", "sub_supplier_address", "sub_supplier_country",
            lit(null)))
        .unionByName(mention(WatchlistNames.of(watchlist), "watchlist",
            WatchlistNames.recordId(), WATCHLIST, "name", "address", "country",
            col("identifiers")));
  }

  private static Dataset<Row> mention(Dataset<Row> raw, String source, Column recordId,
      String role, String name, String address, String country, Column registration) {
    return raw.select(
        lit(source).as("source"),
        recordId.as("record_id"),
        lit(role).as("role"),
        PartyColumns.partyKey(col(name), col(address), col(country)).as("party_key"),
        col(name).as("name"),
        col(address).as("address"),
        col(country).as("country_raw"),
        CountryColumns.iso2(col(country)).as("country"),
        registration.cast("string").as("registration_id"));
  }
}
