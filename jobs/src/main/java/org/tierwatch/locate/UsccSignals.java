package org.tierwatch.locate;

/**
 * Reads a registration id as a Unified Social Credit Code: a valid code places the company where
 * its registering authority sits (9121... Liaoning, 9122... Jilin, 9111... Beijing, whatever a
 * postcode starting 11 would say). A code with a wrong check character is bad input, not evidence.
 */
final class UsccSignals {
  static final double STRENGTH = 0.85;

  private UsccSignals() {}

  static Clue read(String registrationId, Gazetteer gazetteer) {
    String code = UsccCode.clean(registrationId);
    if (code == null) {
      return null;
    }
    if (!UsccCode.checkCharacterValid(code)) {
      return Clue.note(SignalKind.USCC, code, "check character invalid; ignored");
    }
    String admin = UsccCode.adminCode(code);
    Place province = admin == null ? null : gazetteer.placeOfAdminCode(admin.substring(0, 2));
    if (province == null) {
      return Clue.note(SignalKind.USCC, code, "administrative code unknown; ignored");
    }
    Place prefecture = gazetteer.placeOfAdminCode(admin.substring(0, 4));
    String city = prefecture == null ? null : prefecture.name();
    String note = province.province() == Province.OTHER ? province.region() : "";
    return new Clue(new LocationSignal(SignalKind.USCC, code, province.province(), city, STRENGTH,
        note), province.region());
  }
}
