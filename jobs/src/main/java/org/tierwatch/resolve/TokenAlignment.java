package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Pairs the tokens of two names regardless of order: first equal tokens, then a token of one name
 * that is two or three adjacent tokens of the other glued together ({@code GOLDENTIDE} and
 * {@code GOLDEN TIDE}), then the German spelling of umlauts ({@code MUELLER} and {@code MULLER},
 * which ASCII folding makes of MÜLLER) and the two spellings of Korean vowels ({@code DAESEONG} and
 * {@code DAESUNG}, see {@link KoreanSpellings}), then a business word misspelt, then a business word
 * that a glossary translated against another English word for it ({@link Renderings}), then
 * misspelt tokens by Jaro-Winkler similarity or as a rare token one typing error from a common one,
 * a romanised token compared in its older spelling. What is left unpaired on either side is
 * reported as missing. The glue and misspelling steps read an abbreviation also as the words it
 * stands for ({@link SpelledOut}): KYUNGILIMPORT is KYUNGIL IMP glued, and IWPORT a misspelt IMP.
 */
final class TokenAlignment {
  private static final int MAX_GLUED = 3;
  private static final int MIN_FUZZY_LENGTH = 5;
  private static final Pattern UMLAUT_E = Pattern.compile("([AOU])E");
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  /** Something true or false of each of the two names. */
  record Sides(boolean left, boolean right) {}

  /**
   * When two different tokens are one misspelt token.
   *
   * @param similarity the Jaro-Winkler similarity at which two tokens agree
   * @param typoCommonerRatio a token one typing error from a token carried by this many times more
   *     records agrees with it whatever its Jaro-Winkler similarity
   * @param stats how many records carry each token
   */
  record Fuzzy(double similarity, double typoCommonerRatio, TokenStatistics stats) {
    Fuzzy {
      requireNonNull(stats, "stats is null");
    }
  }

  /** How two tokens, or a token and a glued run, agreed. */
  enum Kind {
    EXACT,
    GLUED,
    SPELLING,
    TRANSLATED,
    FUZZY
  }

  /**
   * One agreement: the tokens of each side, and the token whose rarity prices it (the single token
   * of a glued agreement, else the left token).
   */
  record Agreement(Kind kind, List<String> left, List<String> right, String pricedToken) {
    Agreement {
      requireNonNull(kind, "kind is null");
      left = List.copyOf(requireNonNull(left, "left is null"));
      right = List.copyOf(requireNonNull(right, "right is null"));
      requireNonNull(pricedToken, "pricedToken is null");
    }
  }

  record Result(List<Agreement> agreements, List<String> missingLeft, List<String> missingRight) {
    Result {
      agreements = List.copyOf(requireNonNull(agreements, "agreements is null"));
      missingLeft = List.copyOf(requireNonNull(missingLeft, "missingLeft is null"));
      missingRight = List.copyOf(requireNonNull(missingRight, "missingRight is null"));
    }
  }

  private TokenAlignment() {}

