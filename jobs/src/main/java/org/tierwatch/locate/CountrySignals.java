package org.tierwatch.locate;

import java.util.Set;

/**
 * Reads the country field, which sources fill with ISO codes ("CN") or names ("China", "Hong
 * Kong", "Korea, North"). Mainland China leaves the province to the address; any other country
 * places the address elsewhere; blanks and placeholders say nothing.
 */
final class CountrySignals {
  static final double OTHER_COUNTRY_STRENGTH = 0.95;

  private static final Set<String> CHINA = Set.of("CN", "CHN", "CHINA", "PRC", "PRCHINA",
      "PEOPLESREPUBLICOFCHINA", "THEPEOPLESREPUBLICOFCHINA", "CHINAPRC", "CHINAPEOPLESREPUBLICOF",
      "MAINLANDCHINA", "CHINAMAINLAND", "ZHONGGUO", "ZHONGHUARENMINGONGHEGUO", "156");
  private static final Set<String> CHINA_FIRST_WORDS = Set.of("CHINA", "PRC", "CN", "CHN");
  private static final Set<String> NOT_MAINLAND =
      Set.of("TAIWAN", "TAIPEI", "HONG", "HONGKONG", "MACAU", "MACAO", "HK", "TW", "MO");
  private static final Set<String> PLACEHOLDERS =
      Set.of("NA", "NONE", "NULL", "UNKNOWN", "N", "XX", "ZZ", "0", "");

  /** What a country field says. */
  enum Reading { ABSENT, CHINA, ELSEWHERE }

  private CountrySignals() {}

  static Reading read(String country) {
    Tokens tokens = TextNormaliser.tokens(country);
    String key = tokens.key(0, tokens.size());
    if (PLACEHOLDERS.contains(key)) {
      return Reading.ABSENT;
    }
    return CHINA.contains(key) || namesMainlandFirst(tokens) ? Reading.CHINA : Reading.ELSEWHERE;
  }

  /** "China, Liaoning" or "CN (mainland)": China first, no territory outside the mainland. */
  private static boolean namesMainlandFirst(Tokens tokens) {
    if (!CHINA_FIRST_WORDS.contains(tokens.text(0))) {
      return false;
    }
    for (int i = 1; i < tokens.size(); i++) {
      if (NOT_MAINLAND.contains(tokens.text(i))) {
        return false;
      }
    }
    return true;
  }

  /** The clue a country field gives: weightless for China, OTHER for anywhere else. */
  static Clue clue(String country, Reading reading) {
    String shown = country == null ? "" : country.strip();
    return switch (reading) {
      case ABSENT -> null;
      case CHINA -> Clue.note(SignalKind.COUNTRY, shown, "China; the address decides");
      case ELSEWHERE -> new Clue(new LocationSignal(SignalKind.COUNTRY, shown, Province.OTHER,
          null, OTHER_COUNTRY_STRENGTH, "outside mainland China"), shown);
    };
  }
}
