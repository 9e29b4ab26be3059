package org.tierwatch.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Spells Korean words in the Revised Romanization of Korean, the spelling that trade records give
 * Korean trade names: 한빛 is HANBIT, where ICU's letter-for-letter Hangul-Latin gives HANBICH.
 *
 * <p>Each precomposed syllable is split into initial, vowel and final. A final is spelt as the
 * system spells it at the end of a word (빛 ends in T, 닭 in K), except that before a syllable
 * with a silent initial it is carried over as that syllable's initial (국악 is GUGAK, 없어 is
 * EOPSEO, and ㅎ falls silent), and ㄹ before ㄹ is LL. The other sound changes the system writes
 * between syllables (nasalisation as in 국내 GUNGNAE, palatalisation as in 같이 GACHI) are left
 * out: trade names rarely have them, and a name that has one still shares its other tokens.
 */
final class HangulRomaniser {
  private static final char FIRST_SYLLABLE = '\uAC00';
  private static final char LAST_SYLLABLE = '\uD7A3';
  private static final int VOWEL_COUNT = 21;
  private static final int FINAL_COUNT = 28;
  private static final int SILENT_INITIAL = 11;
  private static final int RIEUL_INITIAL = 5;
  private static final int RIEUL_FINAL = 8;

  private static final String[] INITIALS = {
    "G", "KK", "N", "D", "TT", "R", "M", "B", "PP", "S", "SS", "", "J", "JJ", "CH", "K", "T", "P",
    "H"
  };

  private static final String[] VOWELS = {
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WO", "WE",
    "WI", "YU", "EU", "UI", "I"
  };

  /** Each final (index 0 is none) as spelt before a consonant or at the end of a word. */
  private static final String[] FINALS = {
    "", "K", "K", "K", "N", "N", "N", "T", "L", "K", "M", "L", "L", "L", "P", "L", "M", "P", "P",
    "T", "T", "NG", "T", "T", "K", "T", "P", "T"
  };

  /**
   * Each final before a vowel: what stays in its syllable, and what becomes the next syllable's
   * initial. Of a double final the second consonant moves; ㅇ never moves, ㅎ is not pronounced.
   */
  private static final String[][] FINALS_BEFORE_VOWEL = {
    {"", ""}, {"", "G"}, {"", "KK"}, {"K", "S"}, {"", "N"}, {"N", "J"}, {"", "N"}, {"", "D"},
    {"", "R"}, {"L", "G"}, {"L", "M"}, {"L", "B"}, {"L", "S"}, {"L", "T"}, {"L", "P"}, {"", "R"},
    {"", "M"}, {"", "B"}, {"P", "S"}, {"", "S"}, {"", "SS"}, {"NG", ""}, {"", "J"}, {"", "CH"},
    {"", "K"}, {"", "T"}, {"", "P"}, {"", ""}
  };

  private HangulRomaniser() {}

  /** True for a precomposed Hangul syllable (U+AC00 to U+D7A3). */
  static boolean isSyllable(int codePoint) {
    return codePoint >= FIRST_SYLLABLE && codePoint <= LAST_SYLLABLE;
  }

  /**
   * The upper-case spelling of each syllable of one word, in order, after liaison moved finals
   * forward: 국악 is [GU, GAK], so the syllables can be matched one by one or joined.
   *
   * @param word precomposed Hangul syllables only
   */
  static List<String> syllables(String word) {
    List<String> spelt = new ArrayList<>(word.length());
    int previousFinal = 0;
    for (int i = 0; i < word.length(); i++) {
      int index = syllableIndex(word.charAt(i));
      int initial = index / (VOWEL_COUNT * FINAL_COUNT);
      int vowel = index / FINAL_COUNT % VOWEL_COUNT;
      int last = index % FINAL_COUNT;
      boolean vowelFollows =
          i + 1 < word.length()
              && syllableIndex(word.charAt(i + 1)) / (VOWEL_COUNT * FINAL_COUNT) == SILENT_INITIAL;
      spelt.add(
          onset(initial, previousFinal)
              + VOWELS[vowel]
              + (vowelFollows ? FINALS_BEFORE_VOWEL[last][0] : FINALS[last]));
      previousFinal = last;
    }
    return spelt;
  }

  private static String onset(int initial, int previousFinal) {
    if (initial == SILENT_INITIAL) {
      return FINALS_BEFORE_VOWEL[previousFinal][1];
    }
    if (initial == RIEUL_INITIAL && previousFinal == RIEUL_FINAL) {
      return "L";
    }
    return INITIALS[initial];
  }

  private static int syllableIndex(char syllable) {
    if (!isSyllable(syllable)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "not a precomposed Hangul syllable: U+%04X", (int) syllable));
    }
    return syllable - FIRST_SYLLABLE;
  }
}
