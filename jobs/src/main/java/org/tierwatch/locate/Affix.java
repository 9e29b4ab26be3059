package org.tierwatch.locate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the word after a place name says about it: an administrative unit (province, city,
 * district, county), a development zone of the place, or a feature merely named after it (a road,
 * a building, a village), which is no evidence of location.
 */
enum Affix {
  PROVINCE,
  CITY,
  DISTRICT,
  COUNTY,
  AUTONOMOUS,
  ZONE,
  FEATURE,
  NONE;

  private static final Map<String, Affix> WORDS = new HashMap<>();
  /**
   * Suffixes written glued to a pinyin or Korean name, as in DALIANSHI or 연길시; longest first,
   * so that the reading never depends on iteration order.
   */
  static final List<Map.Entry<String, Affix>> GLUED = List.of(
      Map.entry("DAJIE", FEATURE), Map.entry("SHENG", PROVINCE), Map.entry("XIAN", COUNTY),
      Map.entry("SHI", CITY), Map.entry("JIE", FEATURE), Map.entry("CUN", FEATURE),
      Map.entry("ZHEN", FEATURE), Map.entry("SI", CITY), Map.entry("QU", DISTRICT),
      Map.entry("LU", FEATURE));
  /** Words that may stand between a name and its suffix: directions, "new", ordinals. */
  static final Set<String> SKIPPABLE = Set.of(
      "EAST", "WEST", "NORTH", "SOUTH", "MIDDLE", "CENTRAL", "E", "W", "N", "S", "DONG", "XI",
      "NAN", "BEI", "ZHONG", "NEW", "XIN", "OLD", "UPPER", "LOWER");
  /** Ordinal endings, skipped only right after a number as in "12th Road". */
  static final Set<String> ORDINALS = Set.of("ST", "ND", "RD", "TH");

  static {
    words(PROVINCE, "PROVINCE", "PROV", "SHENG");
    words(CITY, "CITY", "SHI", "MUNICIPALITY", "PREFECTURE");
    words(DISTRICT, "DISTRICT", "DIST", "DISTR", "QU", "AREA");
    words(COUNTY, "COUNTY", "XIAN", "BANNER");
    words(AUTONOMOUS, "AUTONOMOUS", "MANCHU", "MANCHURIAN", "KOREAN", "MONGOL", "MONGOLIAN",
        "CHAOXIANZU");
    words(ZONE, "ECONOMIC", "DEVELOPMENT", "DEVELOPING", "HIGHTECH", "HI", "HIGH", "ETDZ", "EDZ",
        "FREE", "BONDED", "EXPORT");
    words(FEATURE, "ROAD", "RD", "LU", "STREET", "ST", "STR", "JIE", "AVENUE", "AVE", "AV",
        "BOULEVARD", "BLVD", "DADAO", "DAJIE", "DAO", "LANE", "LN", "ALLEY", "HUTONG", "HIGHWAY",
        "HWY", "EXPRESSWAY", "GONGLU", "WAY", "DRIVE", "SQUARE", "SQ", "PLAZA", "GUANGCHANG",
        "BUILDING", "BLDG", "BLD", "DASHA", "TOWER", "MANSION", "CENTER", "CENTRE", "HOTEL",
        "GARDEN", "GARDENS", "HUAYUAN", "ESTATE", "VILLAGE", "CUN", "TOWN", "TOWNSHIP", "ZHEN",
        "COMMUNITY", "SHEQU", "INDUSTRIAL", "INDUSTRY", "PARK", "GROUP", "CO", "COMPANY", "CORP",
        "CORPORATION", "LTD", "LIMITED", "BRIDGE", "QIAO", "RIVER", "LAKE", "MOUNTAIN",
        "HILL", "GATE", "MARKET", "STATION", "UNIVERSITY", "SCHOOL", "HOSPITAL", "ROUTE");
  }

  private static void words(Affix affix, String... words) {
    for (String word : words) {
      WORDS.put(word, affix);
    }
  }

  /** The affix a standalone word signals, or null when the word is none. */
  static Affix ofWord(String word) {
    return WORDS.get(word);
  }

  /** Whether this affix confirms a place of the given level, as "City" confirms a prefecture. */
  boolean confirms(PlaceLevel level) {
    return switch (this) {
      case PROVINCE -> level == PlaceLevel.PROVINCE;
      case CITY -> level == PlaceLevel.PREFECTURE || level == PlaceLevel.COUNTY_CITY;
      case DISTRICT -> level == PlaceLevel.DISTRICT;
      case COUNTY -> level == PlaceLevel.COUNTY;
      case AUTONOMOUS -> level == PlaceLevel.COUNTY || level == PlaceLevel.PREFECTURE;
      default -> false;
    };
  }

  /** Whether this affix says the name is an administrative unit, not a feature. */
  boolean administrative() {
    return this == PROVINCE || this == CITY || this == DISTRICT || this == COUNTY
        || this == AUTONOMOUS;
  }
}
