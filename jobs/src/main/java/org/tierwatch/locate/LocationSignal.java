package org.tierwatch.locate;

import static java.util.Objects.requireNonNull;

/**
 * One piece of evidence about where an address lies: what kind it is, the text it matched, the
 * province and city it implies (city may be null), how strongly (0..1) and why.
 */
public record LocationSignal(
    SignalKind kind, String matched, Province province, String city, double strength, String note) {

  public LocationSignal {
    requireNonNull(kind, "kind is null");
    requireNonNull(matched, "matched is null");
    requireNonNull(province, "province is null");
    requireNonNull(note, "note is null");
    if (!(strength >= 0.0 && strength <= 1.0)) {
      throw new IllegalArgumentException("strength must be in 0..1: " + strength);
    }
  }

  /** A readable phrase such as {@code postcode 118000 -> Dandong}. */
  public String describe() {
    StringBuilder text = new StringBuilder(kind.label());
    if (!matched.isEmpty()) {
      text.append(' ').append(matched);
    }
    text.append(" -> ").append(city != null ? city : province.name());
    if (!note.isEmpty()) {
      text.append(" (").append(note).append(')');
    }
    return text.toString();
  }
}
