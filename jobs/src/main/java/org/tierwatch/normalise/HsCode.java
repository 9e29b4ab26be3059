package org.tierwatch.normalise;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A Harmonized System code as plain digits (2 to 10 of them), with its chapter, heading and
 * subheading levels.
 */
public record HsCode(String digits) {
  private static final int MIN_DIGITS = 2;
  private static final int MAX_DIGITS = 10;

  public HsCode {
    requireNonNull(digits, "digits is null");
    if (!isValid(digits)) {
      throw new IllegalArgumentException("an HS code has 2 to 10 digits, got '" + digits + "'");
    }
  }

  /**
   * Reads a code as real files write it ("0306.17", "0306 17", "'030617"): dots, whitespace and
   * stray quotes are dropped; anything else (letters, dashes, too few or too many digits) makes
   * the code unreadable.
   */
  public static Optional<HsCode> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    StringBuilder digits = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (!isIgnorable(c)) {
        return Optional.empty();
      }
    }
    String result = digits.toString();
    return isValid(result) ? Optional.of(new HsCode(result)) : Optional.empty();
  }

  /** The 2-digit chapter. */
  public String chapter() {
    return digits.substring(0, 2);
  }

  /** The 4-digit heading, or null when the code is shorter. */
  public String heading() {
    return digits.length() >= 4 ? digits.substring(0, 4) : null;
  }

  /** The 6-digit subheading (the international level), or null when the code is shorter. */
  public String subheading() {
    return digits.length() >= 6 ? digits.substring(0, 6) : null;
  }

  private static boolean isIgnorable(char c) {
    return c == '.' || c == '"' || c == '\'' || Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isValid(String digits) {
    if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS) {
      return false;
    }
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
