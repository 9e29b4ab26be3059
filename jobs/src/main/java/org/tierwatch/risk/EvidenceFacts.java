package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.upper;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.graph.PartyCompanies;
import org.tierwatch.ingest.InputSource;
import org.tierwatch.locate.LocateStage;
import org.tierwatch.normalise.PartiesStage;
import org.tierwatch.normalise.ShipmentsStage;
import org.tierwatch.normalise.WatchlistNames;
import org.tierwatch.resolve.CompaniesStage;
import org.tierwatch.resolve.PartyResolver;
import org.tierwatch.spark.Warehouse;

/**
 * The facts about companies that evidence rules weigh, gathered with joins: one row per fact,
 * with the columns its kind needs (company_id, kind, family, country, province, confidence,
 * match_score, listing, source_record, countries). The weights are {@link EvidenceRules}'.
 */
final class EvidenceFacts {
  static final String DPRK = "dprk_origin";
  static final String WATCHLIST = "watchlist";
  static final String LOCATION = "location";
  static final String OVERSEAS = "overseas_labour";
  static final String REIMPORT = "reimport_processing";

  private final Warehouse warehouse;
  private final RiskModel model;

  EvidenceFacts(Warehouse warehouse, RiskModel model) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.model = requireNonNull(model, "model is null");
  }

  /** Facts about the companies that have a state; others could carry risk to nothing. */
  Dataset<Row> read(Dataset<Row> states, LocalDate runDate) {
    Dataset<Row> shipments = warehouse.read(ShipmentsStage.TABLE)
        .filter(col("shipment_date").leq(lit(Date.valueOf(runDate))));
    Dataset<Row> companies = warehouse.read(CompaniesStage.TABLE);
    Dataset<Row> facts = dprkOrigin(shipments)
        .unionByName(watchlist())
        .unionByName(location(states, companies))
        .unionByName(overseas(states, companies))
        .unionByName(reimport(shipments, companies));
    return facts.join(states.select(col("company_id")).distinct(), "company_id", "left_semi");
  }

  private Dataset<Row> dprkOrigin(Dataset<Row> shipments) {
    return shipments
        .filter(col("supplier_company_id").isNotNull()
            .and(upper(col("origin_country")).isin(model.evidence().dprkCountries().toArray())))
        .groupBy(col("supplier_company_id").as("company_id"), col("product_family").as("family"),
            upper(col("origin_country")).as("country"))
        .agg(min(col("shipment_id")).as("shipment_id"))
        .select(fact(DPRK, col("family"), col("country"), lit(null), lit(null), lit(null),
            lit(null), concat(lit("shipments:"), col("shipment_id")), lit(null)));
  }

  private Dataset<Row> watchlist() {
    Dataset<Row> names = WatchlistNames.of(warehouse.read(InputSource.WATCHLIST.rawTable()));
    // A company that several names of one listing resolve to is listed once, at its best match.
    return PartyCompanies.attach(warehouse, names, col("name"), col("address"), col("country"))
        .filter(col("company_id").isNotNull())
        .groupBy(col("company_id"), col("listing_id"), col("source"))
        .agg(max(coalesce(col("match_score"), lit(0.0))).as("match_score"))
        .select(fact(WATCHLIST, lit(null), lit(null), lit(null), lit(null),
            col("match_score"), col("source"), concat(lit("watchlist:"), col("listing_id")),
            lit(null)));
  }

  private Dataset<Row> location(Dataset<Row> states, Dataset<Row> companies) {
    Column inProvince = upper(col("province")).isin(model.evidence().locationProvinces().toArray());
    Dataset<Row> placed = companies.filter(inProvince)
        .select(col("company_id"), col("province"), col("location_confidence"));
    // The few placed companies first, so that only their aliases meet parties and addresses.
    Dataset<Row> addresses = warehouse.read(PartyResolver.ALIASES_TABLE)
        .select(col("company_id"), col("party_key"))
        .join(placed, "company_id")
        .join(warehouse.read(PartiesStage.TABLE).select(col("party_key"), col("address_key")),
            "party_key")
        .join(warehouse.read(LocateStage.TABLE).select(col("address_key"),
            col("province").as("address_province"), col("confidence")), "address_key")
        .filter(col("address_province").equalTo(col("province")))
        .groupBy(col("company_id"))
        .agg(max(struct(col("confidence"), col("address_key"))).getField("address_key")
            .as("address_key"));
    return states.join(placed, "company_id").join(addresses, "company_id", "left")
        .select(fact(LOCATION, col("family"), lit(null), col("province"),
            coalesce(col("location_confidence"), lit(0.0)), lit(null), lit(null),
            concat(lit("located_addresses:"), coalesce(col("address_key"), lit("?"))),
            lit(null)));
  }

  private Dataset<Row> overseas(Dataset<Row> states, Dataset<Row> companies) {
    Object[] countries = model.evidence().overseasLabourSectors().keySet().toArray();
    return states.join(companies.filter(upper(col("country")).isin(countries))
            .select(col("company_id"), col("country")), "company_id")
        .select(fact(OVERSEAS, col("family"), col("country"), lit(null), lit(null), lit(null),
            lit(null), concat(lit("companies:"), col("company_id")), lit(null)));
  }

  /** Raw families in from a country and processed families back out to it, per company. */
  private Dataset<Row> reimport(Dataset<Row> shipments, Dataset<Row> companies) {
    Dataset<Row> rawIn = shipments
        .filter(col("product_family").isin(model.evidence().reimportRawFamilies().toArray())
            .and(col("buyer_company_id").isNotNull()).and(col("supplier_country").isNotNull()))
        .select(col("buyer_company_id").as("company_id"),
            upper(col("supplier_country")).as("country")).distinct();
    Dataset<Row> processedOut = shipments
        .filter(col("product_family")
            .isin(model.evidence().reimportProcessedFamilies().toArray())
            .and(col("supplier_company_id").isNotNull()).and(col("buyer_country").isNotNull()))
        .select(col("supplier_company_id").as("company_id"),
            upper(col("buyer_country")).as("country"), col("shipment_id"));
    return processedOut.join(rawIn, new String[] {"company_id", "country"})
        .groupBy(col("company_id"))
        .agg(collect_set(col("country")).as("countries"), min(col("shipment_id")).as("shipment_id"))
        .join(companies.select(col("company_id"), col("province")), "company_id")
        .select(fact(REIMPORT, lit(null), lit(null), col("province"), lit(null), lit(null),
            lit(null), concat(lit("shipments:"), col("shipment_id")), col("countries")));
  }

  private static Column[] fact(String kind, Column family, Column country, Column province,
      Column confidence, Column matchScore, Column listing, Column sourceRecord,
      Column countries) {
    return new Column[] {
        col("company_id"),
        lit(kind).as("kind"),
        family.cast("string").as("family"),
        country.cast("string").as("country"),
        province.cast("string").as("province"),
        confidence.cast("double").as("confidence"),
        matchScore.cast("double").as("match_score"),
        listing.cast("string").as("listing"),
        sourceRecord.as("source_record"),
        coalesce(countries, array().cast("array<string>")).as("countries")};
  }
}
