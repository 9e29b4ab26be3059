package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountrySharesTest {

  @Test
  void sharesAreOfTheRecordsThatNameACountry() {
    Map<String, Long> counts = new HashMap<>();
    counts.put("CN", 6L);
    counts.put(" ca", 1L);
    counts.put("CA", 1L);
    counts.put("", 5L);
    counts.put(null, 5L);
    CountryShares shares = CountryShares.of(counts);
    assertEquals(0.75, shares.share("CN").orElseThrow(), 1e-12);
    assertEquals(0.25, shares.share("CA").orElseThrow(), 1e-12);
    assertTrue(shares.share("KR").isEmpty());
    assertTrue(CountryShares.none().share("CN").isEmpty());
  }

  @Test
  void aCountryOfAFewRecordsIsPricedAtTheLeastShare() {
    CountryShares shares = CountryShares.of(Map.of("CN", 99_999L, "IS", 1L));
    assertEquals(CountryShares.MIN_SHARE, shares.share("IS").orElseThrow(), 1e-12);
  }
}
