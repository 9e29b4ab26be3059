package org.tierwatch.locate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {
  @Test
  void holdsProvincesCitiesAndCountiesInUpperCaseLatin() {
    Set<String> names = PlaceNames.latin();
    assertTrue(names.containsAll(Set.of("LIAONING", "DANDONG", "DALIAN", "YANJI", "QINGDAO")));
    assertTrue(names.stream().allMatch(name -> name.chars().allMatch(c -> c < 0x80)));
  }

  @Test
  void leavesCountriesOut() {
    assertFalse(PlaceNames.latin().contains("CHINA"));
  }
}
