package org.tierwatch.resolve;

import java.util.List;

/**
 * Reads the first word of a name that begins with no known place as a misspelling of the place the
 * other name of a pair begins with, when it is one typing error from it: YIGKOU WEIYU against
 * YINGKOU WEIYU. The normaliser cannot do this alone, because many pinyin trade names are one
 * letter from some city of the gazetteer (ANSHAN and ANSHUN are both cities); beside a name that
 * does begin with that place, the reading is safe, and without it the misspelt place counts as a
 * rare word only one name has, the strongest evidence there is against a match.
 */
final class MisspeltPlace {
  /** Shorter places are too often one letter from a trade name's syllable. */
  static final int MIN_PLACE_LENGTH = 5;

  private MisspeltPlace() {}

  /**
   * The name with its first token taken as {@code otherPlace}'s place it misspells, or the name
   * itself when it has a place of its own, too few tokens, or a first token that misspells none.
   *
   * @param otherPlace the leading place of the other name of the pair, or null
   */
  static NormalisedName readAgainst(NormalisedName name, String otherPlace) {
    if (name.leadingPlace() != null || otherPlace == null || name.tokens().size() < 2) {
      return name;
    }
    String first = name.tokens().get(0);
    for (String place : otherPlace.split(" ")) {
      if (place.length() >= MIN_PLACE_LENGTH && TypingErrors.atMostOne(first, place)) {
        List<String> rest = name.tokens().subList(1, name.tokens().size());
        return new NormalisedName(name.raw(), String.join(" ", rest), rest, name.legalForm(),
            place, name.placeholder());
      }
    }
    return name;
  }
}
