package org.tierwatch.locate;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds gazetteer names in tokens, longest first, whether written as one word or spread over
 * several ("Zhong Shan", "Ji Lin") and with administrative suffixes glued on ("DALIANSHI"), and
 * reads the word that follows each name to tell a district from a road of the same name.
 */
final class NameMatcher {
  private static final int MAX_SKIPPED = 3;

  private final Gazetteer gazetteer;

  NameMatcher(Gazetteer gazetteer) {
    this.gazetteer = requireNonNull(gazetteer, "gazetteer is null");
  }

  List<NameMatch> find(Tokens tokens) {
    List<NameMatch> matches = new ArrayList<>();
    int size = tokens.size();
    int limit = gazetteer.longestNameTokens();
    int i = 0;
    while (i < size) {
      if (tokens.number(i)) {
        i++;
        continue;
      }
      List<PlaceName> best = null;
      int bestEnd = -1;
      Affix glued = null;
      StringBuilder key = new StringBuilder();
      for (int j = i; j < size && j - i < limit; j++) {
        if (j > i && tokens.breakBefore(j)) {
          break;
        }
        key.append(tokens.text(j));
        String candidate = key.toString();
        // One Han syllable is never a whole place name, however its pinyin reads.
        boolean whole = !(j == i && tokens.han(i));
        List<PlaceName> exact = whole ? gazetteer.named(candidate) : null;
        if (exact != null) {
          best = exact;
          bestEnd = j + 1;
          glued = null;
        } else {
          for (Map.Entry<String, Affix> suffix : Affix.GLUED) {
            if (!whole) {
              break;
            }
            String stem = stem(candidate, suffix.getKey());
            List<PlaceName> stemmed = stem == null ? null : gazetteer.named(stem);
            if (stemmed != null) {
              best = stemmed;
              bestEnd = j + 1;
              glued = suffix.getValue();
              break;
            }
          }
        }
        if (!gazetteer.startsSomeName(candidate)) {
          break;
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      Affix affix = glued != null ? glued : affixAfter(tokens, bestEnd);
      matches.add(new NameMatch(best, tokens.join(i, bestEnd), affix));
      i = bestEnd;
    }
    return matches;
  }

  private static String stem(String word, String suffix) {
    int length = word.length() - suffix.length();
    return length >= 3 && word.endsWith(suffix) ? word.substring(0, length) : null;
  }

  /** The affix of the first telling word after a name, within its comma-separated part. */
  static Affix affixAfter(Tokens tokens, int from) {
    int skipped = 0;
    for (int k = from; k < tokens.size() && skipped <= MAX_SKIPPED; k++) {
      if (tokens.breakBefore(k)) {
        return Affix.NONE;
      }
      String word = tokens.text(k);
      boolean afterNumber = k > from && tokens.number(k - 1);
      if (tokens.number(k) || Affix.SKIPPABLE.contains(word)
          || (afterNumber && Affix.ORDINALS.contains(word))) {
        skipped++;
        continue;
      }
      Affix affix = Affix.ofWord(word);
      return affix != null ? affix : Affix.NONE;
    }
    return Affix.NONE;
  }
}
