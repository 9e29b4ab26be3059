package org.tierwatch.locate;

/**
 * What the locator is asked about: an address with its country and optional identifiers. Every
 * component may be null; the port of lading is weak evidence that only bills of lading carry.
 */
public record AddressQuery(
    String address, String country, String registrationId, String phone, String portOfLading) {

  public AddressQuery(String address, String country, String registrationId, String phone) {
    this(address, country, registrationId, phone, null);
  }

  public static AddressQuery of(String address, String country) {
    return new AddressQuery(address, country, null, null, null);
  }
}
