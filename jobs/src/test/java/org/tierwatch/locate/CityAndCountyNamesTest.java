package org.tierwatch.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tierwatch.locate.LocatorAssertions.assertPlace;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every prefecture, county-level unit and district of both provinces, in several spellings. */
class CityAndCountyNamesTest {

  static Stream<Place> ourPlaces() {
    return Gazetteer.load().places().stream()
        .filter(p -> p.province() == Province.LIAONING || p.province() == Province.JILIN)
        .filter(p -> p.level() != PlaceLevel.PROVINCE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ourPlaces")
  void everyPlaceWithItsPrefectureIsFound(Place place) {
    String address = "No. 8 Renmin Road, " + place.name() + suffix(place.level()) + ", "
        + place.prefectureName() + ", China";
    assertPlace(place.province(), place.city(), address, null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ourPlaces")
  void everyPlaceInChineseWithItsProvinceIsFound(Place place) {
    String province = place.province() == Province.LIAONING ? "辽宁省" : "吉林省";
    Location location = LocatorAssertions.locate(province + place.chinese() + "人民路8号", null);
    assertEquals(place.province(), location.province(), location::evidenceText);
  }

  @Test
  void everyPrefectureAloneIsFound() {
    List<Place> prefectures = ourPlaces().filter(p -> p.level() == PlaceLevel.PREFECTURE).toList();
    for (Place place : prefectures) {
      if (place.name().equals("Chaoyang")) {
        continue;
      }
      assertPlace(place.province(), place.name(), place.name(), "CN");
    }
  }

  private static String suffix(PlaceLevel level) {
    return switch (level) {
      case DISTRICT -> " District";
      case COUNTY_CITY -> " City";
      default -> "";
    };
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      "LIAONING|Dalian|DALIANSHI XIGANGQU",
      "LIAONING|Dalian|Dairen, Manchuria",
      "LIAONING|Shenyang|Mukden",
      "LIAONING|Dandong|Antung",
      "LIAONING|Yingkou|Newchwang",
      "JILIN|Changchun|Hsinking",
      "JILIN|Yanji|Yenki",
      "JILIN|Yanji|연길시",
      "JILIN|Hunchun|훈춘",
      "JILIN|Tumen|도문",
      "JILIN|Yanbian|연변",
      "LIAONING|Dandong|단동",
      "LIAONING|Dalian|Lvshunkou District, Dalian",
      "LIAONING|Dalian|Lüshunkou District, Dalian",
      "JILIN|Liaoyuan|Liaoyuan City",
      "LIAONING|Liaoyang|Liaoyang City",
      "JILIN|Jilin City|Jilin City",
      "JILIN|Jilin City|吉林市船营区",
      "JILIN|Changchun|長春市",
      "LIAONING|Anshan|No.1 StreetAnshan",
      "JILIN|Yanji|Yanji Economic Development Zone",
  })
  void readsSpellingsScriptsAndHistoricNames(String province, String city, String address) {
    assertPlace(Province.valueOf(province), city, address, "CN");
  }
}
