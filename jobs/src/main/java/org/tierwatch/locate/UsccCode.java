package org.tierwatch.locate;

/**
 * The Unified Social Credit Code of GB 32100-2015: 18 characters from a 31-character alphabet
 * (digits and capitals without I, O, S, V, Z), the last a check character over the first 17.
 * Characters 3-8 are the registering authority's administrative division code.
 */
final class UsccCode {
  static final int LENGTH = 18;

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS =
      {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private UsccCode() {}

  /** The code upper-cased without spaces and dashes, or null if it cannot be a USCC. */
  static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < raw.length(); i++) {
      char c = Character.toUpperCase(raw.charAt(i));
      if (c == ' ' || c == '-') {
        continue;
      }
      if (ALPHABET.indexOf(c) < 0 || code.length() == LENGTH) {
        return null;
      }
      code.append(c);
    }
    return code.length() == LENGTH ? code.toString() : null;
  }

  /** Whether the 18th character is the check character of the first 17. */
  static boolean checkCharacterValid(String code) {
    return code.charAt(LENGTH - 1) == checkCharacterFor(code);
  }

  /** The six-digit administrative division code inside, or null if it is not all digits. */
  static String adminCode(String code) {
    String admin = code.substring(2, 8);
    for (int i = 0; i < admin.length(); i++) {
      if (!Character.isDigit(admin.charAt(i))) {
        return null;
      }
    }
    return admin;
  }

  /** The check character the first 17 characters of a code call for. */
  static char checkCharacterFor(String first17) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }
}
