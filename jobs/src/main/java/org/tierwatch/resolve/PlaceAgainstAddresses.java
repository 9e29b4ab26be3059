package org.tierwatch.resolve;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tierwatch.locate.PlaceRegions;

/**
 * Reads the place one name leads with against the addresses of a record whose name leads with
 * none. A Chinese company's name carries the place it is registered in, so {@code GUANGZHOU
 * XINMING ELECTRONIC TECHNOLOGY} and a {@code XINMING TECHNOLOGY ELECTRIC} whose addresses are all
 * in Jinzhou, Liaoning, are two companies even though their words agree.
 *
 * <p>Only disagreement is read. Agreement would weigh little: most records of a region's companies
 * name the same few cities, so a random pair among them agrees on its city about as often as a
 * true one does. Disagreement needs every place the addresses name to lie outside the provinces
 * the leading place can be in, so that an ambiguous name (JINZHOU is in Liaoning and in Hebei)
 * or an address naming two provinces never counts against a pair.
 */
final class PlaceAgainstAddresses {
  private PlaceAgainstAddresses() {}

  /**
   * The disagreement in words ({@code GUANGZHOU (Guangdong) against addresses in Liaoning}), or
   * empty when the addresses name no province or one the place can be in.
   *
   * @param leadingPlace the place keys one name leads with, as {@link NormalisedName#leadingPlace}
   * @param addresses the other record's addresses as written
   */
  static Optional<String> disagreement(String leadingPlace, List<String> addresses) {
    if (addresses.isEmpty()) {
      return Optional.empty();
    }
    Set<String> placeRegions = PlaceRegions.ofKeys(leadingPlace);
    if (placeRegions.isEmpty()) {
      return Optional.empty();
    }
    Set<String> named = new TreeSet<>();
    for (String address : addresses) {
      Set<String> regions = PlaceRegions.namedIn(address);
      for (String region : regions) {
        if (placeRegions.contains(region)) {
          return Optional.empty();
        }
      }
      named.addAll(regions);
    }
    if (named.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(leadingPlace + " (" + String.join(", ", new TreeSet<>(placeRegions))
        + ") against addresses in " + String.join(", ", named));
  }
}
