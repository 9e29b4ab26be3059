package org.tierwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowValidatorTest {
  private static final List<String> HEADER = List.of("sku", "component", "component_hs_code",
      "supplier_id", "share", "buyer_note");

  private final RowValidator validator =
      new RowValidator(HeaderMapping.of(InputSource.BOM, "bom.csv", HEADER), 1000);

  @Test
  void acceptsAGoodRowWithTypedValuesAndExtraColumns() {
    ValidatedRow row = validate("S1", "fish", "0304.71", "SUP-1", "0.4", "hello");
    assertTrue(row.isAccepted());
    assertEquals(Arrays.asList("S1", "fish", "0304.71", "SUP-1", 0.4), Arrays.asList(row.values()));
    assertEquals(Map.of("buyer_note", "hello"), row.extraColumns());
  }

  @Test
  void quarantinesAnEmptyRequiredColumn() {
    ValidatedRow row = validate("S1", " ", "0304", "SUP-1", "0.4", "");
    assertEquals("required column component is empty", row.reason());
  }

  @Test
  void quarantinesAValueThatIsNotItsType() {
    assertEquals("column share is not a number: 'lots'",
        validate("S1", "fish", "", "SUP-1", "lots", "").reason());
    assertEquals("column share must be a fraction from 0 to 1: '1.5'",
        validate("S1", "fish", "", "SUP-1", "1.5", "").reason());
    assertEquals("column component_hs_code is not an HS code: 'ABC' (expected 2 to 10 digits)",
        validate("S1", "fish", "ABC", "SUP-1", "", "").reason());
  }

  @Test
  void quarantinesAWrongFieldCount() {
    ValidatedRow row = validator.validate(List.of("S1", "fish"), false);
    assertEquals("the row has 2 fields, the header has 6", row.reason());
  }

  @Test
  void quarantinesTextThatWasNotUtf8() {
    CsvRecord record = new CsvRecord(2, "S1,caf\uFFFD,,SUP,0.1,", List.of("S1", "caf\uFFFD", "",
        "SUP", "0.1", ""), null);
    assertEquals("the row holds bytes that are not valid UTF-8 text",
        validator.validate(record).reason());
  }

  @Test
  void quarantinesAnUnreadableRecordWithTheReadersReason() {
    CsvRecord record = new CsvRecord(7, "\"x", List.of(), "a quoted field is never closed");
    assertEquals("a quoted field is never closed", validator.validate(record).reason());
  }

  @Test
  void namesEveryProblemOfARow() {
    ValidatedRow row = validate("", "fish", "", "", "x", "");
    assertEquals("required column sku is empty; required column supplier_id is empty; "
        + "column share is not a number: 'x'", row.reason());
  }

  @Test
  void quarantinesAFieldPastTheLimit() {
    RowValidator strict =
        new RowValidator(HeaderMapping.of(InputSource.BOM, "bom.csv", HEADER), 3);
    assertFalse(strict.validate(List.of("S1", "fish", "", "SUP", "", ""), false).isAccepted());
  }

  @Test
  void parsesTheContractsValueForms() {
    assertEquals(LocalDate.of(2025, 1, 31), ValueParser.date("2025-01-31"));
    assertEquals(LocalDate.of(2025, 1, 31), ValueParser.date("20250131"));
    assertEquals(LocalDate.of(2025, 1, 31), ValueParser.date("2025-01-31T10:00:00"));
    assertEquals(LocalDate.of(2025, 1, 31), ValueParser.date("2025-01-31T10:00:00Z"));
    assertThrows(IllegalArgumentException.class, () -> ValueParser.date("31/01/2025"));
    assertThrows(IllegalArgumentException.class, () -> ValueParser.date("2025-13-01"));
    assertEquals(1234.5, ValueParser.amount("1,234.5"));
    assertEquals(12.0, ValueParser.amount(" 12 "));
    assertThrows(IllegalArgumentException.class, () -> ValueParser.amount("-3"));
    assertThrows(IllegalArgumentException.class, () -> ValueParser.amount("1.234,5"));
    assertEquals(3L, ValueParser.count("3"));
    assertThrows(IllegalArgumentException.class, () -> ValueParser.count("3.5"));
    assertEquals("6210.10", ValueParser.hsCode("6210.10"));
    assertThrows(IllegalArgumentException.class, () -> ValueParser.hsCode("6"));
    assertThrows(IllegalArgumentException.class, () -> ValueParser.hsCode("12345678901"));
  }

  @Test
  void stripsAPairOfStrayQuotesAroundAValue() {
    assertEquals("ACME", RowValidator.clean("  \"ACME\" "));
  }

  private ValidatedRow validate(String... fields) {
    return validator.validate(List.of(fields), false);
  }
}
