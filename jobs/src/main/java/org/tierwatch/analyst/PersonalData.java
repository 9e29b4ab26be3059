package org.tierwatch.analyst;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the personal data that shipping records carry about individuals (an e-mail address, a
 * telephone number, a person's name behind a title such as "MR." or a label such as "ATTN") and
 * masks it, so analyst views and the statement show that a contact was there but not who.
 *
 * <p>The same Java regular expressions run here and, through {@link #maskSql(String)}, inside
 * Spark SQL's {@code regexp_replace}, so a view masks exactly what {@link #mask(String)} masks.
 * A bare personal name with no title (a person named as shipper) cannot be told from a company
 * name by its form alone and is not masked.
 */
public final class PersonalData {
  /** A mask and what it replaces, applied in list order (e-mails before the names beside them). */
  record Rule(String kind, String regex, String replacement) {
    Rule {
      requireNonNull(kind, "kind is null");
      requireNonNull(regex, "regex is null");
      requireNonNull(replacement, "replacement is null");
    }
  }

  static final List<Rule> RULES = List.of(
      new Rule("email", "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}",
          "[e-mail]"),
      new Rule("phone", "(?i)(?:\\b(?:tel|telephone|phone|ph|fax|mob|mobile|cell)\\b\\.?:?\\s*"
          + "\\+?\\(?\\d[\\d\\s().\\-/]{5,}\\d)|(?:\\+\\d[\\d\\s().\\-/]{6,}\\d)"
          + "|(?:\\(0\\d{2,4}\\)\\s*\\d[\\d\\s\\-]{5,}\\d)", "[phone]"),
      new Rule("person", "(?i)\\b(?:mr|mrs|ms|miss|mx|dr|attn|attention|contact)\\b\\.?:?\\s+"
          + "\\p{L}[\\p{L}'.\\-]*(?:\\s+\\p{L}[\\p{L}'.\\-]*){0,3}", "[person]"));

  private static final List<Pattern> PATTERNS =
      RULES.stream().map(rule -> Pattern.compile(rule.regex())).toList();

  private PersonalData() {}

  /** The text with e-mail addresses, telephone numbers and titled names masked; null stays null. */
  public static String mask(String text) {
    if (text == null) {
      return null;
    }
    String masked = text;
    for (int i = 0; i < RULES.size(); i++) {
      masked = PATTERNS.get(i).matcher(masked).replaceAll(RULES.get(i).replacement());
    }
    return masked;
  }

  /** Whether the text carries any personal data this class masks. */
  public static boolean contains(String text) {
    return text != null && !text.equals(mask(text));
  }

  /** A Spark SQL expression that masks the expression {@code column} as {@link #mask} does. */
  public static String maskSql(String column) {
    requireNonNull(column, "column is null");
    String expression = column;
    for (Rule rule : RULES) {
      expression = "regexp_replace(" + expression + ", " + literal(rule.regex()) + ", "
          + literal(rule.replacement()) + ")";
    }
    return expression;
  }

  private static String literal(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
