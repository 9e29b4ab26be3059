package org.tierwatch.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Telephone numbers as compared: the last eight digits, which survive a country code written or
 * left off, a trunk zero and any punctuation ({@code +82 2 6979 6557} and {@code 02-6979-6557}).
 * Shorter numbers are too often an extension or a fragment to mean a company.
 */
final class SubscriberNumbers {
  private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");
  private static final int MIN_DIGITS = 7;
  private static final int DIGITS_COMPARED = 8;

  private SubscriberNumbers() {}

  /** The distinct subscriber numbers of the given telephone numbers. */
  static Set<String> of(List<String> phones) {
    Set<String> numbers = new HashSet<>();
    for (String phone : phones) {
      String digits = NOT_DIGIT.matcher(phone).replaceAll("");
      if (digits.length() >= MIN_DIGITS) {
        numbers.add(digits.substring(Math.max(0, digits.length() - DIGITS_COMPARED)));
      }
    }
    return numbers;
  }
}
