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
 * {@code DAESUNG}, see {@link KoreanSpellings}), then misspelt tokens by Jaro-Winkler similarity.
 * What is left unpaired on either side is reported as missing.
 */
final class TokenAlignment {
  private static final int MAX_GLUED = 3;
  private static final int MIN_FUZZY_LENGTH = 5;
  private static final Pattern UMLAUT_E = Pattern.compile("([AOU])E");
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  /** How two tokens, or a token and a glued run, agreed. */
  enum Kind {
    EXACT,
    GLUED,
    SPELLING,
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

  static Result align(List<String> left, List<String> right, double fuzzySimilarity) {
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
    fuzzy(a, b, agreements, fuzzySimilarity);
    return new Result(agreements, remaining(a), remaining(b));
  }

  /** Finds tokens of {@code single} that equal an adjacent run of unpaired tokens of {@code runs}. */
  private static void glue(String[] single, String[] runs, List<Agreement> out, boolean swapped) {
    for (int i = 0; i < single.length; i++) {
      if (single[i] == null) {
        continue;
      }
      for (int start = 0; start < runs.length && single[i] != null; start++) {
        StringBuilder glued = new StringBuilder();
        for (int end = start; end < runs.length && end < start + MAX_GLUED; end++) {
          if (runs[end] == null) {
            break;
          }
          glued.append(runs[end]);
          if (end > start && glued.toString().equals(single[i])) {
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

  private static void spelling(
      String[] a, String[] b, List<Agreement> out, UnaryOperator<String> fold) {
    String[] foldedB = new String[b.length];
    for (int j = 0; j < b.length; j++) {
      foldedB[j] = b[j] == null ? null : fold.apply(b[j]);
    }
    for (int i = 0; i < a.length; i++) {
      String foldedA = a[i] == null ? null : fold.apply(a[i]);
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

  private static void fuzzy(String[] a, String[] b, List<Agreement> out, double threshold) {
    while (true) {
      int bestI = -1;
      int bestJ = -1;
      double best = threshold;
      for (int i = 0; i < a.length; i++) {
        for (int j = 0; j < b.length; j++) {
          if (fuzzyCandidate(a[i]) && fuzzyCandidate(b[j])) {
            double similarity = JARO_WINKLER.apply(a[i], b[j]);
            if (similarity >= best) {
              best = similarity;
              bestI = i;
              bestJ = j;
            }
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

  /** Short tokens and numbers are too easily one letter apart from a different name. */
  private static boolean fuzzyCandidate(String token) {
    return token != null
        && token.length() >= MIN_FUZZY_LENGTH
        && token.chars().noneMatch(Character::isDigit);
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
