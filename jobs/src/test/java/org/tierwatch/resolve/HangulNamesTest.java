package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HangulNamesTest {

  private static String translated(String text) {
    return HangulNames.translated(text).strip().replaceAll("\\s+", " ");
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // business words alone
        "수산 | AQUATIC",
        "수산물 | AQUATIC PRODUCTS",
        "해산물 | SEAFOOD",
        "식품 | FOOD",
        "무역 | TRADING",
        "상사 | TRADING",
        "수출입 | IMPORT EXPORT",
        "전자 | ELECTRONIC",
        "전기 | ELECTRIC",
        "과학기술 | TECHNOLOGY",
        "기술 | TECHNOLOGY",
        "섬유 | TEXTILE",
        "방직 | TEXTILE",
        "의류 | CLOTHING",
        "복장 | GARMENT",
        "기계 | MACHINERY",
        "산업 | INDUSTRIAL",
        "실업 | INDUSTRIAL",
        "공업 | INDUSTRIAL",
        "국제 | INTERNATIONAL",
        "그룹 | GROUP",
        "집단 | GROUP",
        "가발 | WIG",
        "모발 | HAIR",
        "목재 | WOOD",
        "광업 | MINING",
        "물류 | LOGISTICS",
        "화공 | CHEMICAL",
        // inside a name, where the trade name stays Hangul for romanisation
        "한빛수산 | 한빛 AQUATIC",
        "한빛국제무역 | 한빛 INTERNATIONAL TRADING",
        "한빛 | 한빛",
        // read from the end of the word
        "한수산업 | 한수 INDUSTRIAL",
        "한전기계 | 한전 MACHINERY",
        "수산물류 | AQUATIC LOGISTICS",
        // the longest word wins
        "한빛수산물 | 한빛 AQUATIC PRODUCTS",
        "대한중공업 | 대한 HEAVY INDUSTRY",
        "한빛수출입 | 한빛 IMPORT EXPORT",
        // other scripts and separate words are left as they are
        "HANBIT 수산 CO., LTD. | HANBIT AQUATIC CO., LTD.",
        "大连水产 한빛식품 | 大连水产 한빛 FOOD",
        "한빛 식품 (DANDONG) | 한빛 FOOD (DANDONG)",
        "HANBIT FOODS | HANBIT FOODS",
      })
  void translatesBusinessWords(String text, String expected) {
    assertEquals(expected, translated(text));
  }

  @Test
  void hasNoOneSyllableWordsAndListsLongestFirst() {
    for (Map.Entry<String, String> word : HangulNames.GLOSSARY) {
      assertTrue(word.getKey().length() >= 2, word.getKey());
    }
    assertTrue(indexOf("유한공사") < indexOf("공사"));
    assertTrue(indexOf("유한책임회사") < indexOf("회사"));
  }

  private static int indexOf(String legalForm) {
    for (int i = 0; i < HangulNames.LEGAL_FORMS.size(); i++) {
      if (HangulNames.LEGAL_FORMS.get(i).getKey().equals(legalForm)) {
        return i;
      }
    }
    throw new AssertionError(legalForm + " is not a legal form");
  }
}
