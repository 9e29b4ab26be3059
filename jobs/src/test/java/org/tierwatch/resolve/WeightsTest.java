package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeightsTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"9.14, +9.1", "-0.46, -0.5", "-0.04, +0.0", "0, +0.0", "-Infinity, veto"})
  void signsAWeightWithOneDecimal(double weight, String text) {
    assertEquals(text, Weights.signed(weight));
  }

  @ParameterizedTest(name = "{0} to {1} places")
  @CsvSource({
    "0.951, 3", "0.0004, 3", "0.9996, 3", "1, 3", "0, 3", "0.05, 2", "0.8333, 2", "0.125, 2",
  })
  void writesAProbabilityAsStringFormatDoes(double value, int places) {
    assertEquals(String.format(Locale.ROOT, "%." + places + "f", value),
        Weights.decimals(value, places));
  }
}
