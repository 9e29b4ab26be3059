package org.tierwatch.locate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns place names found in an address into clues. A name that only one province-level unit
 * carries is read at once; a name several carry (Chaoyang, Zhongshan, Heping, Fengcheng ...) is
 * resolved afterwards by the rest of the evidence: the candidate whose province or prefecture
 * another clue names wins; failing that, a single most prominent candidate wins at half
 * strength; failing that, the name is reported as ambiguous and weighs nothing. A name followed
 * by "Road", "Building", "Village" and the like is a feature named after a place, not evidence.
 */
final class PlaceSignals {
  private static final double HISTORIC_FACTOR = 0.9;
  private static final double PROMINENCE_FACTOR = 0.5;
  private static final double CITY_SUPPORT_BONUS = 0.05;

  private final List<Clue> clues = new ArrayList<>();
  private final List<NameMatch> ambiguous = new ArrayList<>();
  private boolean chinaNamed;

  /** Reads the unambiguous names now and keeps the ambiguous ones for {@link #resolve}. */
  static PlaceSignals read(List<NameMatch> matches) {
    PlaceSignals signals = new PlaceSignals();
    for (NameMatch match : matches) {
      signals.readOne(match);
    }
    return signals;
  }

  private void readOne(NameMatch match) {
    if (match.affix() == Affix.FEATURE) {
      if (mentionsOurProvinces(match.candidates())) {
        clues.add(Clue.note(SignalKind.TRAP, match.matched(),
            "a street or feature named after a place, not its location"));
      }
      return;
    }
    List<PlaceName> candidates = narrow(match.candidates(), match.affix());
    if (candidates.get(0).place().region().equals(Place.CHINA)) {
      chinaNamed = true;
      return;
    }
    if (regions(candidates).size() == 1) {
      clues.add(clue(match, pickWithinRegion(candidates), 1.0, ""));
    } else {
      ambiguous.add(match);
    }
  }

  /** Whether the address itself names China. */
  boolean chinaNamed() {
    return chinaNamed;
  }

  /**
   * The clues of unambiguous names. A district belongs to its city: when the address names
   * cities or provinces, but only ones elsewhere, the district is a same-name district there
   * (Zhongshan District in another city, Tiexi in Baotou) and weighs nothing.
   */
  List<Clue> clues() {
    List<Clue> checked = new ArrayList<>(clues.size());
    for (Clue clue : clues) {
      checked.add(clue.signal().kind() == SignalKind.DISTRICT_NAME ? checkDistrict(clue) : clue);
    }
    return checked;
  }

  private Clue checkDistrict(Clue district) {
    String elsewhere = null;
    for (Clue clue : clues) {
      boolean broader = clue.signal().kind() == SignalKind.PROVINCE_NAME
          || clue.signal().kind() == SignalKind.CITY_NAME
          || clue.signal().kind() == SignalKind.COUNTY_NAME;
      if (!broader || clue.region() == null) {
        continue;
      }
      if (clue.region().equals(district.region())) {
        return district;
      }
      elsewhere = clue.region();
    }
    if (elsewhere == null) {
      return district;
    }
    return Clue.note(SignalKind.DISTRICT_NAME, district.signal().matched(),
        "a district of " + district.signal().city() + " by name, but the address is in "
            + elsewhere);
  }

  /**
   * Resolves the ambiguous names against the given clues and returns what they add. Names that
   * context decides go first, and each decided name supports the rest; only then does the most
   * prominent reading settle what is left, one name at a time.
   */
  List<Clue> resolve(List<Clue> known) {
    List<Clue> support = new ArrayList<>(known);
    List<Clue> resolved = new ArrayList<>();
    List<NameMatch> pending = new ArrayList<>(ambiguous);
    while (!pending.isEmpty()) {
      boolean progress = false;
      for (int i = 0; i < pending.size(); i++) {
        Clue clue = byContext(pending.get(i), support);
        if (clue != null) {
          support.add(clue);
          resolved.add(clue);
          pending.remove(i--);
          progress = true;
        }
      }
      if (!progress) {
        int settled = firstWithProminentReading(pending);
        if (settled < 0) {
          for (NameMatch match : pending) {
            resolved.add(Clue.note(SignalKind.AMBIGUOUS, match.matched(), "a place in "
                + String.join(", ", regions(narrow(match.candidates(), match.affix())))));
          }
          pending.clear();
        } else {
          Clue clue = byProminence(pending.remove(settled));
          support.add(clue);
          resolved.add(clue);
        }
      }
    }
    return resolved;
  }

  private static int firstWithProminentReading(List<NameMatch> pending) {
    for (int i = 0; i < pending.size(); i++) {
      NameMatch match = pending.get(i);
      if (mostProminent(narrow(match.candidates(), match.affix())) != null) {
        return i;
      }
    }
    return -1;
  }

