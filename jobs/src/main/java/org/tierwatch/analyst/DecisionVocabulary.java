package org.tierwatch.analyst;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words an analyst decision may use: what it is about (subject type) and what was decided.
 * Input is read leniently ("Not-In-Region", " SKU ") and stored in the canonical lower-case form.
 */
public final class DecisionVocabulary {
  /**
   * What a decision can be about: a resolved company, a finished good, a party record, or a pair
   * of party spellings ("NAME A | NAME B", for same_company and not_same_company).
   */
  public static final List<String> SUBJECT_TYPES = List.of(
      "company", "sku", "party", "pair");

  public static final List<String> DECISIONS = List.of(
      "confirmed", "not_in_region", "not_same_company", "same_company", "wrong_product",
      "engaged", "remediated");

  private DecisionVocabulary() {}

  public static Optional<String> subjectType(String raw) {
    return canonical(raw, SUBJECT_TYPES);
  }

  public static Optional<String> decision(String raw) {
    return canonical(raw, DECISIONS);
  }

  private static Optional<String> canonical(String raw, List<String> words) {
    if (raw == null) {
      return Optional.empty();
    }
    String word = raw.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    return words.contains(word) ? Optional.of(word) : Optional.empty();
  }
}
