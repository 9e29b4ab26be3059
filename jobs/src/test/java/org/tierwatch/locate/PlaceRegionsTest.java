package org.tierwatch.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceRegionsTest {
  @Test
  void keysANameAsNameNormalisationDoes() {
    assertEquals("TAIAN", PlaceRegions.key("Tai'an"));
    assertEquals("FUXINCOUNTY", PlaceRegions.key("Fuxin County"));
  }

  @Test
  void givesEveryProvinceAnAmbiguousPlaceCanBeIn() {
    assertEquals(Set.of("Liaoning", "Hebei"), PlaceRegions.ofKeys("JINZHOU"));
    assertEquals(Set.of("Liaoning"), PlaceRegions.ofKeys("LIAONING DANDONG"));
    assertEquals(Set.of(), PlaceRegions.ofKeys("NOWHERE"));
  }

  @Test
  void readsTheProvincesAnAddressNamesButNotItsStreetsOrCountry() {
    assertEquals(Set.of("Liaoning", "Hebei"),
        PlaceRegions.namedIn("88 Guangzhou Road, Guta District, Jinzhou, Liaoning, China"));
    assertEquals(Set.of(), PlaceRegions.namedIn("88 Guangzhou Road, China"));
    assertEquals(Set.of(), PlaceRegions.namedIn(""));
  }
}
