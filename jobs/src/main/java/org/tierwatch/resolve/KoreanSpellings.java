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
 * pinyin names (GANG and KANG), which are most of the names resolved; GYEONGIL therefore does not
 * meet KYUNGIL.
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
