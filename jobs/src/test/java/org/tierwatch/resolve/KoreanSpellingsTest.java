package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KoreanSpellingsTest {

  @ParameterizedTest(name = "{0} and {1}")
  @CsvSource({
    "DAESEONG, DAESUNG",
    "SEONGIL, SUNGIL",
    "JINU, JINWOO",
    "HANEUL, HANUL",
    "HYEONDAE, HYUNDAE",
    "YUJIN, YOOJIN",
  })
  void foldsTheRevisedAndTheOlderSpellingOfAVowelAlike(String revised, String older) {
    assertEquals(KoreanSpellings.fold(revised), KoreanSpellings.fold(older));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"NEOSTAR", "FOOD", "WOODLAND", "SOON", "MOON", "NEO", "KANGHUI", "HANBIT"})
  void leavesTokensThatAreNotKoreanOrTooShortAlone(String token) {
    assertEquals(token, KoreanSpellings.fold(token));
  }

  @Test
  void leavesConsonantsAlone() {
    assertNotEquals(KoreanSpellings.fold("GYEONGIL"), KoreanSpellings.fold("KYUNGIL"));
    assertNotEquals(KoreanSpellings.fold("GANGHUI"), KoreanSpellings.fold("KANGHUI"));
  }

  @ParameterizedTest(name = "{0} and {1}")
  @CsvSource({
    "GYEONGIL, KYUNGIL",
    "BUSAN, PUSAN",
    "DAEGU, TAEGU",
    "GANGNAM, KANGNAM",
  })
  void spellsTheFirstConsonantOfARomanisedTokenTheOlderWay(String romanised, String older) {
    assertEquals(KoreanSpellings.fold(older), KoreanSpellings.foldRomanised(romanised));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"GROUP", "BRIGHT", "DRAGON", "HANBIT", "SAMJIN"})
  void leavesTheFirstLetterOfATokenThatIsNotKoreanSyllablesAlone(String token) {
    assertEquals(KoreanSpellings.fold(token), KoreanSpellings.foldRomanised(token));
  }

  @Test
  void leavesAVeryLongTokenAlone() {
    String token = "SEONG".repeat(5);
    assertEquals(token, KoreanSpellings.fold(token));
  }
}
