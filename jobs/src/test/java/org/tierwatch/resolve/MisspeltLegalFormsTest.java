package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MisspeltLegalFormsTest {

  @Test
  void readsOneEditOfALongForm() {
    assertEquals("CO", MisspeltLegalForms.canonical("COMPAVY"));
    assertEquals("CO", MisspeltLegalForms.canonical("COMPNY"));
    assertEquals("CO", MisspeltLegalForms.canonical("COMPANNY"));
    assertEquals("LTD", MisspeltLegalForms.canonical("LMIITED"));
    assertEquals("CORP", MisspeltLegalForms.canonical("CORPORATOIN"));
    assertEquals("INC", MisspeltLegalForms.canonical("INCORPORTED"));
  }

  @Test
  void readsShortFormsOnlyAsTypingMisspellsThem() {
    assertEquals("CO", MisspeltLegalForms.canonical("C"));
    assertEquals("CO", MisspeltLegalForms.canonical("OC"));
    assertEquals("LTD", MisspeltLegalForms.canonical("LDT"));
    assertEquals("LTD", MisspeltLegalForms.canonical("TD"));
    assertNull(MisspeltLegalForms.canonical("DO"));
    assertNull(MisspeltLegalForms.canonical("LTA"));
  }

  @Test
  void leavesTheFormsThemselvesAndOtherWordsAlone() {
    assertNull(MisspeltLegalForms.canonical("COMPANY"));
    assertNull(MisspeltLegalForms.canonical("LIMITED"));
    assertNull(MisspeltLegalForms.canonical("COMPASS"));
    assertNull(MisspeltLegalForms.canonical("UNLIMITED"));
  }

  @Test
  void countsOneEditExactly() {
    assertTrue(MisspeltLegalForms.withinOneEdit("ABCD", "ABDC"));
    assertTrue(MisspeltLegalForms.withinOneEdit("ABCD", "ABD"));
    assertTrue(MisspeltLegalForms.withinOneEdit("ABD", "ABCD"));
    assertTrue(MisspeltLegalForms.withinOneEdit("ABCD", "AXCD"));
    assertTrue(MisspeltLegalForms.withinOneEdit("ABCD", "ABCD"));
    assertFalse(MisspeltLegalForms.withinOneEdit("ABCD", "BADC"));
    assertFalse(MisspeltLegalForms.withinOneEdit("ABCD", "AB"));
    assertFalse(MisspeltLegalForms.withinOneEdit("ABCD", "AXYD"));
  }
}
