package org.tierwatch.locate;

import static java.util.Objects.requireNonNull;

/**
 * A signal together with the province-level unit (or country) it points to, which the locator
 * needs to weigh ambiguous names against the rest of the evidence.
 */
record Clue(LocationSignal signal, String region) {
  Clue {
    requireNonNull(signal, "signal is null");
  }

  double strength() {
    return signal.strength();
  }

  Province province() {
    return signal.province();
  }

  /** A clue that explains something but weighs nothing. */
  static Clue note(SignalKind kind, String matched, String note) {
    return new Clue(new LocationSignal(kind, matched, Province.UNKNOWN, null, 0.0, note), null);
  }
}
