package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenderingsTest {

  @Test
  void listsEachWordAsTheNormaliserWritesIt() {
    for (Set<String> words : Renderings.words()) {
      for (String word : words) {
        assertEquals(List.of(word), ResolveFixtures.NORMALISER.normalise(word).tokens(), word);
      }
    }
  }

  @ParameterizedTest(name = "{0} and {1}: {2}")
  @CsvSource({
    "TRADING, IMP, true",
    "TRADING, COMMERCE, true",
    "IMP, TRADING, true",
    "AQUATIC, FISHERY, true",
    "GARMENT, APPAREL, true",
    // One typing error from a word of the set, or from the word an abbreviation stands for.
    "TRADING, IMPORST, true",
    "TRADING, IMPOR, true",
    "AQUATIC, SEAFOD, true",
    // Another business word, or a word too short to read as misspelt.
    "TRADING, LOGISTIC, false",
    "AQUATIC, TEXTILE, false",
    "TRADING, IMPX, false",
    // A word no set holds is not read as a translation at all.
    "LOGISTIC, TRADING, false",
    "KYUNGIL, IMP, false",
  })
  void readsAnotherEnglishWordForTheSameBusinessWord(String translated, String other,
      boolean same) {
    assertEquals(same, Renderings.ofOneWord(translated, other));
  }
}
