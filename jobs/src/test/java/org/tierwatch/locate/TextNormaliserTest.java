package org.tierwatch.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Tokenising addresses in any script into the words the gazetteer is keyed by. */
class TextNormaliserTest {

  private static String joined(String text) {
    Tokens tokens = TextNormaliser.tokens(text);
    return tokens.join(0, tokens.size());
  }

  @Test
  void splitsCamelCaseJoinsAndLetterDigitJoins() {
    assertEquals("27 GUANGSHUN STREET DALIAN", joined("27 Guangshun StreetDalian"));
    assertEquals("HUANG HE BEI STREET NO 70", joined("HuangHeBei Street No70"));
    assertEquals("20998 B 26 HAO", joined("20998B-26Hao"));
  }

  @Test
  void dropsApostrophesInsideWordsInAnyForm() {
    assertEquals("JIAN QIANAN DAAN", joined("Ji'an Qian’an Da‘an"));
  }

  @Test
  void foldsFullWidthAndAccents() {
    assertEquals("DALIAN 116000", joined("ＤＡＬＩＡＮ　１１６０００"));
    assertEquals("LUSHUNKOU", joined("Lüshunkou"));
  }

  @Test
  void spellsHanAsOneTokenPerSyllableAndMarksIt() {
    Tokens tokens = TextNormaliser.tokens("大连Dalian");
    assertEquals("DA LIAN DALIAN", tokens.join(0, tokens.size()));
    assertTrue(tokens.han(0) && tokens.han(1));
    assertFalse(tokens.han(2));
  }

  @Test
  void spellsHangulAsWholeWords() {
    assertEquals("YEONGILSI", joined("연길시"));
  }

  @Test
  void marksPunctuationBreaks() {
    Tokens tokens = TextNormaliser.tokens("Zhongshan, Road");
    assertTrue(tokens.breakBefore(1));
    assertFalse(TextNormaliser.tokens("Zhongshan Road").breakBefore(1));
  }
}
