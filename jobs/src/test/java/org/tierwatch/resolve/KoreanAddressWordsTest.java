package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Korean address words in the Latin form that Korean addresses are written in. */
class KoreanAddressWordsTest {
  @Test
  void aPlaceAndItsUnitAreTwoWordsAsTheHyphenSplitsThem() {
    assertEquals(List.of("GANGNAM", "GU"), KoreanAddressWords.of("강남구"));
    assertEquals(List.of("TEHERAN", "RO"), KoreanAddressWords.of("테헤란로"));
    assertEquals(List.of("JUNG", "GU"), KoreanAddressWords.of("중구"));
    assertEquals(List.of("YEOKSAM", "DONG"), KoreanAddressWords.of("역삼동"));
  }

  @Test
  void theRankOfALargeCityIsDropped() {
    assertEquals(List.of("SEOUL"), KoreanAddressWords.of("서울특별시"));
    assertEquals(List.of("BUSAN"), KoreanAddressWords.of("부산광역시"));
    assertEquals(List.of("DAEGU"), KoreanAddressWords.of("대구광역시"), "one suffix only");
  }

  @Test
  void aWordWithNoUnitIsSpeltWhole() {
    assertEquals(List.of("SEOUL"), KoreanAddressWords.of("서울"));
    assertEquals(List.of("GU"), KoreanAddressWords.of("구"), "a unit alone is not split");
  }
}
