package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words of addresses: what counts as a word, overlap, and a shared postcode. */
class AddressWordsTest {
  private static AddressWords words(String address) {
    List<AddressWords> words = AddressWords.of(List.of(address));
    assertEquals(1, words.size(), address);
    return words.get(0);
  }

  @Test
  void wordsAreRunsOfLettersAndDigitsInAnyCase() {
    assertTrue(words("No.8 Binhai Rd., Dandong").sameWords(words("NO 8 BINHAI RD DANDONG")));
    assertFalse(words("8 Binhai Rd").sameWords(words("Binhai Rd 8")), "order matters for equality");
    assertTrue(AddressWords.of(List.of("", " -- ", "丹东")).isEmpty(), "no Latin word, no address");
  }

  @Test
  void overlapCountsDistinctWords() {
    AddressWords a = words("8 BINHAI RD DANDONG DANDONG");
    AddressWords b = words("BINHAI ROAD 8 DANDONG CITY");
    assertEquals(3, a.shared(b));
    // {8, BINHAI, RD, DANDONG} and {BINHAI, ROAD, 8, DANDONG, CITY}: 3 of 6.
    assertEquals(0.5, a.jaccard(b), 1e-12);
    assertEquals(0.5, b.jaccard(a), 1e-12);
  }

  @Test
  void aSharedWordOfFiveOrSixDigitsIsAPostcode() {
    assertEquals("118000", words("ZHENXING DISTRICT 118000").sharedPostcode(
        words("118000 LIAONING CHINA")));
    assertEquals("06176", words("P.C. 06176").sharedPostcode(words("SEOUL 06176, KOREA")));
    assertNull(words("ROOM 1180001 TOWER").sharedPostcode(words("1180001")), "seven digits");
    assertNull(words("NO 1180 TOWER").sharedPostcode(words("1180 TOWER")), "a house number");
    assertNull(words("11800A").sharedPostcode(words("11800A")), "not all digits");
  }

  @Test
  void koreanWordsAreComparedInTheirLatinSpelling() {
    AddressWords latin = words("151 Teheran-ro, Gangnam-gu, Seoul 06176, Korea");
    AddressWords hangul = words("서울특별시 강남구 테헤란로 151");
    // {SEOUL, GANGNAM, GU, TEHERAN, RO, 151} within the Latin form's eight words.
    assertEquals(6, hangul.shared(latin));
    assertEquals(0.75, hangul.jaccard(latin), 1e-12);
    assertEquals(5, words("서울특별시 강남구 테헤란로 152").shared(latin), "another number");
    assertTrue(words("테헤란로151").sameWords(words("TEHERAN RO 151")), "script change ends a word");
  }

  @Test
  void aCityOrDistrictAloneNamesOnlyAPlaceOfAFullerAddress() {
    AddressWords street = words("1946 Crown Road, Kwun Tong, HONG KONG");
    assertTrue(words("Kwun Tong, HK").namesOnlyAPlaceOf(street), "the country spelt another way");
    assertTrue(words("KWUN TONG").namesOnlyAPlaceOf(street));
    assertTrue(words("Beijing, CN").namesOnlyAPlaceOf(
        words("No. 53 Youyi Road, Daxing District, Beijing 100091, China")));
    assertFalse(street.namesOnlyAPlaceOf(words("Kwun Tong, HK")), "the fuller one is more");
    assertFalse(words("Tsuen Wan, HK").namesOnlyAPlaceOf(street), "another district");
    assertFalse(words("Crown Road, Kwun Tong").namesOnlyAPlaceOf(words("Kwun Tong Crown Road")),
        "no number: neither is a street address");
    assertFalse(words("1946 Crown Road").namesOnlyAPlaceOf(street), "a number is more than a place");
    assertFalse(words("Hong Kong").namesOnlyAPlaceOf(street), "a country alone names no place");
  }

  @Test
  void anAddressCutShortTruncatesTheWholeOne() {
    AddressWords whole = words("151 TEHERAN-RO, GANGNAM-GU, SEOUL 06176, KOREA");
    assertTrue(words("151 TEHERAN-R").truncates(whole));
    assertTrue(words("151 Teheran-ro, Gangnam").truncates(whole));
    assertFalse(whole.truncates(words("151 TEHERAN-R")), "the whole one is not cut");
    assertFalse(words("151 TEHERAN-RO, GANGNAM-GU, SEOUL 06176, KOREA").truncates(whole),
        "the same address");
    assertFalse(words("152 TEHERAN-RO").truncates(whole), "another number");
    assertFalse(words("151 TE").truncates(whole), "too short to tell");
    assertFalse(words("151").truncates(whole), "one word");
  }

  @Test
  void twoNumbersOnOneStreetConflict() {
    AddressWords eightyOne = words("81 Teheran-ro, Gangnam-gu, Seoul 01766, Korea");
    AddressWords oneOhSix = words("106 TEHERAN-RO, GANGNAM-GU, SEOUL 09104, KOREA");
    assertTrue(eightyOne.conflicts(oneOhSix));
    assertTrue(oneOhSix.conflicts(eightyOne), "symmetric");
    assertTrue(words("서울특별시 강남구 테헤란로 81").conflicts(oneOhSix), "Korean script");
    assertTrue(words("No. 12 Binhai Road, Zhongshan District, Dalian 116001")
        .conflicts(words("No. 40 Binhai Road, Zhongshan District, Dalian 116002")));
  }

  @Test
  void theSamePlaceWrittenAnotherWayDoesNotConflict() {
    AddressWords whole = words("81 Teheran-ro, Gangnam-gu, Seoul 01766, Korea");
    assertFalse(whole.conflicts(whole));
    assertFalse(words("서울특별시 강남구 테헤란로 81").conflicts(whole), "Korean script");
    assertFalse(words("81 TEHERAN-RO, GANGNAM-GU, SEOUL 017").conflicts(whole),
        "a postcode cut short");
    assertFalse(words("Dalian, Liaoning Province 11600").conflicts(
        words("No. 12 Binhai Road, Dalian, Liaoning Province 116001, China")),
        "a cut postcode begins the whole one");
    assertFalse(words("81 TEHERAN-RO, GANGNAM-GU, SEOUL 01766, KOREA TEL: +82 2 88671158")
        .conflicts(whole), "only one side gives a number the other lacks");
    assertFalse(words("Room 1203, No. 12 Binhai Road, Dalian")
        .conflicts(words("No. 12 Binhai Road, Dalian 116001")), "a room inside the same number");
  }

  @Test
  void numbersWithoutASharedStreetDoNotConflict() {
    AddressWords whole = words("81 Teheran-ro, Gangnam-gu, Seoul 01766, Korea");
    assertFalse(words("TEL +82 2 88671158").conflicts(whole), "a telephone number");
    assertFalse(words("P.C. 03179").conflicts(whole), "nothing in common to place the numbers");
    assertFalse(words("No. 12 Binhai Road, Dalian TEL +86 411 8765 4321").conflicts(
        words("No. 12 Binhai Road, Dalian TEL: (0411) 87654321")), "one telephone written twice");
  }

  @Test
  void aCutNumberStillConflictsThroughTheNumbersItKeeps() {
    assertTrue(words("81 TEHERAN-RO, GANGNAM-GU, SEOUL 0").conflicts(
        words("106 TEHERAN-RO, GANGNAM-GU, SEOUL 09104, KOREA")));
  }

  @Test
  void distinctCountsAddressesByTheirWords() {
    assertEquals(2, AddressWords.distinct(AddressWords.of(
        List.of("8 Binhai Rd", "8 BINHAI RD.", "9 Binhai Rd"))));
  }
}
