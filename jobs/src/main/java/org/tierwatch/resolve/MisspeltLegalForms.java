package org.tierwatch.resolve;

import java.util.Map;

/**
 * Legal forms as clerks misspell them at the end of a name: one letter wrong, missing or extra,
 * or two letters swapped ({@code COMPAVY}, {@code LMIITED}, {@code LDT}, {@code C LTD}). Left in
 * the name, such a form is a word that no other spelling of the company has. It costs every pair a
 * missing-token penalty and makes the name look like a different one.
 *
 * <p>Long words are read with any single edit. The short forms {@code CO} and {@code LTD} are read
 * only as the misspellings typing produces: a letter dropped, doubled or two swapped. Any single
 * edit of a two-letter word is another real word too often.
 */
final class MisspeltLegalForms {
  /** Single-word forms long enough that any one edit of them is still that form. */
  private static final Map<String, String> LONG =
      Map.of(
          "LIMITED", "LTD",
          "COMPANY", "CO",
          "CORPORATION", "CORP",
          "INCORPORATED", "INC");

  /** Short forms with the misspellings of them that typing produces. */
  private static final Map<String, String> SHORT =
      Map.ofEntries(
          Map.entry("C", "CO"),
          Map.entry("O", "CO"),
          Map.entry("OC", "CO"),
          Map.entry("CCO", "CO"),
          Map.entry("COO", "CO"),
          Map.entry("LDT", "LTD"),
          Map.entry("TLD", "LTD"),
          Map.entry("LT", "LTD"),
          Map.entry("TD", "LTD"),
          Map.entry("LLTD", "LTD"),
          Map.entry("LTTD", "LTD"),
          Map.entry("LTDD", "LTD"));

  private MisspeltLegalForms() {}

  /** The canonical form a misspelt legal form stands for, or null when the word is not one. */
  static String canonical(String word) {
    String exact = SHORT.get(word);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, String> form : LONG.entrySet()) {
      if (!form.getKey().equals(word) && withinOneEdit(word, form.getKey())) {
        return form.getValue();
      }
    }
    return null;
  }

  /** True when one insertion, deletion, substitution or swap of neighbours turns a into b. */
  static boolean withinOneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int start = 0;
    while (start < la && start < lb && a.charAt(start) == b.charAt(start)) {
      start++;
    }
    if (start == la && start == lb) {
      return true;
    }
    if (la == lb) {
      String restA = a.substring(start + 1);
      String restB = b.substring(start + 1);
      boolean swapped = start + 1 < la && a.charAt(start) == b.charAt(start + 1)
          && a.charAt(start + 1) == b.charAt(start)
          && a.substring(start + 2).equals(b.substring(start + 2));
      return restA.equals(restB) || swapped;
    }
    return la > lb
        ? a.substring(start + 1).equals(b.substring(start))
        : a.substring(start).equals(b.substring(start + 1));
  }
}
