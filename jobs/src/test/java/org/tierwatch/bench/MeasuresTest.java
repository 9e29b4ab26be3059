package org.tierwatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Precision, recall, hit rates and figures that could not be measured. */
class MeasuresTest {
  @Test
  void precisionAndRecallFromCounts() {
    PrecisionRecall counts = new PrecisionRecall(9, 1, 3);
    assertEquals(0.9, counts.precision(), 1e-12);
    assertEquals(0.75, counts.recall(), 1e-12);
    assertEquals(1.0, new PrecisionRecall(0, 0, 0).precision());
    assertThrows(IllegalArgumentException.class, () -> new PrecisionRecall(-1, 0, 0));
  }

  @Test
  void aHitRateCannotExceedItsCases() {
    assertEquals(0.5, new HitRate(2, 4).rate());
    assertThrows(IllegalArgumentException.class, () -> new HitRate(5, 4));
  }

  @Test
  void bCubedFiguresAreShares() {
    assertEquals(0.75, new BCubed(0.75, 0.6).precision());
    assertThrows(IllegalArgumentException.class, () -> new BCubed(1.0000001, 0.5));
    assertThrows(IllegalArgumentException.class, () -> new BCubed(0.5, -0.1));
    assertThrows(IllegalArgumentException.class, () -> new BCubed(Double.NaN, 0.5));
  }

  @Test
  void aFigureNotMeasuredKeepsItsReasonThroughMap() {
    Measured<PrecisionRecall> missing = Measured.notMeasured("product_risk does not exist");
    Measured<Double> recall = missing.map(PrecisionRecall::recall);
    assertFalse(recall.measured());
    assertEquals("product_risk does not exist", recall.notMeasured());
    assertEquals(0.75, Measured.of(new PrecisionRecall(3, 0, 1)).map(PrecisionRecall::recall)
        .value());
    assertThrows(IllegalArgumentException.class, () -> new Measured<>(1.0, "why"));
  }
}
