package org.tierwatch.locate;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One gazetteer place. {@code region} is its province-level unit (or its country, for places
 * abroad); {@code prefecture} its prefecture-level unit, null for provinces and prefectures.
 */
record Place(
    PlaceLevel level,
    String region,
    String prefecture,
    String name,
    String chinese,
    String postcode,
    List<String> areaCodes,
    String adminCode) {

  static final String LIAONING = "Liaoning";
  static final String JILIN = "Jilin";
  static final String CHINA = "China";

  Place {
    requireNonNull(level, "level is null");
    requireNonNull(region, "region is null");
    requireNonNull(name, "name is null");
    requireNonNull(chinese, "chinese is null");
    requireNonNull(areaCodes, "areaCodes is null");
    areaCodes = List.copyOf(areaCodes);
  }

  Province province() {
    return provinceOf(region);
  }

  static Province provinceOf(String region) {
    return switch (region) {
      case LIAONING -> Province.LIAONING;
      case JILIN -> Province.JILIN;
      case CHINA -> Province.UNKNOWN;
      default -> Province.OTHER;
    };
  }

  /** The prefecture-level unit this place belongs to, or is; null above that level. */
  String prefectureName() {
    return level == PlaceLevel.PREFECTURE ? name : prefecture;
  }

  /** The city or county an address here is in: the place itself down to county level. */
  String city() {
    return switch (level) {
      case COUNTRY, PROVINCE -> null;
      case PREFECTURE, COUNTY_CITY, COUNTY -> name;
      case DISTRICT -> prefecture;
    };
  }
}
