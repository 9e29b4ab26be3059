package org.tierwatch.locate;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Latin names of the gazetteer's provinces, cities and counties, upper case, for name
 * normalisation that must recognise a leading place ({@code DANDONG JIANGQIAO CIRCUIT}) with the
 * same list the locator uses. Countries are left out: {@code CHINA} in a company name is part of
 * the name.
 */
public final class PlaceNames {
  private PlaceNames() {}

  /** Loaded once per JVM; the gazetteer is a resource of this jar. */
  private static final class Holder {
    static final Set<String> LATIN = load();
  }

  public static Set<String> latin() {
    return Holder.LATIN;
  }

  private static Set<String> load() {
    Set<String> names = new TreeSet<>();
    for (Place place : Gazetteer.load().places()) {
      if (place.level() != PlaceLevel.COUNTRY && place.name().chars().allMatch(c -> c < 0x80)) {
        names.add(place.name().toUpperCase(Locale.ROOT));
      }
    }
    return Set.copyOf(names);
  }
}
