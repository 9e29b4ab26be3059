package org.tierwatch.locate;

import static java.util.Objects.requireNonNull;

/** A name by which a place is written, flagged when it is a historic romanisation. */
record PlaceName(Place place, boolean historic) {
  PlaceName {
    requireNonNull(place, "place is null");
  }
}
