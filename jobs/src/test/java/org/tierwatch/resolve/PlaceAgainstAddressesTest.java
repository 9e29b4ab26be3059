package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlaceAgainstAddressesTest {
  private static final String JINZHOU_ADDRESS = "18 Renmin Street, Guta District, Jinzhou, Liaoning";

  @Test
  void disagreesWhenEveryPlaceTheAddressesNameLiesInAnotherProvince() {
    assertEquals(Optional.of("GUANGZHOU (Guangdong) against addresses in Hebei, Liaoning"),
        PlaceAgainstAddresses.disagreement("GUANGZHOU", List.of(JINZHOU_ADDRESS)));
  }

  @Test
  void saysNothingWhenAnAddressNamesAProvinceThePlaceCanBeIn() {
    assertTrue(PlaceAgainstAddresses.disagreement("DANDONG",
        List.of("Zhenxing District, Liaoning")).isEmpty());
    assertTrue(PlaceAgainstAddresses.disagreement("GUANGZHOU",
        List.of(JINZHOU_ADDRESS, "5 Tianhe Road, Guangzhou")).isEmpty());
    // JINZHOU is also a city of Hebei.
    assertTrue(PlaceAgainstAddresses.disagreement("JINZHOU",
        List.of("Shijiazhuang, Hebei")).isEmpty());
  }

  @Test
  void saysNothingWithoutAPlaceOnEitherSide() {
    assertTrue(PlaceAgainstAddresses.disagreement("GUANGZHOU", List.of()).isEmpty());
    assertTrue(PlaceAgainstAddresses.disagreement("GUANGZHOU",
        List.of("Room 5, 18 Jiefang Road")).isEmpty());
    assertTrue(PlaceAgainstAddresses.disagreement("GUANGZHOU",
        List.of("88 Dandong Road, China")).isEmpty());
    assertTrue(PlaceAgainstAddresses.disagreement("NOWHERE", List.of(JINZHOU_ADDRESS)).isEmpty());
  }
}
