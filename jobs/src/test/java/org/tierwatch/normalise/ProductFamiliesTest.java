package org.tierwatch.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tierwatch.config.ConfigException;
import org.tierwatch.config.ConfigSection;

class ProductFamiliesTest {
  private static ProductFamilies shipped() {
    Path file = Path.of(System.getProperty("tierwatch.home", "."), "conf", "risk-model.conf");
    ConfigSection root = ConfigSection.root(ConfigFactory.parseFile(file.toFile()).resolve());
    return ProductFamilies.from(root.section("risk-model").section("product-families"));
  }

  private final ProductFamilies families = shipped();

  @ParameterizedTest
  @CsvSource({
      "030617, fish_raw, seafood",
      "0302, fish_raw, seafood",
      "160420, prepared_seafood, seafood",
      "160521, prepared_seafood, seafood",
      "160250, ready_meals, food",
      "190220, ready_meals, food",
      "2104, ready_meals, food",
      "210690, ready_meals, food",
      "5007, yarn_fabric, apparel",
      "5112, yarn_fabric, apparel",
      "520942, yarn_fabric, apparel",
      "5309, yarn_fabric, apparel",
      "5407, yarn_fabric, apparel",
      "5513, yarn_fabric, apparel",
      "5603, yarn_fabric, apparel",
      "5801, yarn_fabric, apparel",
      "5903, yarn_fabric, apparel",
      "6006, yarn_fabric, apparel",
      "610910, garments, apparel",
      "620342, garments, apparel",
      "630231, garments, apparel",
      "621010, ppe, apparel",
      "630790, ppe, apparel",
      "6307909800, ppe, apparel",
      "401519, ppe, apparel",
      "392620, ppe, apparel",
      "621600, ppe, apparel",
      "902000, ppe, apparel",
      "050100, hair, wigs",
      "670300, hair, wigs",
      "670490, wigs_eyelashes, wigs",
      "853221, electronic_components, electronics",
      "8533, electronic_components, electronics",
      "853400, electronic_components, electronics",
      "854140, electronic_components, electronics",
      "854231, electronic_components, electronics",
      "851712, electrical_equipment, electronics",
      "8504, electrical_equipment, electronics",
      "847130, electrical_equipment, electronics",
      "8430, machinery, machinery",
      "842139, machinery, machinery",
      "870323, vehicles, machinery",
      "440710, wood, logging",
      "890190, ships, shipbuilding",
      "2508, minerals, mining",
      "260111, minerals, mining",
      "270112, minerals, mining",
      "940360, other, other",
      "6307, garments, apparel",
      "4015, other, other",
      "57, other, other",
      "0502, other, other",
  })
  void classifiesByLongestPrefix(String code, String family, String sector) {
    assertEquals(family, families.familyOf(HsCode.parse(code).orElseThrow()));
    assertEquals(sector, families.sectorOf(family));
  }

  @Test
  void missingOrUnreadableCodesAreOther() {
    assertEquals("other", families.familyOf(null));
    assertEquals("other", families.familyOfRaw(null));
    assertEquals("other", families.familyOfRaw("n/a"));
    assertEquals("ppe", families.familyOfRaw("6210.10"));
  }

  @Test
  void everyFamilyOfTheTableIsThere() {
    assertEquals(Set.of("fish_raw", "prepared_seafood", "ready_meals", "yarn_fabric", "garments",
        "ppe", "hair", "wigs_eyelashes", "electronic_components", "electrical_equipment",
        "machinery", "vehicles", "wood", "ships", "minerals", "other"), families.ids());
    assertEquals(Set.of("fish_raw", "prepared_seafood"), families.familiesInSector("seafood"));
    assertTrue(families.sectors().contains("shipbuilding"));
    assertThrows(IllegalArgumentException.class, () -> families.sectorOf("nonsense"));
  }

  @Test
  void aPrefixBelongsToOneFamily() {
    ConfigSection section = ConfigSection.root(ConfigFactory.parseString(
        "a { sector = s, hs-prefixes = [\"03\"] }, b { sector = s, hs-prefixes = [\"03\"] },"
            + " other { sector = other, hs-prefixes = [] }"));
    ConfigException e = assertThrows(ConfigException.class, () -> ProductFamilies.from(section));
    assertTrue(e.getMessage().contains("03"), e.getMessage());
  }

  @Test
  void theTableNeedsOtherAndDigitPrefixes() {
    assertThrows(ConfigException.class, () -> ProductFamilies.from(ConfigSection.root(
        ConfigFactory.parseString("a { sector = s, hs-prefixes = [\"03\"] }"))));
    ConfigException e = assertThrows(ConfigException.class, () -> ProductFamilies.from(
        ConfigSection.root(ConfigFactory.parseString(
            "a { sector = s, hs-prefixes = [\"03.06\"] }, other { sector = o, hs-prefixes = [] }"))));
    assertTrue(e.getMessage().contains("a.hs-prefixes"), e.getMessage());
    assertThrows(ConfigException.class, () -> ProductFamilies.from(ConfigSection.root(
        ConfigFactory.parseString("other { sector = o, hs-prefixes = [], colour = red }"))));
  }

  @Test
  void constructedTablesAreCheckedToo() {
    assertThrows(IllegalArgumentException.class, () -> new ProductFamilies(
        List.of(new ProductFamily("a", "s", List.of("03")))));
    assertThrows(IllegalArgumentException.class,
        () -> new ProductFamily("a", "s", List.of("3")));
  }
}
