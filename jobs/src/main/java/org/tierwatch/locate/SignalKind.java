package org.tierwatch.locate;

/** The families of evidence the locator reads, each with the words it uses in evidence text. */
public enum SignalKind {
  PROVINCE_NAME("province name"),
  CITY_NAME("city name"),
  COUNTY_NAME("county name"),
  DISTRICT_NAME("district name"),
  HISTORIC_NAME("historic name"),
  COUNTRY("country"),
  POSTCODE("postcode"),
  USCC("registration code"),
  PHONE_AREA_CODE("phone area code"),
  PORT("port of lading"),
  TRAP("not a place"),
  AMBIGUOUS("ambiguous name"),
  NO_EVIDENCE("no evidence"),
  UNREADABLE("unreadable input");

  private final String label;

  SignalKind(String label) {
    this.label = label;
  }

  /** The words used for this kind in a readable evidence line. */
  public String label() {
    return label;
  }
}
