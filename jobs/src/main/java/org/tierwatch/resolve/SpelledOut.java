package org.tierwatch.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words behind each abbreviation that name normalisation makes canonical (IMP for IMPORT, IND
 * for INDUSTRIAL and INDUSTRY). A word that is misspelt ({@code IWPORTS}) or glued to the word
 * before it ({@code KYUNGILIMPORTS}) is no word the normaliser knows, so it is never abbreviated,
 * and only its spelled-out form can be compared with the abbreviation.
 */
final class SpelledOut {
  /** Shorter words are abbreviations themselves, and end too many unrelated words. */
  private static final int MIN_WORD_LENGTH = 5;
  /** Each abbreviation's forms: itself, then its words. */
  private static final Map<String, List<String>> FORMS = new HashMap<>();
  /** (word, abbreviation), longest word first, so that a glued ending is read whole. */
  private static final List<Map.Entry<String, String>> ENDINGS = new ArrayList<>();

  static {
    NameVocabulary.CANONICAL.forEach((word, abbreviation) -> {
      if (word.length() >= MIN_WORD_LENGTH && word.length() > abbreviation.length()
          && !abbreviation.contains(" ")) {
        FORMS.computeIfAbsent(abbreviation, k -> new ArrayList<>()).add(word);
        ENDINGS.add(Map.entry(word, abbreviation));
      }
    });
    // Built once: glue matching asks for an abbreviation's forms in every pair it is in.
    FORMS.replaceAll((abbreviation, words) -> {
      List<String> forms = new ArrayList<>(words.size() + 1);
      forms.add(abbreviation);
      words.stream().sorted().forEach(forms::add);
      return List.copyOf(forms);
    });
    ENDINGS.sort(Comparator.comparing((Map.Entry<String, String> e) -> e.getKey().length())
        .reversed().thenComparing(Map.Entry::getKey));
  }

  private SpelledOut() {}

  /** The token, then each word it abbreviates (none for a token that is no abbreviation). */
  static List<String> forms(String token) {
    List<String> forms = FORMS.get(token);
    return forms != null ? forms : List.of(token);
  }

  /**
   * The token with a known word that ends it, after something else, abbreviated as the normaliser
   * would have abbreviated it standing alone: KYUNGILIMPORT is KYUNGILIMP. The token itself when
   * no such word ends it.
   */
  static String abbreviatedEnding(String token) {
    for (Map.Entry<String, String> ending : ENDINGS) {
      String word = ending.getKey();
      if (token.length() > word.length() && token.endsWith(word)) {
        return token.substring(0, token.length() - word.length()) + ending.getValue();
      }
    }
    return token;
  }
}
