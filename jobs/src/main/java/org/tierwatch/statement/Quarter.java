package org.tierwatch.statement;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter such as 2026Q3: the period a statement pack reports on. */
public record Quarter(int year, int quarter) {
  private static final Pattern FORM = Pattern.compile("(\\d{4})Q([1-4])");

  public Quarter {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter " + quarter + " is not 1..4");
    }
  }

  /** Reads {@code YYYYQn}; anything else is an {@link IllegalArgumentException}. */
  public static Quarter parse(String text) {
    Matcher match = FORM.matcher(text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
    if (!match.matches()) {
      throw new IllegalArgumentException("quarter '" + text + "' is not of the form YYYYQn");
    }
    return new Quarter(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)));
  }

  public LocalDate start() {
    return LocalDate.of(year, quarter * 3 - 2, 1);
  }

  public LocalDate end() {
    return start().plusMonths(3).minusDays(1);
  }

  public Quarter previous() {
    return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
  }

  @Override
  public String toString() {
    return year + "Q" + quarter;
  }
}
