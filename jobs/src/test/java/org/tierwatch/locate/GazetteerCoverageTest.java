package org.tierwatch.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins what the gazetteer holds: both provinces complete, per prefecture, with their facts. */
class GazetteerCoverageTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();

  private static List<Place> placesOf(Province province) {
    return GAZETTEER.places().stream().filter(p -> p.province() == province).toList();
  }

  private static Map<String, Long> perPrefecture(Province province) {
    return placesOf(province).stream()
        .filter(p -> p.level() != PlaceLevel.PROVINCE)
        .collect(Collectors.groupingBy(Place::prefectureName, TreeMap::new,
            Collectors.counting()));
  }

  @Test
  void liaoningHasFourteenPrefecturesAndEveryCountyLevelUnit() {
    Map<String, Long> expected = new TreeMap<>(Map.ofEntries(
        Map.entry("Shenyang", 14L), Map.entry("Dalian", 11L), Map.entry("Anshan", 8L),
        Map.entry("Fushun", 8L), Map.entry("Benxi", 7L), Map.entry("Dandong", 7L),
        Map.entry("Jinzhou", 8L), Map.entry("Yingkou", 7L), Map.entry("Fuxin", 8L),
        Map.entry("Liaoyang", 8L), Map.entry("Panjin", 5L), Map.entry("Tieling", 8L),
        Map.entry("Chaoyang", 8L), Map.entry("Huludao", 7L)));
    assertEquals(expected, perPrefecture(Province.LIAONING));
    assertEquals(115, placesOf(Province.LIAONING).size());
  }

  @Test
  void jilinHasNinePrefecturesAndEveryCountyLevelUnit() {
    Map<String, Long> expected = new TreeMap<>(Map.ofEntries(
        Map.entry("Changchun", 12L), Map.entry("Jilin City", 10L), Map.entry("Siping", 6L),
        Map.entry("Liaoyuan", 5L), Map.entry("Tonghua", 8L), Map.entry("Baishan", 7L),
        Map.entry("Songyuan", 6L), Map.entry("Baicheng", 6L), Map.entry("Yanbian", 9L)));
    assertEquals(expected, perPrefecture(Province.JILIN));
    assertEquals(70, placesOf(Province.JILIN).size());
  }

  @Test
  void everyPrefectureHasChineseNamePostcodeAreaCodeAndAdminCode() {
    for (Province province : List.of(Province.LIAONING, Province.JILIN)) {
      for (Place place : placesOf(province)) {
        assertFalse(place.chinese().isBlank(), place.name());
        if (place.level() == PlaceLevel.PREFECTURE) {
          assertNotNull(place.postcode(), place.name());
          assertFalse(place.areaCodes().isEmpty(), place.name());
          assertNotNull(place.adminCode(), place.name());
          String twoDigits = province == Province.LIAONING ? "21" : "22";
          assertTrue(place.adminCode().startsWith(twoDigits), place.name());
        }
      }
    }
  }

  @Test
  void postcodesOfBothProvincesHaveTheirProvincePrefixes() {
    for (Place place : GAZETTEER.places()) {
      if (place.postcode() == null) {
        continue;
      }
      String region = GAZETTEER.regionOfPostcode(place.postcode());
      assertEquals(place.region(), region, place.name() + " " + place.postcode());
    }
  }

  @Test
  void collidingNamesElsewhereKeepTheirRealProvince() {
    Map<String, String> elsewhere = Map.of("Zhongshan", "Guangdong", "Jingzhou", "Hubei",
        "Ji'an", "Jiangxi", "Yushu", "Qinghai", "Kaiyuan", "Yunnan", "Fengcheng", "Jiangxi",
        "Donggang", "Shandong", "Heping", "Tianjin", "Fushun County", "Sichuan");
    for (Map.Entry<String, String> entry : elsewhere.entrySet()) {
      boolean found = GAZETTEER.places().stream()
          .anyMatch(p -> p.name().equals(entry.getKey()) && p.region().equals(entry.getValue()));
      assertTrue(found, entry.getKey() + " in " + entry.getValue());
    }
  }
}
