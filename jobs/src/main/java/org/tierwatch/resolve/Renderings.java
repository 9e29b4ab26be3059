package org.tierwatch.resolve;

import java.util.List;
import java.util.Set;

/**
 * The English words by which companies render one Chinese or Korean business word. The glossaries
 * ({@link HangulNames#GLOSSARY}, {@link HanNames#GLOSSARY}) translate each word one way, but a
 * company picks its own English name: a 무역 or 贸易 (trade) company calls itself TRADING as often
 * as IMPORTS, EXPORT or COMMERCE, and a 수산 or 水产 company AQUATIC, FISHERIES or SEAFOOD. So the
 * glossary's word, in a name written in those scripts, is no evidence against another rendering of
 * the same word in a name written in Latin letters.
 *
 * <p>Words are the normaliser's canonical tokens (IMP for IMPORTS, COMM for COMMERCE). Words that
 * render other business words stay apart: a logistics company is not a trading company.
 */
final class Renderings {
  private static final List<Set<String>> WORDS =
      List.of(
          Set.of("TRADING", "IMP", "EXP", "COMMERCE", "COMM"),
          Set.of("AQUATIC", "FISHERY", "SEAFOOD"),
          Set.of("GARMENT", "APPAREL", "FASHION"),
          Set.of("TEXTILE", "FABRIC", "FIBER"),
          Set.of("WIG", "HAIR"));

  private Renderings() {}

  /** The canonical tokens that render one business word, for tests that pin them. */
  static List<Set<String>> words() {
    return WORDS;
  }

  /**
   * Whether {@code other} renders the business word that the glossary translated as {@code
   * translated}: another word of its set, or one typing error from one of them or from a word it
   * abbreviates ({@code IMPORST} for IMP, which is IMPORT).
   */
  static boolean ofOneWord(String translated, String other) {
    for (Set<String> words : WORDS) {
      if (words.contains(translated)) {
        return words.contains(other) || words.stream().anyMatch(word -> misspelt(word, other));
      }
    }
    return false;
  }

  private static boolean misspelt(String word, String token) {
    return TokenAlignment.fuzzyCandidate(token) && TypingErrors.atMostOne(word, token)
        || TokenAlignment.oneErrorFromAWordAbbreviated(word, token);
  }
}
