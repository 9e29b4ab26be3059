package org.tierwatch.locate;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Places an address in Liaoning, Jilin or elsewhere from everything it carries: place names in
 * any spelling or script, postcodes, the country, a Unified Social Credit Code, a telephone area
 * code and the port of lading, with the evidence that decided. Thread-safe and serializable (a
 * deserialized locator is the standard one); it never throws on any input.
 */
public final class Locator implements Serializable {
  private static final long serialVersionUID = 1L;

  private final transient Gazetteer gazetteer;
  private final transient NameMatcher matcher;

  private Locator(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.matcher = new NameMatcher(gazetteer);
  }

  private static final class Standard {
    static final Locator INSTANCE = new Locator(Gazetteer.load());
  }

  /** The locator over the project's gazetteer, loaded from the classpath once. */
  public static Locator standard() {
    return Standard.INSTANCE;
  }

  public Location locate(AddressQuery query) {
    try {
      return query == null ? unreadable("no query") : locateChecked(query);
    } catch (RuntimeException | StackOverflowError e) {
      return unreadable(e.getClass().getSimpleName());
    }
  }

  private Location locateChecked(AddressQuery query) {
    List<Clue> clues = new ArrayList<>();
    CountrySignals.Reading country = CountrySignals.read(query.country());
    add(clues, CountrySignals.clue(query.country(), country));

    Tokens tokens = TextNormaliser.tokens(query.address());
    PlaceSignals places = PlaceSignals.read(matcher.find(tokens));
    clues.addAll(places.clues());

    if (inChina(country, places)) {
      clues.addAll(PostcodeSignals.read(tokens, gazetteer));
    }
    add(clues, UsccSignals.read(query.registrationId(), gazetteer));
    add(clues, PhoneSignals.read(phone(query, inChina(country, places)), gazetteer));
    add(clues, PortSignals.read(query.portOfLading(), gazetteer, matcher));
    clues.addAll(places.resolve(List.copyOf(clues)));
    return SignalWeigher.weigh(clues);
  }

  /**
   * The query's telephone number, or else the one its address carries: trade records write the
   * number into the address ("TEL (0417) 2550 3095"), often as all the address there is. A number
   * from the address is read only in China or when dialled with China's +86, because a local
   * number elsewhere (an Australian 0411 mobile) would pass for a Liaoning area code.
   */
  private static String phone(AddressQuery query, boolean inChina) {
    if (query.phone() != null) {
      return query.phone();
    }
    String number = PhoneInAddress.number(query.address());
    if (number == null) {
      return null;
    }
    String digits = number.replaceAll("[^0-9]", "");
    boolean dialsChina = number.startsWith("+86") || digits.startsWith("0086")
        || digits.startsWith("86") && digits.length() >= 12;
    return inChina || dialsChina ? number : null;
  }

  /** Whether a six-digit number may be read as a Chinese postcode. */
  private static boolean inChina(CountrySignals.Reading country, PlaceSignals places) {
    if (country != CountrySignals.Reading.ABSENT) {
      return country == CountrySignals.Reading.CHINA;
    }
    if (places.chinaNamed()) {
      return true;
    }
    for (Clue clue : places.clues()) {
      boolean chinese = clue.province() == Province.LIAONING || clue.province() == Province.JILIN
          || clue.province() == Province.OTHER && clue.signal().kind() != SignalKind.COUNTRY;
      if (chinese && clue.strength() > 0) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<Clue> clues, Clue clue) {
    if (clue != null) {
      clues.add(clue);
    }
  }

  private static Location unreadable(String reason) {
    LocationSignal signal = new LocationSignal(SignalKind.UNREADABLE, "", Province.UNKNOWN, null,
        0.0, reason);
    return new Location(Province.UNKNOWN, null, 0.0, List.of(signal), false);
  }

  private Object readResolve() throws ObjectStreamException {
    return standard();
  }
}
