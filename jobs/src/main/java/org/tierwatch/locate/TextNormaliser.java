package org.tierwatch.locate;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns any address text into {@link Tokens}: Unicode NFKC (full-width forms), Chinese and Korean
 * script to Latin with ICU (pinyin syllables, kept apart from neighbouring words and marked as
 * coming from Han characters, one syllable a token), accents and
 * typographic apostrophes folded to ASCII, words split at camel-case joins ("StreetDalian") and at
 * letter-digit joins, apostrophes inside words dropped ("Ji'an" is JIAN).
 */
final class TextNormaliser {
  /** Longest text read; addresses are far shorter, and the bound keeps the cost bounded. */
  static final int MAX_CHARS = 2_000;

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  // ICU transliterators are costly to build, slow to run and not thread-safe: one per thread,
  // and each Han character or Hangul syllable is spelt once, then remembered for all threads.
  private static final ThreadLocal<Transliterator> HAN_TO_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin"));
  private static final ThreadLocal<Transliterator> HANGUL_TO_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Hangul-Latin"));
  private static final Map<Integer, String> SPELLINGS = new ConcurrentHashMap<>();
  // Bracket Han runs so the splitter knows which syllables they gave.
  private static final char HAN_START = '\u0001';
  private static final char HAN_END = '\u0002';

  private TextNormaliser() {}

  static Tokens tokens(String raw) {
    return split(toAscii(raw == null ? "" : raw));
  }

  /**
   * The text in ASCII: Han and Hangul runs spelt out in Latin between spaces (Han runs also
   * bracketed by markers), other letters without their accents, anything else a space.
   */
  static String toAscii(String raw) {
    String text = raw.length() > MAX_CHARS ? raw.substring(0, MAX_CHARS) : raw;
    if (isAscii(text)) {
      return text;
    }
    text = NFKC.normalize(text);
    if (isAscii(text)) {
      return text;
    }
    StringBuilder ascii = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      int script = UScript.getScript(codePoint);
      if (script == UScript.HAN || script == UScript.HANGUL) {
        int end = endOfRun(text, i, script);
        boolean han = script == UScript.HAN;
        ascii.append(' ');
        if (han) {
          ascii.append(HAN_START);
        }
        for (int k = i; k < end; ) {
          int character = text.codePointAt(k);
          appendFolded(ascii, spelling(character, han));
          if (han) {
            ascii.append(' ');
          }
          k += Character.charCount(character);
        }
        if (han) {
          ascii.append(HAN_END);
        }
        ascii.append(' ');
        i = end;
      } else {
        appendFolded(ascii, codePoint);
        i += Character.charCount(codePoint);
      }
    }
    return ascii.toString();
  }

  /** The Latin spelling of one Han character (a pinyin syllable) or one Hangul syllable. */
  private static String spelling(int codePoint, boolean han) {
    String known = SPELLINGS.get(codePoint);
    if (known != null) {
      return known;
    }
    Transliterator toLatin = (han ? HAN_TO_LATIN : HANGUL_TO_LATIN).get();
    String spelt = toLatin.transliterate(new String(Character.toChars(codePoint)));
    SPELLINGS.put(codePoint, spelt);
    return spelt;
  }

  private static int endOfRun(String text, int start, int script) {
    int i = start;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      if (UScript.getScript(codePoint) != script) {
        break;
      }
      i += Character.charCount(codePoint);
    }
    return i;
  }

  private static void appendFolded(StringBuilder ascii, String latin) {
    for (int i = 0; i < latin.length(); ) {
      int codePoint = latin.codePointAt(i);
      appendFolded(ascii, codePoint);
      i += Character.charCount(codePoint);
    }
  }

  /** One code point in ASCII: itself, its base letter without accents, or a space. */
  private static void appendFolded(StringBuilder ascii, int codePoint) {
    if (codePoint < 0x80) {
      ascii.append((char) codePoint);
      return;
    }
    switch (codePoint) {
      case '\u2019', '\u2018', '\u02BC', '\u00B4', '\u2032' -> ascii.append('\'');
      case '\u00DF' -> ascii.append("ss");
      case '\u00E6' -> ascii.append("ae");
      case '\u00F8' -> ascii.append('o');
      case '\u0111' -> ascii.append('d');
      case '\u0142' -> ascii.append('l');
      default -> {
        String decomposition = NFD.getDecomposition(codePoint);
        char base = decomposition == null ? ' ' : decomposition.charAt(0);
        ascii.append(base < 0x80 ? base : ' ');
      }
    }
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  static Tokens split(String text) {
    int capacity = text.length() / 2 + 2;
    String[] words = new String[capacity];
    boolean[] numbers = new boolean[capacity];
    boolean[] breaks = new boolean[capacity];
    boolean[] han = new boolean[capacity];
    char[] before = new char[capacity];
    char[] after = new char[capacity];
    int count = 0;
    StringBuilder word = new StringBuilder();
    boolean wordIsNumber = false;
    boolean pendingBreak = false;
    boolean inHan = false;
    int start = -1;
    int length = text.length();
    for (int i = 0; i <= length; i++) {
      char c = i < length ? text.charAt(i) : ' ';
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      boolean digit = c >= '0' && c <= '9';
      if (c == '\'' && word.length() > 0 && !wordIsNumber && i + 1 < length
          && Character.isLetter(text.charAt(i + 1))) {
        continue;
      }
      boolean splits = word.length() > 0
          && (!(letter || digit)
              || digit != wordIsNumber
              || (letter && Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1))));
      if (splits) {
        if (count == words.length) {
          int grown = count * 2;
          words = Arrays.copyOf(words, grown);
          numbers = Arrays.copyOf(numbers, grown);
          breaks = Arrays.copyOf(breaks, grown);
          han = Arrays.copyOf(han, grown);
          before = Arrays.copyOf(before, grown);
          after = Arrays.copyOf(after, grown);
        }
        words[count] = word.toString().toUpperCase(Locale.ROOT);
        numbers[count] = wordIsNumber;
        breaks[count] = pendingBreak;
        han[count] = inHan;
        before[count] = start > 0 ? text.charAt(start - 1) : 0;
        after[count] = i < length ? c : 0;
        count++;
        word.setLength(0);
        pendingBreak = false;
      }
      if (letter || digit) {
        if (word.length() == 0) {
          start = i;
          wordIsNumber = digit;
        }
        word.append(c);
      } else if (c == HAN_START || c == HAN_END) {
        inHan = c == HAN_START;
      } else if (isBreak(c)) {
        pendingBreak = true;
      }
    }
    return new Tokens(words, numbers, breaks, han, before, after, count);
  }

  private static boolean isBreak(char c) {
    return c == ',' || c == ';' || c == '(' || c == ')' || c == '/' || c == '|' || c == '\n'
        || c == '\r' || c == ':' || c == '[' || c == ']';
  }
}
