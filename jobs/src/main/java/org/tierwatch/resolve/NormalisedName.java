package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A party name reduced to what identifies the company, with what was removed kept beside it so a
 * match can be explained.
 *
 * @param raw the name as it appeared in the input (empty when the input had none)
 * @param core the distinctive tokens joined by single spaces, in input order
 * @param tokens the distinctive tokens: upper-case ASCII, singular, abbreviations canonical; legal
 *     form, leading place and stop words removed
 * @param legalForm the canonical legal form that was stripped (e.g. {@code LTD}, {@code GMBH}), or
 *     null when the name had none
 * @param leadingPlace the city or province the name began with (or, failing that, carried in
 *     parentheses or ended with), several separated by spaces, or null when none was recognised
 * @param placeholder true when the name names no party ({@code TO ORDER}, {@code N/A}, ...)
 */
public record NormalisedName(
    String raw,
    String core,
    List<String> tokens,
    String legalForm,
    String leadingPlace,
    boolean placeholder)
    implements Serializable {
  private static final char FIRST_CJK = '\u2E80';

  public NormalisedName {
    requireNonNull(raw, "raw is null");
    requireNonNull(core, "core is null");
    tokens = List.copyOf(requireNonNull(tokens, "tokens is null"));
  }

  /**
   * Whether the name was written in Hangul, so that its tokens are the romaniser's spelling of
   * Korean words, which a company's English name may spell the older way.
   */
  public boolean romanisedFromHangul() {
    return rawHas(HangulRomaniser::isSyllable);
  }

  /**
   * Whether the name was written in Hangul or Han characters, so that its business words are a
   * glossary's translation ({@link HangulNames#GLOSSARY}, {@link HanNames#GLOSSARY}) rather than
   * the words the company chose for its English name.
   */
  public boolean translatedFromScript() {
    return rawHas(c -> HangulRomaniser.isSyllable(c) || HanNames.isHan(c));
  }

  /**
   * Whether a code point of the raw name is of the script. Characters below U+2E80, where no
   * Hangul or Han is, are skipped unread: most names are Latin and this runs for every party.
   */
  private boolean rawHas(IntPredicate script) {
    for (int i = 0; i < raw.length(); i++) {
      if (raw.charAt(i) >= FIRST_CJK && script.test(raw.codePointAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The core letters and digits with no spaces, so that glued and split spellings compare equal. */
  public String joined() {
    return String.join("", tokens);
  }
}
