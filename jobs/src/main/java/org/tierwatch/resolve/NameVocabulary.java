package org.tierwatch.resolve;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of name normalisation: canonical forms of common business words and their
 * abbreviations, stop words, and the phrases that stand where a party's name should be.
 */
final class NameVocabulary {

  /**
   * Business words and their abbreviations mapped to one canonical form, keyed by the singular
   * (plural folding runs first). The canonical form is the abbreviation because short forms are
   * what trade records carry most. COMM stands for both COMMUNICATIONS and COMMERCIAL, as it does
   * in the records themselves; the words are generic enough that the merge costs little.
   */
  static final Map<String, String> CANONICAL =
      Map.ofEntries(
          Map.entry("COMMUNICATION", "COMM"),
          Map.entry("COMMUNICATIONS", "COMM"),
          Map.entry("COMMERCIAL", "COMM"),
          Map.entry("COML", "COMM"),
          Map.entry("GROUP", "GRP"),
          Map.entry("GRP", "GRP"),
          Map.entry("INTERNATIONAL", "INTL"),
          Map.entry("INTERNATL", "INTL"),
          Map.entry("INTL", "INTL"),
          Map.entry("MANUFACTURING", "MFG"),
          Map.entry("MANUFACTURER", "MFG"),
          Map.entry("MANUFACTORY", "MFG"),
          Map.entry("MANUF", "MFG"),
          Map.entry("MFR", "MFG"),
          Map.entry("ELECTRONIC", "ELEC"),
          Map.entry("ELECTRIC", "ELEC"),
          Map.entry("ELECTRICAL", "ELEC"),
          Map.entry("ELECT", "ELEC"),
          Map.entry("ELECTR", "ELEC"),
          Map.entry("TECHNOLOGY", "TECH"),
          Map.entry("TECHNOLOGIE", "TECH"),
          Map.entry("TECHNICAL", "TECH"),
          Map.entry("TECHNO", "TECH"),
          Map.entry("INDUSTRIAL", "IND"),
          Map.entry("INDUSTRY", "IND"),
          Map.entry("INDUSTRIE", "IND"),
          Map.entry("INDL", "IND"),
          Map.entry("IMPORT", "IMP"),
          Map.entry("EXPORT", "EXP"),
          Map.entry("IMPEX", "IMP EXP"),
          Map.entry("TRADE", "TRADING"),
          Map.entry("TRD", "TRADING"),
          Map.entry("TRDG", "TRADING"),
          Map.entry("TRADER", "TRADING"),
          Map.entry("DEVELOPMENT", "DEV"),
          Map.entry("DEVT", "DEV"),
          Map.entry("ENTERPRISE", "ENT"),
          Map.entry("ENTP", "ENT"),
          Map.entry("PRODUCT", "PROD"),
          Map.entry("EQUIPMENT", "EQUIP"),
          Map.entry("EQPT", "EQUIP"),
          Map.entry("MACHINERY", "MACH"),
          Map.entry("CLOTHING", "GARMENT"),
          Map.entry("CLOTHE", "GARMENT"),
          Map.entry("GARMENT", "GARMENT"),
          Map.entry("CHEMICAL", "CHEM"),
          Map.entry("PHARMACEUTICAL", "PHARM"),
          Map.entry("PHARMA", "PHARM"),
          Map.entry("ENGINEERING", "ENG"),
          Map.entry("ENGG", "ENG"),
          Map.entry("SERVICE", "SVC"),
          Map.entry("SERV", "SVC"),
          Map.entry("INVESTMENT", "INV"),
          Map.entry("INVT", "INV"),
          Map.entry("HOLDING", "HLDG"),
          Map.entry("BROTHER", "BRO"),
          Map.entry("ASSOCIATE", "ASSOC"),
          Map.entry("DISTRIBUTION", "DIST"),
          Map.entry("DISTRIBUTOR", "DIST"),
          Map.entry("DISTR", "DIST"),
          Map.entry("CONSTRUCTION", "CONSTR"),
          Map.entry("NATIONAL", "NATL"),
          Map.entry("DEPARTMENT", "DEPT"),
          Map.entry("MANAGEMENT", "MGMT"),
          Map.entry("MGT", "MGMT"),
          Map.entry("INSTRUMENT", "INSTR"),
          Map.entry("LABORATORY", "LAB"),
          Map.entry("SCIENCE", "SCI"),
          Map.entry("SCIENTIFIC", "SCI"),
          Map.entry("AGRICULTURE", "AGRI"),
          Map.entry("AGRICULTURAL", "AGRI"),
          Map.entry("AGRIC", "AGRI"),
          Map.entry("MATL", "MATERIAL"),
          Map.entry("CENTRE", "CTR"),
          Map.entry("CENTER", "CTR"),
          Map.entry("FOODSTUFF", "FOOD"));

  /** Words that carry no identity in any language the records use. */
  static final Set<String> STOP_WORDS =
      Set.of(
          "AND", "THE", "OF", "FOR", "DE", "DEL", "DA", "DO", "LA", "LE", "LES", "DES", "DU", "DER",
          "DIE", "DAS", "UND", "ET", "Y", "E", "EN", "VAN", "VON");

  /** Whole names that name no party. */
  static final Set<String> PLACEHOLDERS =
      Set.of(
          "N A", "NA", "N", "NONE", "NIL", "NULL", "UNKNOWN", "UNK", "TBA", "TBD", "TBC",
          "NOT AVAILABLE", "NOT APPLICABLE", "NOT PROVIDED", "NOT DECLARED", "NOT STATED",
          "NO NAME", "SAME", "AS ABOVE", "SEE ABOVE", "ORDER", "CONSIGNEE", "SHIPPER", "NOTIFY",
          "NOTIFY PARTY", "BANK", "TO BANK", "TO THE BANK", "ANY", "VARIOUS",
          "同上");

  /** Beginnings of names that name no party: an order instruction or a reference elsewhere. */
  static final List<String> PLACEHOLDER_PREFIXES =
      List.of(
          "TO ORDER", "TO THE ORDER", "ORDER OF", "SAME AS", "AS PER", "SEE",
          "REFER TO", "ON BEHALF OF");

  /** Words that may follow a place name and belong to it ({@code DANDONG CITY}). */
  static final Set<String> PLACE_SUFFIXES = Set.of("CITY", "SHI", "PROVINCE", "SHENG", "COUNTY");

  private NameVocabulary() {}
}