  /**
   * Aligns the tokens of two names.
   *
   * @param left the tokens of one name
   * @param right the tokens of the other
   * @param romanised for each side, whether its name was written in Hangul ({@link
   *     NormalisedName#romanisedFromHangul}); a romanised token also agrees with the older spelling
   *     of its first consonant on the other side ({@link KoreanSpellings#foldRomanised})
   * @param translated for each side, whether its name was written in Hangul or Han characters
   *     ({@link NormalisedName#translatedFromScript}), so that its business words are a glossary's
   *     and agree with another English word for them on a side that was not
   * @param fuzzy when two different tokens agree as one misspelt token
   */
  static Result align(List<String> left, List<String> right, Sides romanised, Sides translated,
      Fuzzy fuzzy) {
    String[] a = left.toArray(String[]::new);
    String[] b = right.toArray(String[]::new);
    List<Agreement> agreements = new ArrayList<>();

    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b.length; j++) {
        if (a[i] != null && a[i].equals(b[j])) {
          agreements.add(new Agreement(Kind.EXACT, List.of(a[i]), List.of(b[j]), a[i]));
          a[i] = null;
          b[j] = null;
        }
      }
    }
    glue(a, b, agreements, false);
    glue(b, a, agreements, true);
    spelling(a, b, agreements, TokenAlignment::foldUmlaut);
    spelling(a, b, agreements, KoreanSpellings::fold);
    UnaryOperator<String> olderA = UnaryOperator.identity();
    UnaryOperator<String> olderB = UnaryOperator.identity();
    if (romanised.left() != romanised.right()) {
      olderA = romanised.left() ? KoreanSpellings::foldRomanised : UnaryOperator.identity();
      olderB = romanised.right() ? KoreanSpellings::foldRomanised : UnaryOperator.identity();
      spelling(a, b, agreements, romanised.left() ? KoreanSpellings::foldRomanised
          : KoreanSpellings::fold, romanised.right() ? KoreanSpellings::foldRomanised
          : KoreanSpellings::fold);
    }
    misspeltBusinessWords(a, b, agreements);
    if (translated.left() != translated.right()) {
      translations(translated.left() ? a : b, translated.left() ? b : a, agreements,
          translated.right());
    }
    fuzzy(a, b, agreements, fuzzy, olderA, olderB);
    return new Result(agreements, remaining(a), remaining(b));
  }

  /** Finds tokens of {@code single} that equal an adjacent run of unpaired tokens of {@code runs}. */
  private static void glue(String[] single, String[] runs, List<Agreement> out, boolean swapped) {
    for (int i = 0; i < single.length; i++) {
      if (single[i] == null) {
        continue;
      }
      for (int start = 0; start < runs.length && single[i] != null; start++) {
        for (int end = start; end < runs.length && end < start + MAX_GLUED; end++) {
          if (runs[end] == null) {
            break;
          }
          if (end > start && gluedFrom(single[i], 0, runs, start, end)) {
            List<String> run = new ArrayList<>();
            for (int k = start; k <= end; k++) {
              run.add(runs[k]);
              runs[k] = null;
            }
            List<String> one = List.of(single[i]);
            out.add(
                swapped
                    ? new Agreement(Kind.GLUED, run, one, single[i])
                    : new Agreement(Kind.GLUED, one, run, single[i]));
            single[i] = null;
            break;
          }
        }
      }
    }
  }

  /**
   * Whether {@code single}, from {@code offset}, is tokens {@code from..to} of runs written
   * together, each as itself or as a word it abbreviates (KYUNGILIMPORT is KYUNGIL and IMP), in
   * the singular or the plural (ATLASMACHINERY is ATLA and MACH).
   */
  private static boolean gluedFrom(String single, int offset, String[] runs, int from, int to) {
    if (from > to) {
      return offset == single.length();
    }
    for (String form : SpelledOut.forms(runs[from])) {
      // Every written form begins with the word less a final Y (FACTORY, FACTORIES): most runs
      // fail here, before their plurals are spelt.
      int stem = form.endsWith("Y") ? form.length() - 1 : form.length();
      if (!single.regionMatches(offset, form, 0, stem)) {
        continue;
      }
      for (String written : NameNormaliser.writtenForms(form)) {
        if (single.startsWith(written, offset)
            && gluedFrom(single, offset + written.length(), runs, from + 1, to)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void spelling(
      String[] a, String[] b, List<Agreement> out, UnaryOperator<String> fold) {
    spelling(a, b, out, fold, fold);
  }

  private static void spelling(String[] a, String[] b, List<Agreement> out,
      UnaryOperator<String> foldA, UnaryOperator<String> foldB) {
    String[] foldedB = spelled(b, foldB);
    for (int i = 0; i < a.length; i++) {
      String foldedA = a[i] == null ? null : foldA.apply(a[i]);
      for (int j = 0; j < b.length && a[i] != null; j++) {
        if (b[j] != null && foldedA.equals(foldedB[j])) {
          out.add(new Agreement(Kind.SPELLING, List.of(a[i]), List.of(b[j]), a[i]));
          a[i] = null;
          b[j] = null;
        }
      }
    }
  }

  private static String foldUmlaut(String token) {
    return token.indexOf('E') < 0 ? token : UMLAUT_E.matcher(token).replaceAll("$1");
  }

  /**
   * Pairs a token within one typing error of a word the other token abbreviates ({@code IWPORT}
   * against {@code IMP}, which is IMPORT) as a spelling of it. A business word earns this because it
   * names no company, whereas one letter can tell two trade names apart (JINHUI and JINHAI).
   */
  private static void misspeltBusinessWords(String[] a, String[] b, List<Agreement> out) {
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b.length && a[i] != null; j++) {
        if (b[j] != null && (oneErrorFromAWordAbbreviated(a[i], b[j])
            || oneErrorFromAWordAbbreviated(b[j], a[i]))) {
          out.add(new Agreement(Kind.SPELLING, List.of(a[i]), List.of(b[j]), a[i]));
          a[i] = null;
          b[j] = null;
        }
      }
    }
  }

  /**
   * Pairs a business word that a glossary translated with another English word for it on the other
   * side ({@code TRADING}, from 무역, with {@code IMP}).
   */
  private static void translations(String[] glossed, String[] latin, List<Agreement> out,
      boolean swapped) {
    for (int i = 0; i < glossed.length; i++) {
      for (int j = 0; j < latin.length && glossed[i] != null; j++) {
        if (latin[j] != null && Renderings.ofOneWord(glossed[i], latin[j])) {
          List<String> one = List.of(glossed[i]);
          List<String> other = List.of(latin[j]);
          out.add(swapped
              ? new Agreement(Kind.TRANSLATED, other, one, latin[j])
              : new Agreement(Kind.TRANSLATED, one, other, glossed[i]));
          glossed[i] = null;
          latin[j] = null;
        }
      }
    }
  }

  /**
   * Pairs the most similar tokens while they are alike enough, a romanised token compared in its
   * older spelling ({@code older}), so that GYEONGIL meets KYUNIGL, a misspelt KYUNGIL.
   */
  private static void fuzzy(String[] a, String[] b, List<Agreement> out, Fuzzy fuzzy,
      UnaryOperator<String> olderA, UnaryOperator<String> olderB) {
    // Every pairing is scored once: a pair's similarity does not change as others are taken.
    String[] spelledA = spelled(a, olderA);
    String[] spelledB = spelled(b, olderB);
    double[][] similarities = new double[a.length][b.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b.length; j++) {
        similarities[i][j] = a[i] != null && b[j] != null
            ? similarity(spelledA[i], spelledB[j], fuzzy) : 0;
      }
    }
    while (true) {
      int bestI = -1;
      int bestJ = -1;
      double best = fuzzy.similarity();
      for (int i = 0; i < a.length; i++) {
        for (int j = 0; j < b.length; j++) {
          if (a[i] != null && b[j] != null && similarities[i][j] >= best) {
            best = similarities[i][j];
            bestI = i;
            bestJ = j;
          }
        }
      }
      if (bestI < 0) {
        return;
      }
      out.add(new Agreement(Kind.FUZZY, List.of(a[bestI]), List.of(b[bestJ]), a[bestI]));
      a[bestI] = null;
      b[bestJ] = null;
    }
  }

  private static String[] spelled(String[] tokens, UnaryOperator<String> older) {
    String[] spelled = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      spelled[i] = tokens[i] == null ? null : older.apply(tokens[i]);
    }
    return spelled;
  }

  /**
   * The Jaro-Winkler similarity of the two tokens, raised to the agreeing similarity when one is a
   * typing error of a much commoner token; 0 when the tokens are too short to compare. Jaro-Winkler
   * forgives a wrong letter in a long token but not in a short one (FAKRIC and FABRIC score 0.91).
   * A misspelling is the rarer the commoner its word, so a token a few records carry one typing
   * error from a token many carry is read as that token misspelt, the way a spelling corrector
   * reads it; two trade names that differ by one letter are each as common as the other.
   */
  private static double similarity(String a, String b, Fuzzy fuzzy) {
    if (!fuzzyCandidate(a) || !fuzzyCandidate(b)) {
      return 0;
    }
    double similarity = mayReach(a, b, fuzzy.similarity()) ? JARO_WINKLER.apply(a, b) : 0;
    if (similarity < fuzzy.similarity() && TypingErrors.atMostOne(a, b)) {
      long carriersA = Math.max(1, fuzzy.stats().recordsWithToken(a));
      long carriersB = Math.max(1, fuzzy.stats().recordsWithToken(b));
      long rarer = Math.min(carriersA, carriersB);
      if (Math.max(carriersA, carriersB) >= fuzzy.typoCommonerRatio() * rarer) {
        return fuzzy.similarity();
      }
    }
    return similarity;
  }

  /**
   * Whether two tokens' Jaro-Winkler similarity can reach {@code similarity} at all, from their
   * lengths alone: with m matching letters, Jaro is at most (m/|a| + m/|b| + 1)/3 and m at most the
   * shorter length, and the Winkler prefix bonus adds at most 0.4 of what Jaro leaves to 1. Below
   * the agreeing similarity a pairing's exact value is never read, and most pairings of two names'
   * tokens differ too much in length to reach it.
   */
  static boolean mayReach(String a, String b, double similarity) {
    double shorter = Math.min(a.length(), b.length());
    double longer = Math.max(a.length(), b.length());
    double jaro = (2 + shorter / longer) / 3;
    return jaro + 0.4 * (1 - jaro) >= similarity;
  }

  /** Whether the token is one typing error from a word the abbreviation stands for. */
  static boolean oneErrorFromAWordAbbreviated(String abbreviation, String token) {
    if (!fuzzyCandidate(token)) {
      return false;
    }
    List<String> forms = SpelledOut.forms(abbreviation);
    for (int k = 1; k < forms.size(); k++) {
      if (TypingErrors.atMostOne(forms.get(k), token)) {
        return true;
      }
    }
    return false;
  }

  /** Short tokens and numbers are too easily one letter apart from a different name. */
  static boolean fuzzyCandidate(String token) {
    if (token == null || token.length() < MIN_FUZZY_LENGTH) {
      return false;
    }
    // A loop, not a stream: this runs for every token pair of every candidate pair.
    for (int i = 0; i < token.length(); i++) {
      if (Character.isDigit(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> remaining(String[] tokens) {
    List<String> rest = new ArrayList<>();
    for (String token : tokens) {
      if (token != null) {
        rest.add(token);
      }
    }
    return rest;
  }
}
