package org.tierwatch.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoisyOrTest {
  @Test
  void nothingIsZero() {
    assertEquals(0.0, NoisyOr.combine());
    assertEquals(0.0, NoisyOr.combine(List.of()));
  }

  @Test
  void oneWeightIsItself() {
    assertEquals(0.6, NoisyOr.combine(0.6), 1e-15);
  }

  @Test
  void independentEvidenceCombines() {
    assertEquals(1 - 0.4 * 0.5, NoisyOr.combine(0.6, 0.5), 1e-15);
    assertEquals(1 - 0.4 * 0.5 * 0.85, NoisyOr.combine(List.of(0.6, 0.5, 0.15)), 1e-15);
  }

  @Test
  void certaintyDominatesAndZeroIsNeutral() {
    assertEquals(1.0, NoisyOr.combine(0.3, 1.0, 0.2));
    assertEquals(0.3, NoisyOr.combine(0.3, 0.0), 1e-15);
  }

  @Test
  void orderDoesNotMatter() {
    assertEquals(NoisyOr.combine(0.1, 0.7, 0.25), NoisyOr.combine(0.25, 0.1, 0.7), 1e-15);
  }

  @Test
  void weightsOutsideZeroToOneAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> NoisyOr.combine(1.2));
    assertThrows(IllegalArgumentException.class, () -> NoisyOr.combine(-0.1));
    assertThrows(IllegalArgumentException.class, () -> NoisyOr.combine(Double.NaN));
  }
}
