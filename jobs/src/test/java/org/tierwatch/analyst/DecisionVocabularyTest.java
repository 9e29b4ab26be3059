package org.tierwatch.analyst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The decision words: lenient on input, canonical in the log, nothing outside the list. */
class DecisionVocabularyTest {
  @Test
  void readsTheSevenDecisionsInAnyCaseOrSpelling() {
    assertEquals(7, DecisionVocabulary.DECISIONS.size());
    assertEquals(Optional.of("not_in_region"), DecisionVocabulary.decision(" Not-In-Region "));
    assertEquals(Optional.of("same_company"), DecisionVocabulary.decision("same company"));
    assertEquals(Optional.of("sku"), DecisionVocabulary.subjectType("SKU"));
    assertTrue(DecisionVocabulary.decision("false_positive").isEmpty());
    assertTrue(DecisionVocabulary.subjectType("supplier_of_supplier").isEmpty());
    assertTrue(DecisionVocabulary.decision(null).isEmpty());
  }

  @Test
  void aRecordOutsideTheVocabularyCannotBeMade() {
    Instant now = Instant.parse("2026-11-22T00:00:00Z");
    LocalDate day = LocalDate.of(2026, 11, 22);
    assertThrows(IllegalArgumentException.class, () -> new DecisionRecord("id", "company", "X",
        "cleared", "", "a", day, now, "cli"));
    assertThrows(IllegalArgumentException.class, () -> new DecisionRecord("id", "vessel", "X",
        "engaged", "", "a", day, now, "cli"));
    assertThrows(IllegalArgumentException.class, () -> new DecisionRecord("id", "company", " ",
        "engaged", "", "a", day, now, "cli"));
  }
}