  private static Clue byContext(NameMatch match, List<Clue> support) {
    List<PlaceName> candidates = narrow(match.candidates(), match.affix());
    Set<String> regions = regions(candidates);
    PlaceName best = null;
    double bestScore = 0.0;
    boolean tie = false;
    for (PlaceName candidate : candidates) {
      double score = support(candidate.place(), support);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
        tie = false;
      } else if (score > 0 && score == bestScore
          && !candidate.place().region().equals(best.place().region())) {
        tie = true;
      }
    }
    if (best != null && !tie) {
      return clue(match, best, 1.0, "also a name in " + others(regions, best) + "; context says "
          + best.place().region());
    }
    return null;
  }

  private static Clue byProminence(NameMatch match) {
    List<PlaceName> candidates = narrow(match.candidates(), match.affix());
    PlaceName prominent = mostProminent(candidates);
    return clue(match, prominent, PROMINENCE_FACTOR, "also a name in "
        + others(regions(candidates), prominent) + "; took the most prominent");
  }

  private static String others(Set<String> regions, PlaceName chosen) {
    Set<String> others = new LinkedHashSet<>(regions);
    others.remove(chosen.place().region());
    return String.join(", ", others);
  }

  private static double support(Place place, List<Clue> support) {
    double best = 0.0;
    for (Clue clue : support) {
      if (clue.strength() <= 0 || clue.region() == null) {
        continue;
      }
      if (clue.region().equals(place.region())) {
        double score = clue.strength();
        String city = clue.signal().city();
        if (city != null && city.equals(place.prefectureName())) {
          score += CITY_SUPPORT_BONUS;
        }
        best = Math.max(best, score);
      }
    }
    return best;
  }

  private PlaceName pickWithinRegion(List<PlaceName> candidates) {
    PlaceName best = candidates.get(0);
    double bestScore = -1;
    for (PlaceName candidate : candidates) {
      double score = support(candidate.place(), clues) + candidate.place().level().rank() / 100.0;
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  /** The single candidate of highest level, or null when two share it. */
  private static PlaceName mostProminent(List<PlaceName> candidates) {
    PlaceName best = null;
    boolean shared = false;
    for (PlaceName candidate : candidates) {
      int rank = candidate.place().level().rank();
      if (best == null || rank > best.place().level().rank()) {
        best = candidate;
        shared = false;
      } else if (rank == best.place().level().rank()) {
        shared = true;
      }
    }
    return shared ? null : best;
  }

  /** Keeps the candidates the affix agrees with ("District" keeps districts), if any. */
  private static List<PlaceName> narrow(List<PlaceName> candidates, Affix affix) {
    if (!affix.administrative()) {
      return candidates;
    }
    List<PlaceName> kept = new ArrayList<>();
    for (PlaceName candidate : candidates) {
      if (affix.confirms(candidate.place().level())) {
        kept.add(candidate);
      }
    }
    return kept.isEmpty() ? candidates : kept;
  }

  private static Set<String> regions(List<PlaceName> candidates) {
    Set<String> regions = new LinkedHashSet<>();
    for (PlaceName candidate : candidates) {
      regions.add(candidate.place().region());
    }
    return regions;
  }

  private static boolean mentionsOurProvinces(List<PlaceName> candidates) {
    for (PlaceName candidate : candidates) {
      Province province = candidate.place().province();
      if (province == Province.LIAONING || province == Province.JILIN) {
        return true;
      }
    }
    return false;
  }

  private static Clue clue(NameMatch match, PlaceName name, double factor, String note) {
    Place place = name.place();
    double strength = baseStrength(place.level(), match.affix());
    if (match.affix().confirms(place.level())) {
      strength = Math.min(0.95, strength + 0.05);
    }
    if (name.historic()) {
      strength *= HISTORIC_FACTOR;
    }
    strength *= factor;
    String city = place.province() == Province.OTHER && place.level() == PlaceLevel.COUNTRY
        ? place.region() : place.city();
    String fullNote = note.isEmpty() && place.province() == Province.OTHER
        ? place.region() : note;
    LocationSignal signal = new LocationSignal(kind(place.level(), name.historic()),
        match.matched(), place.province(), city, strength, fullNote);
    return new Clue(signal, place.region(), detail(place.level()));
  }

  private static int detail(PlaceLevel level) {
    return switch (level) {
      case COUNTRY, PROVINCE -> Clue.NO_DETAIL;
      case PREFECTURE, DISTRICT -> Clue.CITY_DETAIL;
      case COUNTY_CITY, COUNTY -> Clue.COUNTY_DETAIL;
    };
  }

  private static double baseStrength(PlaceLevel level, Affix affix) {
    return switch (level) {
      case COUNTRY, PROVINCE -> 0.9;
      case PREFECTURE -> 0.85;
      case COUNTY_CITY -> 0.75;
      case COUNTY -> 0.7;
      case DISTRICT -> affix == Affix.DISTRICT ? 0.6 : 0.3;
    };
  }

  private static SignalKind kind(PlaceLevel level, boolean historic) {
    if (historic) {
      return SignalKind.HISTORIC_NAME;
    }
    return switch (level) {
      case COUNTRY -> SignalKind.COUNTRY;
      case PROVINCE -> SignalKind.PROVINCE_NAME;
      case PREFECTURE, COUNTY_CITY -> SignalKind.CITY_NAME;
      case COUNTY -> SignalKind.COUNTY_NAME;
      case DISTRICT -> SignalKind.DISTRICT_NAME;
    };
  }
}
