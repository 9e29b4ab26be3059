package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpelledOutTest {

  @Test
  void givesAnAbbreviationTheWordsItStandsFor() {
    assertEquals(List.of("IMP", "IMPORT"), SpelledOut.forms("IMP"));
    assertTrue(SpelledOut.forms("IND").containsAll(List.of("INDUSTRIAL", "INDUSTRY")));
    assertEquals(List.of("KANGHUI"), SpelledOut.forms("KANGHUI"));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "KYUNGILIMPORT, KYUNGILIMP",
    "RIVERSIDEINDUSTRIAL, RIVERSIDEIND",
    "GOLDENTIDE, GOLDENTIDE",
    // The word alone is the normaliser's to abbreviate; a short word ends too much to count.
    "IMPORT, IMPORT",
    "HAIDAENT, HAIDAENT",
  })
  void abbreviatesAKnownWordThatEndsAGluedToken(String token, String abbreviated) {
    assertEquals(abbreviated, SpelledOut.abbreviatedEnding(token));
  }
}
