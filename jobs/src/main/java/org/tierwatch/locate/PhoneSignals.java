package org.tierwatch.locate;

/**
 * Reads the telephone area code of a Chinese landline (+86 411 ..., (0415) ..., 0433-...):
 * Liaoning and Jilin codes place the number there, other Chinese codes elsewhere, a foreign
 * country code abroad. Mobile numbers carry no place.
 */
final class PhoneSignals {
  static final double STRENGTH = 0.6;
  static final double OTHER_STRENGTH = 0.5;

  private PhoneSignals() {}

  static Clue read(String phone, Gazetteer gazetteer) {
    if (phone == null || phone.isBlank()) {
      return null;
    }
    String trimmed = phone.strip();
    String digits = trimmed.replaceAll("[^0-9]", "");
    boolean international = trimmed.startsWith("+") || digits.startsWith("00");
    if (digits.startsWith("00")) {
      digits = digits.substring(2);
    }
    if (international || (digits.startsWith("86") && digits.length() >= 11)) {
      if (!digits.startsWith("86")) {
        return new Clue(new LocationSignal(SignalKind.PHONE_AREA_CODE, trimmed, Province.OTHER,
            null, OTHER_STRENGTH, "foreign number"), "abroad");
      }
      digits = digits.substring(2);
    }
    if (digits.startsWith("0")) {
      digits = digits.substring(1);
    }
    if (digits.length() < 7 || digits.startsWith("1") && digits.length() == 11) {
      return null;
    }
    String areaCode = "0" + digits.substring(0, digits.charAt(0) <= '2' ? 2 : 3);
    Place place = gazetteer.placeOfAreaCode(areaCode);
    if (place != null && place.province() != Province.OTHER) {
      String note = areaCode.equals("024") ? "024 has also served Fushun and Tieling since 2011, Benxi since 2014" : "";
      return new Clue(new LocationSignal(SignalKind.PHONE_AREA_CODE, areaCode, place.province(),
          place.city(), STRENGTH, note), place.region());
    }
    String region = place == null ? "China outside Liaoning and Jilin" : place.region();
    return new Clue(new LocationSignal(SignalKind.PHONE_AREA_CODE, areaCode, Province.OTHER,
        place == null ? null : place.city(), OTHER_STRENGTH, region), place == null ? null : region);
  }
}
