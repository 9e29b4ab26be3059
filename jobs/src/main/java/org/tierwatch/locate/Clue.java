package org.tierwatch.locate;

import static java.util.Objects.requireNonNull;

/**
 * A signal together with the province-level unit (or country) it points to, which the locator
 * needs to weigh ambiguous names against the rest of the evidence, and how finely it places the
 * address ({@link #COUNTY_DETAIL} down to {@link #NO_DETAIL}), which picks the city reported.
 */
record Clue(LocationSignal signal, String region, int detail) {
  static final int COUNTY_DETAIL = 3;
  static final int CITY_DETAIL = 2;
  static final int CODE_DETAIL = 1;
  static final int NO_DETAIL = 0;

  Clue {
    requireNonNull(signal, "signal is null");
  }

  /** A clue from a code (postcode, registration, telephone, port), placing at city level. */
  Clue(LocationSignal signal, String region) {
    this(signal, region, CODE_DETAIL);
  }

  double strength() {
    return signal.strength();
  }

  Province province() {
    return signal.province();
  }

  /** A clue that explains something but weighs nothing. */
  static Clue note(SignalKind kind, String matched, String note) {
    return new Clue(new LocationSignal(kind, matched, Province.UNKNOWN, null, 0.0, note), null,
        NO_DETAIL);
  }
}
