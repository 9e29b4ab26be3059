package org.tierwatch.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What callers rely on: no exceptions, the province semantics, serialization, thread safety. */
class LocatorContractTest {
  private static final Locator LOCATOR = Locator.standard();

  @Test
  void neverThrowsOnAnyString() {
    // Characters from every range that takes its own path: ASCII, accented Latin, Cyrillic,
    // Han, Hangul, full-width forms, controls and lone surrogates.
    int[][] ranges = {{0x00, 0x7F}, {0xC0, 0x17F}, {0x400, 0x4FF}, {0x4E00, 0x5200},
        {0xAC00, 0xAE00}, {0xFF01, 0xFF5E}, {0xD800, 0xDFFF}, {0x2000, 0x206F}};
    Random random = new Random(42);
    for (int i = 0; i < 1_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(120);
      for (int j = 0; j < length; j++) {
        int[] range = ranges[random.nextInt(ranges.length)];
        text.append((char) (range[0] + random.nextInt(range[1] - range[0] + 1)));
      }
      String s = text.toString();
      Location location = LOCATOR.locate(new AddressQuery(s, s, s, s, s));
      assertNotNull(location.province());
    }
    String huge = "Dalian ".repeat(100_000);
    assertEquals(Province.LIAONING, LOCATOR.locate(AddressQuery.of(huge, null)).province());
    assertEquals(Province.UNKNOWN, LOCATOR.locate(null).province());
  }

  @Test
  void emptyOrUnplaceableAddressesAreUnknownWithAReason() {
    for (String address : new String[] {null, "", "   ", "-0-", "Room 5, Building 3"}) {
      Location location = LOCATOR.locate(AddressQuery.of(address, "China"));
      assertEquals(Province.UNKNOWN, location.province());
      assertFalse(location.evidence().isEmpty());
      assertEquals(0.0, location.confidence());
    }
  }

  @Test
  void aCountryOtherThanChinaIsOther() {
    for (String country : new String[] {"Russia", "RU", "Korea, North", "Hong Kong", "TW",
        "China, Hong Kong SAR", "Taiwan, Province of China"}) {
      Location location = LOCATOR.locate(AddressQuery.of("Building 3", country));
      assertEquals(Province.OTHER, location.province(), country);
    }
    for (String country : new String[] {"China", "CN", "CHINA", "People's Republic of China",
        "P.R. China", "China, Liaoning", "CHINA (MAINLAND)"}) {
      assertEquals(Province.UNKNOWN,
          LOCATOR.locate(AddressQuery.of("Building 3", country)).province(), country);
    }
  }

  @Test
  void confidenceGrowsWithAgreeingEvidence() {
    double city = LOCATOR.locate(AddressQuery.of("Dandong", "CN")).confidence();
    double cityAndProvince =
        LOCATOR.locate(AddressQuery.of("Dandong, Liaoning", "CN")).confidence();
    double withPostcode =
        LOCATOR.locate(AddressQuery.of("Dandong, Liaoning 118000", "CN")).confidence();
    assertTrue(city < cityAndProvince && cityAndProvince < withPostcode);
    assertTrue(withPostcode <= 1.0);
  }

  @Test
  void standardIsLoadedOnceAndSurvivesSerialization() throws Exception {
    assertSame(LOCATOR, Locator.standard());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(LOCATOR);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Locator copy = (Locator) in.readObject();
      assertEquals(Province.LIAONING,
          copy.locate(AddressQuery.of("大连市", null)).province());
    }
  }

  @Test
  void givesTheSameAnswersFromManyThreads() {
    List<String> addresses = List.of("辽宁省丹东市振兴区", "吉林省延吉市", "北京市朝阳区",
        "Zhongshan District, Dalian", "Zhongshan, Guangdong", "연길시", "Hunchun, Jilin 133300");
    List<Province> expected = addresses.stream()
        .map(a -> LOCATOR.locate(AddressQuery.of(a, null)).province()).toList();
    IntStream.range(0, 4_000).parallel().forEach(i -> {
      int k = i % addresses.size();
      assertEquals(expected.get(k),
          LOCATOR.locate(AddressQuery.of(addresses.get(k), null)).province());
    });
  }

  @Test
  void recordsRejectNullsAndOutOfRangeNumbers() {
    assertThrowsIllegal(() -> new LocationSignal(SignalKind.POSTCODE, "1", Province.UNKNOWN,
        null, 1.5, ""));
    assertThrowsIllegal(() -> new Location(Province.UNKNOWN, null, -0.1, List.of(), false));
  }

  private static void assertThrowsIllegal(Runnable action) {
    try {
      action.run();
    } catch (IllegalArgumentException expected) {
      return;
    }
    throw new AssertionError("expected IllegalArgumentException");
  }
}
