package org.tierwatch.locate;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.Arrays;
import java.util.Locale;

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
  // ICU transliterators are costly to build and not thread-safe: one per thread.
  private static final ThreadLocal<Transliterator> TO_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  // Bracket Han runs through transliteration so the splitter knows which syllables they gave.
  private static final char HAN_START = '\u0001';
  private static final char HAN_END = '\u0002';

  private TextNormaliser() {}

  static Tokens tokens(String raw) {
    return split(toAscii(raw == null ? "" : raw));
  }

  /** The text in ASCII, with Han and Hangul runs spelt out in Latin between spaces. */
  static String toAscii(String raw) {
    String text = raw.length() > MAX_CHARS ? raw.substring(0, MAX_CHARS) : raw;
    if (isAscii(text)) {
      return text;
    }
    text = NFKC.normalize(text);
    if (isAscii(text)) {
      return text;
    }
    return TO_ASCII.get().transliterate(spaceAsianRuns(text));
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Puts spaces around runs of Han and Hangul so their syllables never glue to Latin words, and
   * brackets Han runs with markers that survive transliteration.
   */
  private static String spaceAsianRuns(String text) {
    StringBuilder spaced = new StringBuilder(text.length() + 8);
    int inRun = UScript.COMMON;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int script = UScript.getScript(codePoint);
      int run = script == UScript.HAN || script == UScript.HANGUL ? script : UScript.COMMON;
      if (run != inRun) {
        spaced.append(inRun == UScript.HAN ? HAN_END : ' ');
        spaced.append(run == UScript.HAN ? HAN_START : ' ');
        inRun = run;
      }
      spaced.appendCodePoint(codePoint);
      i += Character.charCount(codePoint);
    }
    if (inRun == UScript.HAN) {
      spaced.append(HAN_END);
    }
    return spaced.toString();
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
