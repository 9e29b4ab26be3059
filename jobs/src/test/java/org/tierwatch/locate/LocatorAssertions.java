package org.tierwatch.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shared helpers for locator tests: locate a text and check the province with the evidence shown. */
final class LocatorAssertions {
  private LocatorAssertions() {}

  static Location locate(String address, String country) {
    return Locator.standard().locate(AddressQuery.of(address, country));
  }

  static Location assertProvince(Province expected, String address, String country) {
    Location location = locate(address, country);
    assertEquals(expected, location.province(),
        () -> address + " [" + country + "] -> " + location.evidenceText());
    return location;
  }

  static Location assertPlace(Province expected, String city, String address, String country) {
    Location location = assertProvince(expected, address, country);
    assertEquals(city, location.city(),
        () -> address + " [" + country + "] -> " + location.evidenceText());
    return location;
  }
}
