package org.tierwatch.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandTest {
  private final BandThresholds thresholds = TestModels.defaults().bands();

  @ParameterizedTest
  @CsvSource({
      "1.0, HIGH",
      "0.6, HIGH",
      "0.5999999, MEDIUM",
      "0.2, MEDIUM",
      "0.1999999, LOW",
      "0.0500001, LOW",
      "0.05, NONE",
      "0.01, NONE",
      "0.0, NONE",
  })
  void edges(double score, Band band) {
    assertEquals(band, Band.of(score, thresholds));
  }

  @Test
  void thresholdsMustBeOrdered() {
    assertThrows(IllegalArgumentException.class, () -> new BandThresholds(0.3, 0.6, 0.05));
    assertThrows(IllegalArgumentException.class, () -> new BandThresholds(0.6, 0.3, 0.4));
  }
}
