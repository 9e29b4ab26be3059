package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;

/**
 * The two names of a pair as each reads the other: a leading place the other name writes as its
 * trade name ({@link PlaceAsTradeName}), or else a first word that misspells the other's place
 * ({@link MisspeltPlace}). One name alone cannot tell a city from a trade name of the same
 * spelling, nor a misspelt city from a trade name one letter away; the pair can.
 *
 * @param a the first name as read
 * @param b the second name as read
 * @param misspeltPlace the word one of the names wrote for the other's place, or null
 */
record PairNames(NormalisedName a, NormalisedName b, String misspeltPlace) {
  PairNames {
    requireNonNull(a, "a is null");
    requireNonNull(b, "b is null");
  }

  static PairNames of(NormalisedName a, NormalisedName b) {
    NormalisedName readA = readAgainst(a, b);
    NormalisedName readB = readAgainst(b, a);
    return new PairNames(readA, readB,
        misspelt(a, readA) ? a.tokens().get(0) : misspelt(b, readB) ? b.tokens().get(0) : null);
  }

  private static NormalisedName readAgainst(NormalisedName name, NormalisedName other) {
    NormalisedName tradeName = PlaceAsTradeName.readAgainst(name, other);
    return tradeName != name ? tradeName : MisspeltPlace.readAgainst(name, other.leadingPlace());
  }

  /** Only a misspelt place gives a name without a place one. */
  private static boolean misspelt(NormalisedName written, NormalisedName read) {
    return written.leadingPlace() == null && read.leadingPlace() != null;
  }
}
