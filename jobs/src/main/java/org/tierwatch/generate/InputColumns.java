package org.tierwatch.generate;

import java.util.List;

/** The exact column names of the input contract (DESIGN.md) and of the truth files. */
final class InputColumns {

    static final List<String> BOL = List.of("bol_number", "arrival_date", "shipper_name", "shipper_address",
            "shipper_country", "consignee_name", "consignee_address", "consignee_country", "notify_party",
            "port_of_lading", "port_of_unlading", "country_of_origin", "goods_description", "hs_code", "weight_kg",
            "quantity", "container_count");
    static final List<String> IMPORTS = List.of("declaration_id", "declaration_date", "reporting_country",
            "importer_name", "importer_address", "importer_country", "exporter_name", "exporter_address",
            "exporter_country", "exporter_id", "origin_country", "hs_code", "goods_description", "value_usd",
            "quantity", "quantity_unit", "weight_kg");
    static final List<String> PRODUCTS = List.of("sku", "product_name", "category", "hs_code", "annual_spend_usd");
    static final List<String> BOM = List.of("sku", "component", "component_hs_code", "supplier_id", "share");
    static final List<String> SUPPLIERS = List.of("supplier_id", "supplier_name", "address", "country",
            "registration_id", "annual_spend_usd");
    static final List<String> DISCLOSURES = List.of("supplier_id", "sub_supplier_name", "sub_supplier_address",
            "sub_supplier_country", "hs_code", "share");
    static final List<String> WATCHLIST = List.of("entity_name", "aliases", "address", "country", "identifiers",
            "source", "evidence_type", "listed_on");

    static final List<String> TRUTH_PARTIES = List.of("source", "record_id", "role", "company_key");
    static final List<String> TRUTH_LOCATIONS = List.of("company_key", "province");
    static final List<String> TRUTH_PRODUCTS = List.of("sku", "exposed", "source_company_key", "chain_kind",
            "source_tier");
    static final List<String> TRUTH_MALFORMED = List.of("file", "line_number", "reason");
    static final List<String> TRUTH_SUPPLIERS = List.of("supplier_id", "company_key");
    static final List<String> TRUTH_DISCLOSURES = List.of("line_number", "supplier_id", "company_key");
    static final List<String> TRUTH_WATCHLIST = List.of("line_number", "entity_name", "company_key");
    static final List<String> TRUTH_COMPANIES = List.of("company_key", "canonical_name", "country", "province", "city",
            "family", "role");

    private InputColumns() {
    }
}
