package org.tierwatch.normalise;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import io.delta.tables.DeltaTable;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.tierwatch.ingest.InputSource;
import org.tierwatch.resolve.PartyResolver;
import org.tierwatch.spark.Warehouse;

/**
 * Writes {@code shipments}: bills of lading and declaration lines in one shape, with the
 * supplier and buyer parties as seen, their resolved company ids, the HS code at its 2, 4 and
 * 6-digit levels and its product family. A record id seen in two files is kept once, from the
 * file that sorts last (landed files are named by date), and the duplicates are counted.
 */
public final class ShipmentsStage {
  public static final String TABLE = "shipments";

  private final Warehouse warehouse;
  private final ProductFamilyColumn families;

  public ShipmentsStage(Warehouse warehouse, ProductFamilyColumn families) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.families = requireNonNull(families, "families is null");
  }

  /** Writes the table from every raw row and returns how many duplicate records were left out. */
  public ShipmentCounts run() {
    warehouse.overwrite(TABLE, shipments(warehouse.read(InputSource.BOL.rawTable()),
        warehouse.read(InputSource.IMPORTS.rawTable())));
    return counts();
  }

  /**
   * Adds the shipments of the rows these files gave, as a rebuild would keep them: a record id
   * already in the table is replaced when the new row comes from a file that sorts later. Only
   * for a run whose raw tables kept every earlier row, whose known parties kept their companies
   * and whose configuration is the last run's, so that no earlier shipment changes.
   *
   * @param files the paths of the files this run read
   */
  public ShipmentCounts add(List<String> files) {
    requireNonNull(files, "files is null");
    if (!files.isEmpty()) {
      Object[] paths = files.toArray();
      Dataset<Row> added = shipments(
          warehouse.read(InputSource.BOL.rawTable()).filter(col("source_file").isin(paths)),
          warehouse.read(InputSource.IMPORTS.rawTable()).filter(col("source_file").isin(paths)));
      DeltaTable.forPath(warehouse.spark(), warehouse.tablePath(TABLE)).as("known")
          .merge(added.as("added"), "known.shipment_id = added.shipment_id")
          .whenMatched("added.source_file > known.source_file OR (added.source_file = "
              + "known.source_file AND added.line_number > known.line_number)")
          .updateAll()
          .whenNotMatched().insertAll()
          .execute();
    }
    return counts();
  }

  private ShipmentCounts counts() {
    long kept = warehouse.read(TABLE).count();
    long read = warehouse.read(InputSource.BOL.rawTable()).count()
        + warehouse.read(InputSource.IMPORTS.rawTable()).count();
    return new ShipmentCounts(kept, read - kept);
  }

  /** The raw rows as shipments, each record id once, from the row of the file that sorts last. */
  private Dataset<Row> shipments(Dataset<Row> bolRows, Dataset<Row> importRows) {
    Dataset<Row> bol = bolRows.select(
        lit("bol").as("source"),
        col("bol_number").as("record_id"),
        col("arrival_date").as("shipment_date"),
        col("shipper_name").as("supplier_name"),
        col("shipper_address").as("supplier_address"),
        col("shipper_country").as("supplier_country_raw"),
        lit(null).cast("string").as("supplier_registration_id"),
        col("consignee_name").as("buyer_name"),
        col("consignee_address").as("buyer_address"),
        col("consignee_country").as("buyer_country_raw"),
        col("hs_code"),
        col("goods_description"),
        col("weight_kg"),
        lit(null).cast("double").as("value_usd"),
        col("quantity"),
        lit(null).cast("string").as("quantity_unit"),
        col("container_count"),
        col("port_of_lading"),
        col("port_of_unlading"),
        col("country_of_origin").as("origin_country_raw"),
        lit(null).cast("string").as("reporting_country_raw"),
        col("source_file"),
        col("line_number"));
    Dataset<Row> imports = importRows.select(
        lit("imports").as("source"),
        col("declaration_id").as("record_id"),
        col("declaration_date").as("shipment_date"),
        col("exporter_name").as("supplier_name"),
        col("exporter_address").as("supplier_address"),
        col("exporter_country").as("supplier_country_raw"),
        col("exporter_id").as("supplier_registration_id"),
        col("importer_name").as("buyer_name"),
        col("importer_address").as("buyer_address"),
        col("importer_country").as("buyer_country_raw"),
        col("hs_code"),
        col("goods_description"),
        col("weight_kg"),
        col("value_usd"),
        col("quantity"),
        col("quantity_unit"),
        lit(null).cast("long").as("container_count"),
        lit(null).cast("string").as("port_of_lading"),
        lit(null).cast("string").as("port_of_unlading"),
        col("origin_country").as("origin_country_raw"),
        col("reporting_country").as("reporting_country_raw"),
        col("source_file"),
        col("line_number"));

    Dataset<Row> all = bol.unionByName(imports)
        .withColumn("latest", row_number().over(Window.partitionBy(col("source"), col("record_id"))
            .orderBy(desc("source_file"), desc("line_number"))));
    Dataset<Row> aliases = warehouse.read(PartyResolver.ALIASES_TABLE)
        .select(col("party_key"), col("company_id"));
    Column hsDigits = HsColumns.digits(col("hs_code"));
    return all.filter(col("latest").equalTo(1))
        .withColumn("supplier_party_key", PartyColumns.partyKey(col("supplier_name"),
            col("supplier_address"), col("supplier_country_raw")))
        .withColumn("buyer_party_key", PartyColumns.partyKey(col("buyer_name"),
            col("buyer_address"), col("buyer_country_raw")))
        .join(aliases.select(col("party_key").as("s_key"),
            col("company_id").as("supplier_company_id")),
            col("supplier_party_key").equalTo(col("s_key")), "left")
        .join(aliases.select(col("party_key").as("b_key"),
            col("company_id").as("buyer_company_id")),
            col("buyer_party_key").equalTo(col("b_key")), "left")
        .withColumn("hs_digits", hsDigits)
        .select(
            concat(col("source"), lit(":"), col("record_id")).as("shipment_id"),
            col("source"),
            col("record_id"),
            col("shipment_date"),
            col("supplier_company_id"),
            col("supplier_name"),
            col("supplier_address"),
            CountryColumns.iso2(col("supplier_country_raw")).as("supplier_country"),
            col("supplier_registration_id"),
            col("supplier_party_key"),
            col("buyer_company_id"),
            col("buyer_name"),
            col("buyer_address"),
            CountryColumns.iso2(col("buyer_country_raw")).as("buyer_country"),
            col("buyer_party_key"),
            col("hs_code"),
            col("hs_digits"),
            HsColumns.level(col("hs_digits"), 2).as("hs2"),
            HsColumns.level(col("hs_digits"), 4).as("hs4"),
            HsColumns.level(col("hs_digits"), 6).as("hs6"),
            families.familyOf(col("hs_digits")).as("product_family"),
            col("goods_description"),
            col("weight_kg"),
            col("value_usd"),
            col("quantity"),
            col("quantity_unit"),
            col("container_count"),
            col("port_of_lading"),
            col("port_of_unlading"),
            CountryColumns.iso2(col("origin_country_raw")).as("origin_country"),
            CountryColumns.iso2(col("reporting_country_raw")).as("reporting_country"),
            col("source_file"),
            col("line_number"));
  }

  /** Shipments written, and records left out because a later file repeated their id. */
  public record ShipmentCounts(long shipments, long duplicatesDropped) {}
}
