package org.tierwatch.locate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The telephone number a trade record writes into its address field ({@code ... TEL +86 411 8461
 * 2270}): as written, for the locator's area code; its digits, for the pair scorer's phone
 * feature; and the address without it, since a record whose "address" is only a number has no
 * address to compare.
 */
public final class PhoneInAddress {
  private static final Pattern PHONE =
      Pattern.compile("\\b(?:TEL|PHONE|PH|T)\\b[.:]?\\s*(\\+?\\(?[0-9][0-9 ()\\-]{5,}[0-9])");
  private static final int MIN_DIGITS = 7;

  private PhoneInAddress() {}

  /** The address with the labelled number removed; null when nothing else is left. */
  public static String withoutPhone(String address) {
    if (address == null) {
      return null;
    }
    String rest = PHONE.matcher(address.toUpperCase(Locale.ROOT)).replaceAll(" ")
        .replaceAll("[\\s,;]+", " ").strip();
    return rest.isEmpty() ? null : rest;
  }

  /** The labelled number as written ({@code +86 411 8461 2270}); null when there is none. */
  public static String number(String address) {
    if (address == null) {
      return null;
    }
    Matcher matcher = PHONE.matcher(address.toUpperCase(Locale.ROOT));
    if (!matcher.find()) {
      return null;
    }
    String number = matcher.group(1).strip();
    return number.replaceAll("[^0-9]", "").length() >= MIN_DIGITS ? number : null;
  }

  /** The digits of the labelled number; null when there is none. */
  public static String digits(String address) {
    String number = number(address);
    return number == null ? null : number.replaceAll("[^0-9]", "");
  }
}
