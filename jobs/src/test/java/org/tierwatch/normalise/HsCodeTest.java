package org.tierwatch.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HsCodeTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "0306.17|030617",
      "0306 17|030617",
      "'030617|030617",
      "\"6210.10\"|621010",
      "  8534.00.00 |85340000",
      "03|03",
      "8542310000|8542310000",
      "6210\t10|621010",
  })
  void toleratesDotsSpacesAndStrayQuotes(String raw, String digits) {
    assertEquals(Optional.of(new HsCode(digits)), HsCode.parse(raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "3", "..3", "85423100001", "HS 0306", "0306-17", "abc",
      "0306/17", "n/a", "12345678901234"})
  void rejectsGarbageAndWrongLengths(String raw) {
    assertEquals(Optional.empty(), HsCode.parse(raw));
  }

  @Test
  void missingIsEmpty() {
    assertEquals(Optional.empty(), HsCode.parse(null));
  }

  @Test
  void levels() {
    HsCode full = HsCode.parse("0306.17.20").orElseThrow();
    assertEquals("03", full.chapter());
    assertEquals("0306", full.heading());
    assertEquals("030617", full.subheading());

    HsCode chapter = new HsCode("61");
    assertEquals("61", chapter.chapter());
    assertNull(chapter.heading());
    assertNull(chapter.subheading());

    HsCode heading = new HsCode("62101");
    assertEquals("6210", heading.heading());
    assertNull(heading.subheading());
  }

  @Test
  void constructorRejectsNonDigits() {
    assertThrows(IllegalArgumentException.class, () -> new HsCode("03.06"));
    assertThrows(IllegalArgumentException.class, () -> new HsCode("1"));
    assertThrows(NullPointerException.class, () -> new HsCode(null));
  }
}
