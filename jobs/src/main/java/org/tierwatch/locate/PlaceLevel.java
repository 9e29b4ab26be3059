package org.tierwatch.locate;

/** Administrative level of a gazetteer place; a higher rank is the more prominent unit. */
enum PlaceLevel {
  COUNTRY(6),
  PROVINCE(5),
  PREFECTURE(4),
  COUNTY_CITY(3),
  COUNTY(2),
  DISTRICT(1);

  private final int rank;

  PlaceLevel(int rank) {
    this.rank = rank;
  }

  int rank() {
    return rank;
  }
}
