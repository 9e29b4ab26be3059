package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

class TokenAlignmentTest {
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  @Test
  void mayReachNeverRulesOutAPairingThatReachesTheSimilarity() {
    // Words of few letters share many of them, as misspellings do; lengths vary from 5 to 14.
    Random random = new Random(7);
    int reached = 0;
    int ruledOut = 0;
    for (int n = 0; n < 200_000; n++) {
      String a = word(random);
      String b = random.nextBoolean() ? misspelt(a, random) : word(random);
      for (double similarity : new double[] {0.85, 0.94}) {
        boolean reaches = JARO_WINKLER.apply(a, b) >= similarity;
        boolean mayReach = TokenAlignment.mayReach(a, b, similarity);
        assertTrue(!reaches || mayReach, a + " " + b + " at " + similarity);
        reached += reaches ? 1 : 0;
        ruledOut += mayReach ? 0 : 1;
      }
    }
    assertTrue(reached > 1_000, "pairings that reach: " + reached);
    assertTrue(ruledOut > 1_000, "pairings ruled out: " + ruledOut);
  }

  @Test
  void mayReachRulesOutTokensOfVeryDifferentLengths() {
    assertFalse(TokenAlignment.mayReach("GOLDENTIDE", "GOLDEN", 0.94));
    assertTrue(TokenAlignment.mayReach("GOLDEN", "GOLDENT", 0.94));
    assertTrue(TokenAlignment.mayReach("FABRIC", "FAKRIC", 0.94));
  }

  private static String word(Random random) {
    StringBuilder word = new StringBuilder();
    int length = 5 + random.nextInt(10);
    for (int i = 0; i < length; i++) {
      word.append("AEINRST".charAt(random.nextInt(7)));
    }
    return word.toString();
  }

  /** The word with a few letters dropped, added or changed, and its end cut at random. */
  private static String misspelt(String word, Random random) {
    StringBuilder out = new StringBuilder(word);
    for (int edits = random.nextInt(4); edits > 0; edits--) {
      int at = random.nextInt(out.length());
      switch (random.nextInt(3)) {
        case 0 -> out.deleteCharAt(at);
        case 1 -> out.insert(at, "AEINRST".charAt(random.nextInt(7)));
        default -> out.setCharAt(at, "AEINRST".charAt(random.nextInt(7)));
      }
    }
    String cut = out.substring(0, Math.max(1, out.length() - random.nextInt(5)));
    return cut.length() < 5 ? word : cut;
  }
}
