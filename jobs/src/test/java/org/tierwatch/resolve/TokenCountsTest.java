package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenCountsTest {

  @Test
  void countsEachTokenOncePerName() {
    NameNormaliser normaliser = ResolveFixtures.NORMALISER;
    TokenCounts counts =
        TokenCounts.of(
            List.of(
                normaliser.normalise("HAIDA FOOD FOOD"),
                normaliser.normalise("KANGHUI FOODS"),
                normaliser.normalise("TO ORDER")));
    assertEquals(3, counts.recordCount());
    assertEquals(2, counts.recordsWithToken("FOOD"));
    assertEquals(1, counts.recordsWithToken("HAIDA"));
    assertEquals(0, counts.recordsWithToken("TIDE"));
  }

  @Test
  void rejectsAnEmptyPopulation() {
    assertThrows(IllegalArgumentException.class, () -> new TokenCounts(Map.of(), 0));
  }
}
