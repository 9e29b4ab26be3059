package org.tierwatch.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransformationMapTest {
  private final TransformationMap map = TestModels.defaults().transformations();

  @ParameterizedTest
  @CsvSource({
      "fish_raw, fish_raw, true",
      "fish_raw, prepared_seafood, true",
      "fish_raw, ready_meals, true",
      "prepared_seafood, ready_meals, true",
      "prepared_seafood, fish_raw, false",
      "ready_meals, prepared_seafood, false",
      "yarn_fabric, garments, true",
      "yarn_fabric, ppe, true",
      "garments, ppe, false",
      "hair, wigs_eyelashes, true",
      "wigs_eyelashes, hair, false",
      "electronic_components, electrical_equipment, true",
      "electronic_components, machinery, true",
      "electronic_components, vehicles, true",
      "electrical_equipment, machinery, true",
      "electrical_equipment, vehicles, true",
      "electrical_equipment, electronic_components, false",
      "machinery, vehicles, true",
      "vehicles, machinery, false",
      "fish_raw, garments, false",
      "wood, ships, false",
      "other, other, true",
      "minerals, minerals, true",
      "other, ready_meals, false",
  })
  void canBecome(String input, String output, boolean expected) {
    assertEquals(expected, map.canBecome(input, output));
  }
}
