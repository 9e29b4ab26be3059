package org.tierwatch.locate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tierwatch.locate.LocatorAssertions.assertPlace;
import static org.tierwatch.locate.LocatorAssertions.assertProvince;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Six-digit postcodes, read only where they are postcodes. */
class PostcodeSignalsTest {

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      "LIAONING|Dandong|No. 3 Binjiang Road 118000",
      "LIAONING|Shenyang|Shenhe, 110013",
      "LIAONING|Dalian|Room 5, Xinghai Square 116021",
      "LIAONING|Wafangdian|Gongji Street 116300",
      "JILIN|Yanbian|Changbai Road 133000",
      "JILIN|Liaoyuan|Xining Road, 136200",
      "JILIN|Siping|Yingbin Road, 136000",
      "LIAONING|Huludao|Postcode: 125000",
  })
  void readsPostcodesInAChineseAddress(String province, String city, String address) {
    assertPlace(Province.valueOf(province), city, address, "CN");
  }

  @Test
  void evidenceLineShowsThePostcodeAndTheCityName() {
    Location location = LocatorAssertions.locate("Binjiang Road, Dandong 118000", "CN");
    assertTrue(location.evidenceText().contains("postcode 118000 -> Dandong"),
        location::evidenceText);
    assertTrue(location.evidenceText().contains("city name DANDONG -> Dandong"),
        location::evidenceText);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ul. Lenina 5, Moscow 119146|Russia",
      "C-5 Janakpuri, New Delhi 110058|India",
      "PO Box 116348, Dubai|United Arab Emirates",
      "10 Science Park Road, Singapore 118257|Singapore",
      "Plot 7, Sector 18, Gurgaon 122015|",
      "Strada Unirii 3, Buzau 120164|Romania",
  })
  void sixDigitNumbersAbroadAreNotPostcodes(String address, String country) {
    assertProvince(Province.OTHER, address, country);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Room 110101, Building 3",
      "P.O. Box 112233",
      "Order No. 116000",
      "Tel 021-116000",
      "Unit #118000",
      "Lot 118000A",
      "Ref 11601",
      "Tel: 130000",
  })
  void numbersThatAreNotPostcodesSayNothing(String address) {
    Location location = LocatorAssertions.locate(address, "CN");
    assertFalse(location.province() == Province.LIAONING || location.province() == Province.JILIN,
        location::evidenceText);
  }

  @Test
  void postcodesOfOtherProvincesPlaceTheAddressElsewhere() {
    assertProvince(Province.OTHER, "Jianguo Road 88, 100022", "CN");
    assertProvince(Province.OTHER, "Huanmao Road 1, 528437", "China");
  }

  @Test
  void withoutACountryAPostcodeNeedsAChinesePlaceBesideIt() {
    assertProvince(Province.UNKNOWN, "Building 5, 118000", null);
    assertPlace(Province.LIAONING, "Dandong", "Building 5, 118000, China", null);
  }
}
