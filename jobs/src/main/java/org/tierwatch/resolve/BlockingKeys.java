package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Derives the equi-join keys under which two party records become a candidate pair. Records that
 * share no key are never compared, so every true match must share at least one key and every key
 * must stay small; each kind of key exists for one kind of variation:
 *
 * <ul>
 *   <li>{@code S:} the distinct tokens sorted: survives word order, legal forms, punctuation,
 *       plurals, abbreviations and a leading place, which normalisation already removed.
 *   <li>{@code S:} also, for a name that leads with one place, the place sorted in with the
 *       tokens: survives a trade name that is also a city ({@code CHENGDE CLOTHING} and {@code
 *       HANGZHOU CHENGDE CLOTHING}; {@link PlaceAsTradeName}).
 *   <li>{@code J:} the tokens glued together in order: survives tokens glued or split
 *       ({@code GOLDENTIDE} and {@code GOLDEN TIDE}); also with a known word that ends a glued
 *       token abbreviated ({@link SpelledOut#abbreviatedEnding}), because the normaliser
 *       abbreviates the word only where it stands alone ({@code KYUNGILIMPORTS} and {@code
 *       KYUNGIL IMPORTS}, which is KYUNGIL IMP).
 *   <li>{@code T:} each of the two rarest tokens: survives a dropped or added generic word and a
 *       misspelt common word, as long as a rare token is intact. Tokens carried by more than
 *       {@code maxTokenRecords} records give no key, so no block grows with the data.
 *   <li>{@code T:} also each of those tokens with its Korean vowels folded ({@link
 *       KoreanSpellings}), when that changes it: lets {@code DAESEONG}, as the Revised
 *       Romanization spells 대성, meet the {@code DAESUNG} of older records.
 *   <li>{@code T:} also each adjacent pair glued, when one of the pair is rare: lets a name that
 *       writes {@code GOLDEN TIDE} meet one that writes {@code GOLDENTIDE} plus other changes.
 *   <li>{@code T:} also, for a name written in Hangul, each of those tokens as an older English
 *       spelling begins it ({@link KoreanSpellings#foldRomanised}): lets 경일, which the
 *       romaniser writes {@code GYEONGIL}, meet the {@code KYUNGIL} of the company's English name.
 *   <li>{@code A:} the letters of the rarest token, sorted: survives a transposition inside it
 *       ({@code HAIYNAG} for {@code HAIYANG}), the commonest typing error.
 *   <li>{@code P:} each telephone number ({@link #phoneKeys}): survives any spelling and script of
 *       the name, so a company's Korean-script records meet its English ones, and a name too
 *       common to key a block of its own still meets the records that give its number.
 *   <li>{@code R:} each registration id ({@link #registrationKeys}): survives any spelling of the
 *       name, so a supplier master record whose name is misspelt meets the declarations that give
 *       the same Unified Social Credit Code, whatever a sorted block's window would have paired.
 * </ul>
 *
 * Placeholders get no name key. Keys are name-only: the caller may add the country to the join, since
 * the scorer rejects pairs from two different known countries. {@code S:} and {@code J:} blocks
 * of a generic name ({@code TRADING}) can be large; the caller should drop keys carried by more
 * records than it can afford to compare (one count per key in Spark).
 */
public final class BlockingKeys implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int RARE_TOKENS = 2;
  private static final int MIN_TOKEN_LENGTH = 2;

  private final long maxTokenRecords;

  /** @param maxTokenRecords a token carried by more records than this gives no {@code T:} key */
  public BlockingKeys(long maxTokenRecords) {
    if (maxTokenRecords < 1) {
      throw new IllegalArgumentException("maxTokenRecords must be at least 1, was " + maxTokenRecords);
    }
    this.maxTokenRecords = maxTokenRecords;
  }

  /** The keys of one name, in a stable order; empty for a placeholder. */
  public Set<String> keys(NormalisedName name, TokenStatistics stats) {
    requireNonNull(name, "name is null");
    requireNonNull(stats, "stats is null");
    Set<String> keys = new LinkedHashSet<>();
    if (name.placeholder() || name.tokens().isEmpty()) {
      return keys;
    }
    keys.add("S:" + String.join(" ", new TreeSet<>(name.tokens())));
    if (name.leadingPlace() != null && name.leadingPlace().indexOf(' ') < 0) {
      TreeSet<String> withPlace = new TreeSet<>(name.tokens());
      withPlace.add(name.leadingPlace());
      keys.add("S:" + String.join(" ", withPlace));
    }
    keys.add("J:" + name.joined());
    StringBuilder abbreviated = new StringBuilder();
    for (String token : name.tokens()) {
      abbreviated.append(SpelledOut.abbreviatedEnding(token));
    }
    keys.add("J:" + abbreviated);

    List<String> rare = rareTokens(name.tokens(), stats);
    for (int i = 0; i < Math.min(RARE_TOKENS, rare.size()); i++) {
      keys.add("T:" + rare.get(i));
      keys.add("T:" + KoreanSpellings.fold(rare.get(i)));
      if (name.romanisedFromHangul()) {
        keys.add("T:" + KoreanSpellings.foldRomanised(rare.get(i)));
      }
    }
    if (!rare.isEmpty()) {
      char[] letters = rare.get(0).toCharArray();
      Arrays.sort(letters);
      keys.add("A:" + new String(letters));
    }
    Set<String> rareSet = new HashSet<>(rare);
    List<String> tokens = name.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (rareSet.contains(tokens.get(i)) || rareSet.contains(tokens.get(i + 1))) {
        keys.add("T:" + tokens.get(i) + tokens.get(i + 1));
      }
    }
    return keys;
  }

  /** The {@code P:} keys of a party's telephone numbers, one per subscriber number. */
  public static Set<String> phoneKeys(List<String> phones) {
    requireNonNull(phones, "phones is null");
    return prefixed("P:", SubscriberNumbers.of(phones));
  }

  /**
   * The {@code R:} keys of a party's registration ids, compared by their letters and digits only,
   * as the scorer compares them.
   */
  public static Set<String> registrationKeys(Collection<String> ids) {
    requireNonNull(ids, "ids is null");
    return prefixed("R:", PreparedParty.registrationIds(ids));
  }

  private static Set<String> prefixed(String prefix, Collection<String> values) {
    Set<String> keys = new TreeSet<>();
    for (String value : values) {
      keys.add(prefix + value);
    }
    return keys;
  }

  /**
   * Character n-grams of the glued name, for MinHash LSH (Spark MLlib) when misspellings inside
   * rare tokens must be caught too; empty for a placeholder.
   */
  public static Set<String> shingles(NormalisedName name, int n) {
    requireNonNull(name, "name is null");
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, was " + n);
    }
    Set<String> shingles = new TreeSet<>();
    String joined = name.joined();
    for (int i = 0; i + n <= joined.length(); i++) {
      shingles.add(joined.substring(i, i + n));
    }
    if (shingles.isEmpty() && !joined.isEmpty()) {
      shingles.add(joined);
    }
    return shingles;
  }

  /** Tokens that may key a block, rarest first; ties go to the longer, then alphabetical. */
  private List<String> rareTokens(List<String> tokens, TokenStatistics stats) {
    List<String> rare = new ArrayList<>();
    for (String token : new TreeSet<>(tokens)) {
      if (token.length() >= MIN_TOKEN_LENGTH && stats.recordsWithToken(token) <= maxTokenRecords) {
        rare.add(token);
      }
    }
    rare.sort(
        Comparator.comparingLong(stats::recordsWithToken)
            .thenComparing(String::length, Comparator.reverseOrder())
            .thenComparing(Comparator.naturalOrder()));
    return rare;
  }
}
