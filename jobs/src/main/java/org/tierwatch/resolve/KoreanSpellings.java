package org.tierwatch.resolve;

import java.util.regex.Pattern;

/**
 * Folds the vowel spellings on which a Korean name differs between the Revised Romanization, which
 * {@link HangulRomaniser} writes, and the older spellings that many companies keep in their
 * English names (SEONG and SUNG for 성, U and WOO for 우, EU and U for ㅡ), so that DAESEONG and
 * DAESUNG, JINU and JINWOO compare equal.
 *
 * <p>Only tokens that read as Korean syllables are folded, and only to four letters or more, so
 * that English words such as NEOSTAR or SOON do not meet other names. The consonants on which the
 * spellings also differ (G and K, D and T, B and P, J and CH) are not folded: they tell apart
 * pinyin names (GANG and KANG), which are most of the names resolved. They are folded only from a
 * token known to be romanised from Hangul ({@link #foldRomanised}): the Revised Romanization
 * begins a word with G, D or B where the older McCune-Reischauer spelling, and most English names
 * registered before 2000, write K, T or P (경일 is GYEONGIL to the romaniser and KYUNGIL to the
 * company, 부산 BUSAN and PUSAN).
 */
final class KoreanSpellings {
  private static final int MIN_LENGTH = 4;
  /** Longer tokens are not Korean trade names, and the syllable pattern backtracks on them. */
  private static final int MAX_LENGTH = 20;
  private static final Pattern SYLLABLES =
      Pattern.compile(
          "(?:(?:KK|TT|PP|SS|JJ|CH|G|K|N|D|T|R|L|M|B|P|S|J|H)?"
              + "(?:WAE|WOO|YAE|YEO|YOO|AE|YA|EO|YE|WA|OE|YO|WO|WE|WI|YU|EU|UI|OO|A|E|O|U|I)"
              + "(?:NG|K|N|T|L|M|P)?)+");

  private KoreanSpellings() {}

  /**
   * A token that {@link HangulRomaniser} wrote, as an older English spelling would give it: its
   * first letter G, D or B as K, T or P, then its vowels folded as {@link #fold} does. A token that
   * does not read as Korean syllables is only folded.
   */
  static String foldRomanised(String token) {
    char first = token.isEmpty() ? ' ' : token.charAt(0);
    char older = switch (first) {
      case 'G' -> 'K';
      case 'D' -> 'T';
      case 'B' -> 'P';
      default -> first;
    };
    if (older == first || token.length() > MAX_LENGTH || !SYLLABLES.matcher(token).matches()) {
      return fold(token);
    }
    return fold(older + token.substring(1));
  }

  /** The token with its Korean vowel spellings folded, or the token itself when it has none. */
  static String fold(String token) {
    if (!token.contains("EO") && !token.contains("OO") && !token.contains("EU")) {
      return token;
    }
    if (token.length() > MAX_LENGTH || !SYLLABLES.matcher(token).matches()) {
      return token;
    }
    String folded =
        token.replace("WOO", "U").replace("OO", "U").replace("EO", "U").replace("EU", "U");
    return folded.length() < MIN_LENGTH ? token : folded;
  }
}
