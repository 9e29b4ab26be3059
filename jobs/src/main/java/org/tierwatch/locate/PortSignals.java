package org.tierwatch.locate;

import java.util.List;

/**
 * Reads the port of lading, by UN/LOCODE (CNDAL, CNDDG, ...) or by name. It is weak evidence:
 * Dalian ships goods from all over north-east China, so a port only tips an otherwise open case.
 */
final class PortSignals {
  static final double STRENGTH = 0.3;

  private PortSignals() {}

  static Clue read(String port, Gazetteer gazetteer, NameMatcher matcher) {
    if (port == null || port.isBlank()) {
      return null;
    }
    Tokens tokens = TextNormaliser.tokens(port);
    for (int i = 0; i < tokens.size(); i++) {
      String[] known = gazetteer.port(tokens.text(i));
      if (known != null) {
        return clue(tokens.text(i), known[0], known[1]);
      }
    }
    List<NameMatch> matches = matcher.find(tokens);
    for (NameMatch match : matches) {
      Place place = match.candidates().get(0).place();
      boolean sameRegion = match.candidates().stream()
          .allMatch(name -> name.place().region().equals(place.region()));
      if (sameRegion && place.level().rank() >= PlaceLevel.COUNTY.rank()
          && place.province() != Province.UNKNOWN) {
        return clue(match.matched(), place.region(), place.city());
      }
    }
    return null;
  }

  private static Clue clue(String matched, String region, String city) {
    Province province = Place.provinceOf(region);
    String note = province == Province.OTHER ? region + "; weak on its own" : "weak on its own";
    return new Clue(new LocationSignal(SignalKind.PORT, matched, province, city, STRENGTH, note),
        region);
  }
}
