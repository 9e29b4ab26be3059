package org.tierwatch.resolve;

/**
 * Whether two words are at most one typing error apart: one letter wrong, missing or added, or two
 * adjacent letters swapped (the optimal string alignment distance is at most 1).
 */
final class TypingErrors {
  private TypingErrors() {}

  static boolean atMostOne(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int prefix = 0;
    while (prefix < Math.min(la, lb) && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    if (la == lb) {
      // One letter wrong, or two adjacent letters swapped.
      return a.regionMatches(prefix + 1, b, prefix + 1, la - prefix - 1)
          || prefix + 1 < la
              && a.charAt(prefix) == b.charAt(prefix + 1)
              && a.charAt(prefix + 1) == b.charAt(prefix)
              && a.regionMatches(prefix + 2, b, prefix + 2, la - prefix - 2);
    }
    // One letter missing from the shorter word.
    String longer = la > lb ? a : b;
    String shorter = la > lb ? b : a;
    return longer.regionMatches(prefix + 1, shorter, prefix, shorter.length() - prefix);
  }
}
