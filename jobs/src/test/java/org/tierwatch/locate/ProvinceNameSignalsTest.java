package org.tierwatch.locate;

import static org.tierwatch.locate.LocatorAssertions.assertProvince;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Province names in every form addresses use them. */
class ProvinceNameSignalsTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "LIAONING|Liaoning",
      "LIAONING|LIAONING PROVINCE",
      "LIAONING|Liao Ning",
      "LIAONING|Liao-ning",
      "LIAONING|LiaoNing Sheng",
      "LIAONING|LIAONINGSHENG",
      "LIAONING|辽宁省",
      "LIAONING|遼寧省",
      "LIAONING|ＬＩＡＯＮＩＮＧ",
      "LIAONING|CN-LN",
      "LIAONING|CN-21",
      "LIAONING|Fengtian Province",
      "LIAONING|Shengking",
      "JILIN|Jilin",
      "JILIN|Ji Lin",
      "JILIN|JILIN SHENG",
      "JILIN|吉林省",
      "JILIN|CN-JL",
      "JILIN|Kirin",
      "JILIN|Chi-lin",
  })
  void readsProvinceNames(String expected, String address) {
    assertProvince(Province.valueOf(expected), address, "CN");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Guangdong Province",
      "广东省",
      "Inner Mongolia",
      "Heilongjiang",
      "Hong Kong",
      "Taiwan",
  })
  void readsOtherProvinceNamesAsOther(String address) {
    assertProvince(Province.OTHER, address, null);
  }
}
