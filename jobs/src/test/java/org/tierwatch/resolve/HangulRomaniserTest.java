package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HangulRomaniserTest {

  private static String romanised(String word) {
    return String.join("", HangulRomaniser.syllables(word));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "가, GA", "까, KKA", "나, NA", "다, DA", "따, TTA", "라, RA", "마, MA", "바, BA", "빠, PPA",
    "사, SA", "싸, SSA", "아, A", "자, JA", "짜, JJA", "차, CHA", "카, KA", "타, TA", "파, PA",
    "하, HA",
  })
  void spellsEachInitial(String syllable, String spelt) {
    assertEquals(spelt, romanised(syllable));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "아, A", "애, AE", "야, YA", "얘, YAE", "어, EO", "에, E", "여, YEO", "예, YE", "오, O",
    "와, WA", "왜, WAE", "외, OE", "요, YO", "우, U", "워, WO", "웨, WE", "위, WI", "유, YU",
    "으, EU", "의, UI", "이, I",
  })
  void spellsEachVowel(String syllable, String spelt) {
    assertEquals(spelt, romanised(syllable));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "각, GAK", "밖, BAK", "부엌, BUEOK", "넋, NEOK", "닭, DAK",
    "산, SAN", "앉, AN", "않, AN",
    "곧, GOT", "옷, OT", "있, IT", "낮, NAT", "빛, BIT", "밭, BAT", "히읗, HIEUT",
    "물, MUL", "여덟, YEODEOL", "곬, GOL", "핥, HAL", "싫, SIL",
    "삼, SAM", "삶, SAM",
    "집, JIP", "앞, AP", "값, GAP", "읊, EUP",
    "강, GANG",
  })
  void neutralisesFinalsAtTheEndOfAWord(String word, String spelt) {
    assertEquals(spelt, romanised(word));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "한빛, HANBIT", "빛나, BITNA", "국가, GUKGA", "삼성, SAMSEONG", "대성, DAESEONG",
    "성일, SEONGIL", "경일, GYEONGIL", "하늘, HANEUL", "미래, MIRAE", "진우, JINU",
  })
  void spellsFinalsBeforeAConsonantAsAtTheEnd(String word, String spelt) {
    assertEquals(spelt, romanised(word));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "국악, GUGAK", "밖에, BAKKE", "없어, EOPSEO", "읽어, ILGEO", "앉아, ANJA", "많이, MANI",
    "싫어, SIREO", "좋아, JOA", "있어, ISSEO", "옷이, OSI", "꽃이, KKOCHI", "밭에, BATE",
    "앞에, APE", "종이, JONGI",
  })
  void carriesAFinalOverToAFollowingVowel(String word, String spelt) {
    assertEquals(spelt, romanised(word));
  }

  @Test
  void writesDoubleRieulAsLl() {
    assertEquals("ULLEUNG", romanised("울릉"));
    assertEquals("DALLA", romanised("달라"));
  }

  @Test
  void keepsOneSpellingPerSyllableAfterLiaison() {
    assertEquals(List.of("GU", "GAK"), HangulRomaniser.syllables("국악"));
    assertEquals(List.of("DAN", "DONG", "HAN", "BIT"), HangulRomaniser.syllables("단동한빛"));
    assertEquals(List.of(), HangulRomaniser.syllables(""));
  }

  @Test
  void recognisesPrecomposedSyllablesOnly() {
    assertTrue(HangulRomaniser.isSyllable('가'));
    assertTrue(HangulRomaniser.isSyllable('힣'));
    assertFalse(HangulRomaniser.isSyllable('ㄱ'));
    assertFalse(HangulRomaniser.isSyllable('水'));
    assertFalse(HangulRomaniser.isSyllable('A'));
    assertThrows(IllegalArgumentException.class, () -> HangulRomaniser.syllables("한A"));
  }
}
