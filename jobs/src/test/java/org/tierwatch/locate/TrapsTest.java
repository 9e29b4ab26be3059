package org.tierwatch.locate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tierwatch.locate.LocatorAssertions.assertPlace;
import static org.tierwatch.locate.LocatorAssertions.assertProvince;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The traps of naive matching (DOMAIN.md), each with the reading an expert would give. */
class TrapsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Liaoning Road 100, Shibei District, Qingdao",
      "88 Jilin Rd, Heping, Tianjin",
      "青岛市市北区辽宁路100号",
      "No. 1600 Dalian Road, Yangpu District, Shanghai",
      "Siping Road 1239, Yangpu, Shanghai",
      "Changchun Road 5, Yangpu District, Shanghai 200092",
      "Dandong Rd 18, Shanghai",
      "Harbin, Jilin Street 12",
      "Rm 5, Jinzhou Building, Shenzhen",
      "Heping Community, Longgang District, Shenzhen",
      "Xinmin Town, Tong'an District, Xiamen",
      "Fengcheng 8th Road, Xi'an",
      "Anshan Village Industrial Park, Dongguan",
  })
  void streetsAndFeaturesNamedAfterPlacesAreNotLocations(String address) {
    assertProvince(Province.OTHER, address, "China");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Chaoyang District Beijing",
      "No. 3 Jianguo Road, Chaoyang District Beijing 100022",
      "Chaoyang District, Shantou, Guangdong",
      "Heping District, Tianjin 300041",
      "Zhongshan, Guangdong 528400",
      "Zhongshan City",
      "Jingzhou, Hubei",
      "Fushun County, Zigong, Sichuan",
      "Fengcheng, Yichun, Jiangxi",
      "Donggang District, Rizhao, Shandong",
      "Kaiyuan, Honghe, Yunnan",
      "Ji'an, Jiangxi",
      "Yushu, Qinghai",
      "Baicheng County, Aksu, Xinjiang",
      "Liaocheng, Shandong",
      "Jinzhou, Shijiazhuang, Hebei",
      "Qian'an, Tangshan, Hebei",
      "Xi'an, Shaanxi",
      "Ma'anshan, Anhui",
      "马鞍山市",
      "Xihu District, Hangzhou",
      "Pingshan District, Shenzhen",
  })
  void sameNamesElsewhereStayElsewhere(String address) {
    assertProvince(Province.OTHER, address, "CN");
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      "JILIN|Changchun|Chaoyang District, Changchun",
      "LIAONING|Chaoyang|Chaoyang City, Liaoning",
      "LIAONING|Shenyang|Heping District, Shenyang",
      "LIAONING|Dalian|Zhongshan District, Dalian",
      "LIAONING|Dalian|No. 12 Zhongshan Road, Dalian",
      "LIAONING|Jinzhou|Jinzhou, Liaoning",
      "LIAONING|Fushun County|Fushun County, Liaoning",
      "LIAONING|Fengcheng|Fengcheng, Dandong",
      "LIAONING|Donggang|Donggang City, Dandong",
      "LIAONING|Kaiyuan|Kaiyuan, Tieling",
      "JILIN|Ji'an|Ji'an, Tonghua, Jilin",
      "JILIN|Yushu|Yushu, Changchun",
      "JILIN|Baicheng|Baicheng, Jilin",
      "JILIN|Liaoyuan|Liaoyuan, 136200",
      "LIAONING|Liaoyang|Liaoyang, 111000",
      "JILIN|Changchun|Jilin Road 5, Changchun",
  })
  void sameNamesInsideResolveByContext(String province, String city, String address) {
    assertPlace(Province.valueOf(province), city, address, "CN");
  }

  @Test
  void contradictionsAreReportedAsConflictAndLowerConfidence() {
    Location clear = assertProvince(Province.LIAONING, "Dalian, Liaoning 116011", "CN");
    Location contradicted =
        assertProvince(Province.OTHER, "Jianguo Road, Chaoyang, Liaoning 100022", "CN");
    assertFalse(clear.conflict());
    assertTrue(contradicted.conflict());
    assertTrue(contradicted.confidence() < clear.confidence());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "No 5 Jln Ampang, JL 50450 Kuala Lumpur|Malaysia",
      "No 5 Jalan Ampang JL|",
      "12 Cherry LN, Springfield, IL 62704|US",
      "12 Cherry LN|",
  })
  void laneAndJalanAbbreviationsAreNotProvinces(String address, String country) {
    Location location = LocatorAssertions.locate(address, country);
    assertFalse(location.province() == Province.LIAONING || location.province() == Province.JILIN,
        location::evidenceText);
  }

  @Test
  void koreanScriptIsAPlaceNameOnlyWhenItNamesAPlace() {
    assertProvince(Province.UNKNOWN, "김철수 무역회사", null);
    assertPlace(Province.JILIN, "Yanji", "연길시 공원로 5", null);
  }
}
