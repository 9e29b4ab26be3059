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
  void aSharedSixDigitWordIsAPostcode() {
    assertEquals("118000", words("ZHENXING DISTRICT 118000").sharedPostcode(
        words("118000 LIAONING CHINA")));
    assertNull(words("ROOM 1180001 TOWER").sharedPostcode(words("1180001")), "seven digits");
    assertNull(words("11800A").sharedPostcode(words("11800A")), "not all digits");
  }

  @Test
  void distinctCountsAddressesByTheirWords() {
    assertEquals(2, AddressWords.distinct(AddressWords.of(
        List.of("8 Binhai Rd", "8 BINHAI RD.", "9 Binhai Rd"))));
  }
}
