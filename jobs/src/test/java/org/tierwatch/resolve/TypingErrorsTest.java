package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypingErrorsTest {

  @ParameterizedTest(name = "{0} and {1}: {2}")
  @CsvSource({
    "IMPORT, IMPORT, true",
    "IMPORT, IWPORT, true",
    "INDUSTRIAL, INDUSRTIAL, true",
    "INDUSTRIAL, NDUSTRIAL, true",
    "IMPORT, IMPOORT, true",
    "IMPORT, IMPROT, true",
    "IMPORT, TMPORI, false",
    "IMPORT, IMPOR, true",
    "IMPORT, IMP, false",
    "INDUSTRIAL, INDUSTRGALS, false",
    "IMPORT, IWPOTR, false",
  })
  void allowsOneLetterWrongMissingAddedOrSwapped(String a, String b, boolean expected) {
    assertEquals(expected, TypingErrors.atMostOne(a, b));
    assertEquals(expected, TypingErrors.atMostOne(b, a));
  }
}
