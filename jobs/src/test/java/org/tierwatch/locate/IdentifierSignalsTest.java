package org.tierwatch.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unified Social Credit Codes, telephone area codes and ports of lading. */
class IdentifierSignalsTest {
  private static final Locator LOCATOR = Locator.standard();

  private static String uscc(String first17) {
    return first17 + UsccCode.checkCharacterFor(first17);
  }

  private static Location withIdentifiers(String registrationId, String phone, String port) {
    return LOCATOR.locate(new AddressQuery("Unit 5", "CN", registrationId, phone, port));
  }

  @Test
  void checkCharacterMatchesAPublishedCode() {
    assertTrue(UsccCode.checkCharacterValid("91350100M000100Y43"));
    assertFalse(UsccCode.checkCharacterValid("91350100M000100Y44"));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "LIAONING|91210200MA0QC1234|Dalian",
      "LIAONING|91210600MA0U12345|Dandong",
      "JILIN|91222400MA0Y12345|Yanbian",
      "JILIN|91220100MA14A1234|Changchun",
      "OTHER|91110000MA01ABCDE|",
      "OTHER|91120000MA05ABCDE|",
  })
  void validCodesPlaceTheRegisteringAuthority(String province, String first17, String city) {
    Location location = withIdentifiers(uscc(first17), null, null);
    assertEquals(Province.valueOf(province), location.province(), location::evidenceText);
    assertEquals(city, location.city(), location::evidenceText);
  }

  @Test
  void invalidCheckCharacterIsNoEvidence() {
    String valid = uscc("91210200MA0QC1234");
    char wrong = valid.charAt(17) == '0' ? '1' : '0';
    Location location = withIdentifiers(valid.substring(0, 17) + wrong, null, null);
    assertEquals(Province.UNKNOWN, location.province());
    assertTrue(location.evidenceText().contains("check character invalid"));
  }

  @Test
  void adminCodeElevenIsBeijingWhilePostcodeElevenIsLiaoning() {
    Location registered = LOCATOR.locate(new AddressQuery("Building 2, 110000", "CN",
        uscc("91110000MA01ABCDE"), null));
    assertTrue(registered.conflict(), registered::evidenceText);
    assertTrue(registered.evidenceText().contains("registration code"));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "LIAONING|+86 411 8888 1234|Dalian",
      "LIAONING|(0415) 212 3456|Dandong",
      "LIAONING|0086-24-2345-6789|Shenyang",
      "JILIN|0433-2345678|Yanbian",
      "JILIN|+86 (431) 8567 1234|Changchun",
      "OTHER|+86 10 6512 3456|",
      "OTHER|+86 755 2345 6789|Shenzhen",
      "OTHER|+7 495 123 4567|",
  })
  void telephoneAreaCodesPlaceTheNumber(String province, String phone, String city) {
    Location location = withIdentifiers(null, phone, null);
    assertEquals(Province.valueOf(province), location.province(), location::evidenceText);
    assertEquals(city, location.city(), location::evidenceText);
  }

  @Test
  void mobileNumbersCarryNoPlace() {
    assertEquals(Province.UNKNOWN, withIdentifiers(null, "+86 138 0411 1234", null).province());
  }

  @Test
  void portsAreWeakAndNeverOutweighAnAddress() {
    Location byPort = withIdentifiers(null, null, "CNDAL");
    assertEquals(Province.UNKNOWN, byPort.province(), byPort::evidenceText);
    assertTrue(byPort.evidenceText().contains("port of lading CNDAL"));
    Location shanghai = LOCATOR.locate(
        new AddressQuery("Pudong, Shanghai", "CN", null, null, "Dalian"));
    assertEquals(Province.OTHER, shanghai.province());
    Location tipped = LOCATOR.locate(
        new AddressQuery("Xinghai Road 5", "CN", null, "0411-8888123", "CNDLC"));
    assertEquals(Province.LIAONING, tipped.province());
    assertTrue(tipped.confidence() > withIdentifiers(null, "0411-8888123", null).confidence());
  }

  @Test
  void cleansCodesWrittenWithSpacesAndDashes() {
    assertEquals("91350100M000100Y43", UsccCode.clean("9135 0100-M000 100Y43"));
    assertNull(UsccCode.clean("91350100M000100Y4"));
    assertNull(UsccCode.clean("91350100I000100Y43"));
  }

  @ParameterizedTest(name = "{1} ({2})")
  @CsvSource(delimiter = '|', value = {
      "LIAONING|TEL (0417) 2550 3095|CN",
      "JILIN|Tel: +86-433-3401-0576|",
      "LIAONING|No. 8 Binhai Road, TEL 0086 411 8461 2270|",
      "OTHER|TEL 020 3814 5520|CHINA",
  })
  void aNumberWrittenIntoTheAddressGivesItsAreaCode(String province, String address,
      String country) {
    Location location = LOCATOR.locate(new AddressQuery(address, country, null, null));
    assertEquals(Province.valueOf(province), location.province(), location::evidenceText);
    assertTrue(location.evidenceText().contains("phone area code"), location::evidenceText);
  }

  @Test
  void aLocalNumberOutsideChinaIsNotReadAsAnAreaCode() {
    // 0411 starts an Australian mobile number, and is Dalian's area code.
    Location sydney = LOCATOR.locate(new AddressQuery("Tel 0411 234 567", "AU", null, null));
    assertEquals(Province.OTHER, sydney.province(), sydney::evidenceText);
    assertFalse(sydney.evidenceText().contains("phone area code"), sydney::evidenceText);
    Location unknown = LOCATOR.locate(new AddressQuery("Tel 0411 234 567", null, null, null));
    assertEquals(Province.UNKNOWN, unknown.province(), unknown::evidenceText);
  }

  @Test
  void theNumberAsWrittenKeepsItsInternationalPrefix() {
    assertEquals("+86 411 8461 2270", PhoneInAddress.number("Dalian TEL +86 411 8461 2270"));
    assertNull(PhoneInAddress.number("NO. 88 ZHENGYANG ROAD 266109"));
  }
}
