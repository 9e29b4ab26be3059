package org.tierwatch.ingest;

import static org.tierwatch.ingest.ColumnSpec.optional;
import static org.tierwatch.ingest.ColumnSpec.required;
import static org.tierwatch.ingest.ColumnType.AMOUNT;
import static org.tierwatch.ingest.ColumnType.COUNT;
import static org.tierwatch.ingest.ColumnType.DATE;
import static org.tierwatch.ingest.ColumnType.FRACTION;
import static org.tierwatch.ingest.ColumnType.HS_CODE;
import static org.tierwatch.ingest.ColumnType.TEXT;

import java.util.List;
import java.util.Optional;

/**
 * The input contract of DESIGN.md: where each kind of input file lands, its columns, and the raw
 * table its accepted rows go to.
 */
public enum InputSource {
  BOL("bol", "bol", null, "bol_number", List.of(
      required("bol_number", TEXT),
      required("arrival_date", DATE),
      required("shipper_name", TEXT),
      optional("shipper_address", TEXT),
      optional("shipper_country", TEXT),
      required("consignee_name", TEXT),
      optional("consignee_address", TEXT),
      optional("consignee_country", TEXT),
      optional("notify_party", TEXT),
      optional("port_of_lading", TEXT),
      optional("port_of_unlading", TEXT),
      optional("country_of_origin", TEXT),
      optional("goods_description", TEXT),
      optional("hs_code", HS_CODE),
      optional("weight_kg", AMOUNT),
      optional("quantity", AMOUNT),
      optional("container_count", COUNT))),
  IMPORTS("imports", "imports", null, "declaration_id", List.of(
      required("declaration_id", TEXT),
      required("declaration_date", DATE),
      optional("reporting_country", TEXT),
      required("importer_name", TEXT),
      optional("importer_address", TEXT),
      optional("importer_country", TEXT),
      required("exporter_name", TEXT),
      optional("exporter_address", TEXT),
      optional("exporter_country", TEXT),
      optional("exporter_id", TEXT),
      optional("origin_country", TEXT),
      optional("hs_code", HS_CODE),
      optional("goods_description", TEXT),
      optional("value_usd", AMOUNT),
      optional("quantity", AMOUNT),
      optional("quantity_unit", TEXT),
      optional("weight_kg", AMOUNT))),
  PRODUCTS("products", "portfolio", "products", "sku", List.of(
      required("sku", TEXT),
      required("product_name", TEXT),
      optional("category", TEXT),
      optional("hs_code", HS_CODE),
      optional("annual_spend_usd", AMOUNT))),
  BOM("bom", "portfolio", "bom", null, List.of(
      required("sku", TEXT),
      required("component", TEXT),
      optional("component_hs_code", HS_CODE),
      required("supplier_id", TEXT),
      optional("share", FRACTION))),
  SUPPLIERS("suppliers", "portfolio", "suppliers", "supplier_id", List.of(
      required("supplier_id", TEXT),
      required("supplier_name", TEXT),
      optional("address", TEXT),
      optional("country", TEXT),
      optional("registration_id", TEXT),
      optional("annual_spend_usd", AMOUNT))),
  DISCLOSURES("disclosures", "portfolio", "disclosures", null, List.of(
      required("supplier_id", TEXT),
      required("sub_supplier_name", TEXT),
      optional("sub_supplier_address", TEXT),
      optional("sub_supplier_country", TEXT),
      optional("hs_code", HS_CODE),
      optional("share", FRACTION))),
  WATCHLIST("watchlist", "watchlist", null, null, List.of(
      required("entity_name", TEXT),
      optional("aliases", TEXT),
      optional("address", TEXT),
      optional("country", TEXT),
      optional("identifiers", TEXT),
      required("source", TEXT),
      optional("evidence_type", TEXT),
      optional("listed_on", DATE))),
  DECISIONS("decisions", "decisions", null, null, List.of(
      required("subject_type", TEXT),
      required("subject_key", TEXT),
      required("decision", TEXT),
      optional("note", TEXT),
      optional("analyst", TEXT),
      optional("decided_on", DATE)));

  private final String id;
  private final String folder;
  private final String fileStem;
  private final String recordIdColumn;
  private final List<ColumnSpec> columns;

  InputSource(String id, String folder, String fileStem, String recordIdColumn,
      List<ColumnSpec> columns) {
    this.id = id;
    this.folder = folder;
    this.fileStem = fileStem;
    this.recordIdColumn = recordIdColumn;
    this.columns = List.copyOf(columns);
  }

  /** The short name used in tables and messages: bol, imports, products, ... */
  public String id() {
    return id;
  }

  /** The folder under the input directory that holds this source's files. */
  public String folder() {
    return folder;
  }

  /** The table that keeps this source's accepted rows. */
  public String rawTable() {
    return "raw_" + id;
  }

  /** The column that identifies one record of this source, where there is one. */
  public Optional<String> recordIdColumn() {
    return Optional.ofNullable(recordIdColumn);
  }

  public List<ColumnSpec> columns() {
    return columns;
  }

  /**
   * Whether a file name in {@link #folder()} belongs to this source: every CSV or Parquet file of
   * a dedicated folder, or in portfolio/ the files named after the source (products.csv, ...).
   */
  public boolean accepts(String fileName) {
    String lower = fileName.toLowerCase(java.util.Locale.ROOT);
    if (!(lower.endsWith(".csv") || lower.endsWith(".parquet"))) {
      return false;
    }
    return fileStem == null || lower.startsWith(fileStem);
  }

  /** Whether a name in this source's folder is an input file of any kind we read. */
  public static boolean isDataFile(String fileName) {
    String lower = fileName.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".csv") || lower.endsWith(".parquet");
  }
}
