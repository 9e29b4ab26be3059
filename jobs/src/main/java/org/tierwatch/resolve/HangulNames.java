package org.tierwatch.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Korean company names: legal forms at either end, and a glossary of business words that
 * English-language records translate rather than romanise (한빛수산 is HANBIT AQUATIC, never
 * HANBITSUSAN). It serves companies in Korea and the Korean-speaking firms of Yanbian and Dandong,
 * which write the Chinese legal form in Korean (유한공사 for 有限公司). Trade names and places are
 * left to {@link HangulRomaniser}.
 */
final class HangulNames {

  /** Legal forms at the end of a Korean name, longest first, with their canonical Latin form. */
  static final List<Map.Entry<String, String>> LEGAL_FORMS =
      HanNames.longestFirst(
          Map.ofEntries(
              // Korean companies write 주식회사 in English as "Co., Ltd.", not as KK.
              Map.entry("주식회사", "LTD"),
              Map.entry("(주)", "LTD"),
              Map.entry("유한회사", "LTD"),
              Map.entry("(유)", "LTD"),
              Map.entry("유한책임회사", "LLC"),
              Map.entry("합자회사", "LP"),
              Map.entry("유한공사", "LTD"),
              Map.entry("유한책임공사", "LTD"),
              Map.entry("고분유한공사", "LTD"),
              Map.entry("공사", "CO"),
              Map.entry("회사", "CO")));

  /** The legal forms that Korean names also write before the name ((주)한빛, 주식회사 한빛). */
  static final List<Map.Entry<String, String>> LEADING_LEGAL_FORMS =
      LEGAL_FORMS.stream()
          .filter(form -> Set.of("주식회사", "(주)", "유한회사", "(유)").contains(form.getKey()))
          .toList();

  /**
   * Business words translated to the English word that the Latin pipeline then canonicalises.
   * No entry is one syllable: a single syllable is too often part of a trade name.
   */
  static final List<Map.Entry<String, String>> GLOSSARY =
      HanNames.longestFirst(
          Map.ofEntries(
              Map.entry("수산", "AQUATIC"),
              Map.entry("수산물", "AQUATIC PRODUCTS"),
              Map.entry("해산물", "SEAFOOD"),
              Map.entry("어업", "FISHERY"),
              Map.entry("해양", "OCEAN"),
              Map.entry("원양", "OCEAN"),
              Map.entry("식품", "FOOD"),
              Map.entry("푸드", "FOOD"),
              Map.entry("농산물", "AGRICULTURAL PRODUCTS"),
              Map.entry("농산", "AGRICULTURAL"),
              Map.entry("무역", "TRADING"),
              Map.entry("상사", "TRADING"),
              Map.entry("통상", "TRADING"),
              Map.entry("트레이딩", "TRADING"),
              Map.entry("수출입", "IMPORT EXPORT"),
              Map.entry("수출", "EXPORT"),
              Map.entry("수입", "IMPORT"),
              Map.entry("물류", "LOGISTICS"),
              Map.entry("해운", "SHIPPING"),
              Map.entry("전자", "ELECTRONIC"),
              Map.entry("전기", "ELECTRIC"),
              Map.entry("부품", "PARTS"),
              Map.entry("과학기술", "TECHNOLOGY"),
              Map.entry("기술", "TECHNOLOGY"),
              Map.entry("테크", "TECH"),
              Map.entry("섬유", "TEXTILE"),
              Map.entry("방직", "TEXTILE"),
              Map.entry("편직", "KNITTING"),
              Map.entry("니트", "KNIT"),
              Map.entry("원단", "FABRIC"),
              Map.entry("의류", "CLOTHING"),
              Map.entry("복장", "GARMENT"),
              Map.entry("어패럴", "APPAREL"),
              Map.entry("패션", "FASHION"),
              Map.entry("가발", "WIG"),
              Map.entry("모발", "HAIR"),
              Map.entry("속눈썹", "EYELASHES"),
              Map.entry("화장품", "COSMETICS"),
              Map.entry("공예품", "CRAFT"),
              Map.entry("기계", "MACHINERY"),
              Map.entry("설비", "EQUIPMENT"),
              Map.entry("장비", "EQUIPMENT"),
              Map.entry("자동차", "MOTOR"),
              Map.entry("중공업", "HEAVY INDUSTRY"),
              Map.entry("산업", "INDUSTRIAL"),
              Map.entry("실업", "INDUSTRIAL"),
              Map.entry("공업", "INDUSTRIAL"),
              Map.entry("공장", "FACTORY"),
              Map.entry("제품", "PRODUCTS"),
              Map.entry("가공", "PROCESSING"),
              Map.entry("목재", "WOOD"),
              Map.entry("광업", "MINING"),
              Map.entry("광물", "MINERALS"),
              Map.entry("철강", "STEEL"),
              Map.entry("화공", "CHEMICAL"),
              Map.entry("화학", "CHEMICAL"),
              Map.entry("제약", "PHARMACEUTICAL"),
              Map.entry("의약", "PHARMACEUTICAL"),
              Map.entry("의료", "MEDICAL"),
              Map.entry("용품", "SUPPLIES"),
              Map.entry("건설", "CONSTRUCTION"),
              Map.entry("엔지니어링", "ENGINEERING"),
              Map.entry("개발", "DEVELOPMENT"),
              Map.entry("투자", "INVESTMENT"),
              Map.entry("국제", "INTERNATIONAL"),
              Map.entry("인터내셔널", "INTERNATIONAL"),
              Map.entry("그룹", "GROUP"),
              Map.entry("집단", "GROUP"),
              Map.entry("홀딩스", "HOLDINGS")));

  private HangulNames() {}

  /**
   * The text with each glossary word inside a run of Hangul syllables replaced by its English
   * between spaces; the rest of the run stays Hangul. A run is read from its end, because a Korean
   * name writes its business words after the trade name and Sino-Korean syllables are so few that
   * a word read from the start often straddles the two (한수산업 is 한수 and 산업, not 한, 수산
   * and 업).
   */
  static String translated(String text) {
    if (text.chars().noneMatch(HangulRomaniser::isSyllable)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int start = 0;
    while (start < text.length()) {
      boolean hangul = HangulRomaniser.isSyllable(text.charAt(start));
      int end = start;
      while (end < text.length() && HangulRomaniser.isSyllable(text.charAt(end)) == hangul) {
        end++;
      }
      String run = text.substring(start, end);
      out.append(hangul ? translatedRun(run) : run);
      start = end;
    }
    return out.toString();
  }

  private static String translatedRun(String run) {
    List<String> parts = new ArrayList<>();
    int end = run.length();
    int untranslatedEnd = end;
    while (end > 0) {
      Map.Entry<String, String> word = wordEndingAt(run, end);
      if (word == null) {
        end--;
        continue;
      }
      parts.add(run.substring(end, untranslatedEnd));
      parts.add(" " + word.getValue() + " ");
      end -= word.getKey().length();
      untranslatedEnd = end;
    }
    parts.add(run.substring(0, untranslatedEnd));
    Collections.reverse(parts);
    return String.join("", parts);
  }

  private static Map.Entry<String, String> wordEndingAt(String run, int end) {
    for (Map.Entry<String, String> word : GLOSSARY) {
      if (run.startsWith(word.getKey(), end - word.getKey().length())) {
        return word;
      }
    }
    return null;
  }
}
