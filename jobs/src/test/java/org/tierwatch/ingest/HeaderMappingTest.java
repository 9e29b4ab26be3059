package org.tierwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderMappingTest {

  @Test
  void foldsCaseSpacesAndQuotesOfHeaderNames() {
    HeaderMapping header = HeaderMapping.of(InputSource.PRODUCTS, "p.csv",
        List.of("\uFEFF\"SKU\"", " Product Name ", "hs-code", "Origin Note"));
    assertEquals(0, header.contractIndex(0));
    assertEquals(1, header.contractIndex(1));
    assertEquals(-1, header.contractIndex(2));
    assertEquals(2, header.contractIndex(3));
    assertEquals(List.of("origin_note"), header.extraNames());
  }

  @Test
  void aMissingRequiredColumnNamesFileAndColumn() {
    InputException e = assertThrows(InputException.class, () -> HeaderMapping.of(
        InputSource.PRODUCTS, "p.csv", List.of("sku", "category")));
    assertEquals("p.csv: required column 'product_name' is missing from the header",
        e.getMessage());
  }

  @Test
  void aFirstRowOfDataIsReportedAsAMissingHeader() {
    InputException e = assertThrows(InputException.class, () -> HeaderMapping.of(
        InputSource.PRODUCTS, "p.csv", List.of("S-1", "Fish pie", "1604")));
    assertTrue(e.getMessage().startsWith("p.csv: the first row is not a header"), e.getMessage());
  }

  @Test
  void aColumnTwiceIsAnError() {
    assertThrows(InputException.class, () -> HeaderMapping.of(InputSource.PRODUCTS, "p.csv",
        List.of("sku", "product_name", "SKU")));
  }
}
