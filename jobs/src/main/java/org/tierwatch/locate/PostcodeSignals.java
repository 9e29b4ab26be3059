package org.tierwatch.locate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads six-digit Chinese postcodes, only in a postal context: the address is in China, the
 * number stands alone (not glued to letters, dashes or a '#') and is not a box, room, unit,
 * telephone or order number. Moscow indexes, Delhi PINs and Dubai P.O. boxes are never read.
 */
final class PostcodeSignals {
  static final double STRENGTH = 0.91;
  static final double LABELLED_STRENGTH = 0.95;

  private static final Set<String> NOT_POSTAL = Set.of("BOX", "POB", "POBOX", "ROOM", "RM",
      "NO", "NR", "NUMBER", "NUM", "UNIT", "APT", "SUITE", "FLAT", "TEL", "TELEPHONE", "PHONE",
      "FAX", "MOB", "MOBILE", "PLOT", "OFFICE", "KOM", "ORDER", "ID", "ACCOUNT", "LICENSE",
      "LICENCE", "REG", "BLOCK", "BLK", "FLOOR", "HAO");
  private static final Set<String> POSTAL = Set.of("POSTCODE", "POSTAL", "ZIP", "ZIPCODE", "PC",
      "CODE", "POST", "YOUBIAN", "INDEX");

  private PostcodeSignals() {}

  static List<Clue> read(Tokens tokens, Gazetteer gazetteer) {
    List<Clue> clues = new ArrayList<>(1);
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.number(i) || tokens.text(i).length() != 6 || !standsAlone(tokens, i)) {
        continue;
      }
      String previous = i > 0 ? tokens.text(i - 1) : "";
      if (NOT_POSTAL.contains(previous)) {
        continue;
      }
      Clue clue = clue(tokens.text(i), POSTAL.contains(previous), gazetteer);
      if (clue != null) {
        clues.add(clue);
      }
    }
    return clues;
  }

  private static boolean standsAlone(Tokens tokens, int i) {
    char before = tokens.charBefore(i);
    char after = tokens.charAfter(i);
    boolean clearBefore = !Character.isLetterOrDigit(before) && before != '#' && before != '+'
        && before != '-';
    boolean decimal = after == '.' && i + 1 < tokens.size() && tokens.number(i + 1);
    boolean clearAfter = !Character.isLetterOrDigit(after) && after != '-' && !decimal;
    return clearBefore && clearAfter;
  }

  private static Clue clue(String postcode, boolean labelled, Gazetteer gazetteer) {
    String region = gazetteer.regionOfPostcode(postcode);
    if (region == null) {
      return null;
    }
    double strength = labelled ? LABELLED_STRENGTH : STRENGTH;
    Province province = Place.provinceOf(region);
    if (province == Province.OTHER) {
      return new Clue(new LocationSignal(SignalKind.POSTCODE, postcode, Province.OTHER, null,
          strength, region), region);
    }
    Place place = gazetteer.placeOfPostcode(postcode);
    String city = place == null ? null : place.city();
    return new Clue(new LocationSignal(SignalKind.POSTCODE, postcode, province, city, strength,
        ""), region);
  }
}
