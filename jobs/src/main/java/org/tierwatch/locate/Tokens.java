package org.tierwatch.locate;

/**
 * An address cut into upper-case ASCII words and digit runs, with what separates them: whether
 * punctuation (a comma, a bracket) stands before a token, and the characters right around it.
 */
final class Tokens {
  private final String[] text;
  private final boolean[] number;
  private final boolean[] breakBefore;
  private final boolean[] han;
  private final char[] before;
  private final char[] after;
  private final int size;

  Tokens(String[] text, boolean[] number, boolean[] breakBefore, boolean[] han, char[] before,
      char[] after, int size) {
    this.text = text;
    this.number = number;
    this.breakBefore = breakBefore;
    this.han = han;
    this.before = before;
    this.after = after;
    this.size = size;
  }

  int size() {
    return size;
  }

  String text(int i) {
    return text[i];
  }

  boolean number(int i) {
    return number[i];
  }

  /** Whether punctuation separates token i from the one before it. */
  boolean breakBefore(int i) {
    return breakBefore[i];
  }

  /** Whether token i is the pinyin of one Han character. */
  boolean han(int i) {
    return han[i];
  }

  /** The character right before token i in the normalised text, or 0 at the start. */
  char charBefore(int i) {
    return before[i];
  }

  /** The character right after token i in the normalised text, or 0 at the end. */
  char charAfter(int i) {
    return after[i];
  }

  /** Tokens start (inclusive) to end (exclusive) joined by spaces. */
  String join(int start, int end) {
    StringBuilder joined = new StringBuilder();
    for (int i = start; i < end; i++) {
      if (i > start) {
        joined.append(' ');
      }
      joined.append(text[i]);
    }
    return joined.toString();
  }

  /** Tokens start (inclusive) to end (exclusive) concatenated: the form gazetteer keys take. */
  String key(int start, int end) {
    StringBuilder key = new StringBuilder();
    for (int i = start; i < end; i++) {
      key.append(text[i]);
    }
    return key.toString();
  }
}
