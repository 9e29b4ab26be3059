package org.tierwatch.locate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The provinces a place named at the head of a company name can be in, and the provinces an
 * address names, read with the gazetteer and the name matcher of the locator, so that entity
 * resolution can weigh one record's {@code GUANGZHOU XINMING ...} against another record's address
 * in Jinzhou, Liaoning.
 *
 * <p>A place name is keyed as {@link #key} writes it (upper case, letters and digits only), the
 * form in which name normalisation reports a leading place. Countries are never read: a country
 * is weighed by the country of the record, and {@code CHINA} would agree with every province.
 * Streets and buildings named after a place ({@code GUANGZHOU ROAD}) name no province.
 */
public final class PlaceRegions {
  private static final Pattern KEY_DROP = Pattern.compile("[^A-Z0-9]");

  private PlaceRegions() {}

  /** Loaded once per JVM, like the locator's own gazetteer. */
  private static final class Holder {
    static final Gazetteer GAZETTEER = Gazetteer.load();
    static final NameMatcher MATCHER = new NameMatcher(GAZETTEER);
    static final Map<String, Set<String>> BY_KEY = byKey(GAZETTEER);
  }

  /** A place name as name normalisation keys it: upper case, without spaces or punctuation. */
  public static String key(String placeName) {
    return KEY_DROP.matcher(placeName.toUpperCase(Locale.ROOT)).replaceAll("");
  }

  /**
   * The provinces (or, abroad, countries) of the places with these keys; empty when the
   * gazetteer knows none of them.
   *
   * @param keys one or more keys separated by spaces, as in {@code LIAONING DANDONG}
   */
  public static Set<String> ofKeys(String keys) {
    Set<String> regions = new HashSet<>();
    for (String key : keys.split(" ")) {
      regions.addAll(Holder.BY_KEY.getOrDefault(key, Set.of()));
    }
    return regions;
  }

  /**
   * The provinces of every place an address names, each ambiguous name counting for all the
   * places it may be; empty when it names none.
   */
  public static Set<String> namedIn(String address) {
    Set<String> regions = new HashSet<>();
    for (NameMatch match : Holder.MATCHER.find(TextNormaliser.tokens(address))) {
      if (match.affix() == Affix.FEATURE) {
        continue;
      }
      for (PlaceName candidate : match.candidates()) {
        if (candidate.place().level() != PlaceLevel.COUNTRY) {
          regions.add(candidate.place().region());
        }
      }
    }
    return regions;
  }

  private static Map<String, Set<String>> byKey(Gazetteer gazetteer) {
    Map<String, Set<String>> byKey = new HashMap<>();
    for (Place place : gazetteer.places()) {
      if (place.level() != PlaceLevel.COUNTRY) {
        byKey.computeIfAbsent(key(place.name()), k -> new HashSet<>()).add(place.region());
      }
    }
    byKey.replaceAll((k, regions) -> Set.copyOf(regions));
    return Map.copyOf(byKey);
  }
}
