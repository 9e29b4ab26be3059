package org.tierwatch.resolve;

import java.util.List;

/**
 * The Latin words of one run of Hangul in an address, as Korean addresses are written in Latin
 * letters: 강남구 is GANGNAM-GU and 테헤란로 is TEHERAN-RO, the place name and its unit split at a
 * hyphen, so the unit becomes a word of its own (GANGNAM, GU) as it does when Latin addresses are
 * split into words. The ranks of the largest cities (서울특별시, 부산광역시) are dropped, because the
 * Latin form writes the city alone: SEOUL, BUSAN.
 */
final class KoreanAddressWords {
  private static final List<String> CITY_RANKS = List.of("특별자치시", "특별자치도", "특별시", "광역시");

  /** Units that follow a place name: province, city, county, district, town, village, road. */
  private static final String UNITS = "도시군구읍면동리로길가";

  private KoreanAddressWords() {}

  /**
   * The words of one run of Hangul syllables.
   *
   * @param run precomposed Hangul syllables only
   */
  static List<String> of(String run) {
    for (String rank : CITY_RANKS) {
      if (run.length() > rank.length() && run.endsWith(rank)) {
        return List.of(spell(run.substring(0, run.length() - rank.length())));
      }
    }
    int last = run.length() - 1;
    if (last > 0 && UNITS.indexOf(run.charAt(last)) >= 0) {
      return List.of(spell(run.substring(0, last)), spell(run.substring(last)));
    }
    return List.of(spell(run));
  }

  private static String spell(String syllables) {
    return String.join("", HangulRomaniser.syllables(syllables));
  }
}
