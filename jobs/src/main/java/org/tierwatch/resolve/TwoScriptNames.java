package org.tierwatch.resolve;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * When two names of a pair are a company's names in two scripts rather than two spellings of one
 * name. A company written in Hangul or Han characters describes its trade with its own words (a
 * glossary translates them), and its English name with others it chose: 한솔의류 is HANSOL
 * CLOTHING word for word, while the company calls itself HANSOL SAFETY PRODUCTS in English. Such
 * names agree on the trade name and differ in the rest, so the words only one of them has say
 * little against the match, provided something names the company as surely as a name would: the
 * same street address with its number, or the same registration id.
 */
final class TwoScriptNames {
  private static final Set<String> GLOSSARY_WORDS = glossaryWords();

  private TwoScriptNames() {}

  /**
   * Whether exactly one of the pair was written in Hangul or Han characters, the names agree on a
   * trade name (a word no glossary gives, so not TRADING or FOOD), and the two agree on a street
   * address with its number or on a registration id.
   */
  static boolean ofOneCompany(PreparedParty a, PreparedParty b, TokenAlignment.Result alignment) {
    return a.translated() != b.translated()
        && alignment.agreements().stream().anyMatch(TwoScriptNames::onATradeName)
        && (shareAStreetAddress(a.addresses(), b.addresses())
            || a.registrationIds().stream().anyMatch(b.registrationIds()::contains));
  }

  /** Whether the canonical token is an English business word of a glossary. */
  private static boolean isGlossaryWord(String token) {
    return GLOSSARY_WORDS.contains(token);
  }

  private static boolean onATradeName(TokenAlignment.Agreement agreement) {
    return agreement.kind() != TokenAlignment.Kind.FUZZY
        && agreement.kind() != TokenAlignment.Kind.TRANSLATED
        && Stream.concat(agreement.left().stream(), agreement.right().stream())
            .noneMatch(TwoScriptNames::isGlossaryWord);
  }

  private static boolean shareAStreetAddress(List<AddressWords> a, List<AddressWords> b) {
    for (AddressWords left : a) {
      if (left.hasNumber() && b.stream().anyMatch(left::sameWords)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> glossaryWords() {
    Set<String> words = new HashSet<>();
    Stream.of(HangulNames.GLOSSARY, HanNames.GLOSSARY)
        .flatMap(List::stream)
        .map(Map.Entry::getValue)
        .forEach(english -> words.addAll(
            NameNormaliser.canonicalTokens(Arrays.asList(english.split(" ")))));
    return Set.copyOf(words);
  }
}
