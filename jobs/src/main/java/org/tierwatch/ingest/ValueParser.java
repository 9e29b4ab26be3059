package org.tierwatch.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Parses the text of one field into its contract type. Each method returns the value, or throws
 * {@link IllegalArgumentException} whose message completes the sentence "column X ...".
 */
final class ValueParser {
  private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern HS_CODE = Pattern.compile("[0-9][0-9. ]*[0-9]");

  private ValueParser() {}

  static Object parse(ColumnType type, String text) {
    return switch (type) {
      case TEXT -> text;
      case DATE -> date(text);
      case AMOUNT -> amount(text);
      case COUNT -> count(text);
      case FRACTION -> fraction(text);
      case HS_CODE -> hsCode(text);
    };
  }

  /** ISO-8601 dates, with or without a time part, and the basic form 20250131. */
  static LocalDate date(String text) {
    try {
      if (text.length() == 8 && text.chars().allMatch(Character::isDigit)) {
        return LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE);
      }
      if (text.length() == 10) {
        return LocalDate.parse(text);
      }
      if (text.length() > 10 && (text.charAt(10) == 'T' || text.charAt(10) == ' ')) {
        String iso = text.substring(0, 10) + 'T' + text.substring(11);
        return iso.endsWith("Z") || iso.matches(".*[+-]\\d\\d:?\\d\\d$")
            ? OffsetDateTime.parse(iso).toLocalDate()
            : LocalDateTime.parse(iso).toLocalDate();
      }
    } catch (DateTimeParseException e) {
      // reported below, with the expected form
    }
    throw new IllegalArgumentException("is not a date: '" + text + "' (expected YYYY-MM-DD)");
  }

  static double amount(String text) {
    String digits = text.replace(" ", "");
    if (THOUSANDS.matcher(digits).matches()) {
      digits = digits.replace(",", "");
    }
    if (digits.startsWith("-") && PLAIN_NUMBER.matcher(digits.substring(1)).matches()) {
      throw new IllegalArgumentException("must not be negative: '" + text + "'");
    }
    if (!PLAIN_NUMBER.matcher(digits).matches()) {
      throw new IllegalArgumentException("is not a number: '" + text + "'");
    }
    double value = Double.parseDouble(digits);
    if (Double.isInfinite(value)) {
      throw new IllegalArgumentException("is too large: '" + text + "'");
    }
    return value;
  }

  static long count(String text) {
    double value = amount(text);
    if (value != Math.rint(value) || value > Long.MAX_VALUE) {
      throw new IllegalArgumentException("is not a whole number: '" + text + "'");
    }
    return new BigDecimal(value).longValueExact();
  }

  static double fraction(String text) {
    double value = amount(text);
    if (value > 1.0) {
      throw new IllegalArgumentException("must be a fraction from 0 to 1: '" + text + "'");
    }
    return value;
  }

  /** Keeps the code as written, once it is known to hold 2 to 10 digits. */
  static String hsCode(String text) {
    if (!HS_CODE.matcher(text).matches()) {
      throw new IllegalArgumentException("is not an HS code: '" + text + "' (expected 2 to 10 digits)");
    }
    long digits = text.chars().filter(Character::isDigit).count();
    if (digits < 2 || digits > 10) {
      throw new IllegalArgumentException("is not an HS code: '" + text + "' (expected 2 to 10 digits)");
    }
    return text;
  }
}
