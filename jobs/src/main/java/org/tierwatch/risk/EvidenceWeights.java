package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tierwatch.config.ConfigSection;

/**
 * The weights and scopes of each kind of evidence (the {@code evidence} section of the risk
 * model). Countries and provinces are kept upper-case.
 */
public record EvidenceWeights(
    double dprkOrigin,
    Set<String> dprkCountries,
    double watchlist,
    double location,
    Set<String> locationProvinces,
    double overseasLabour,
    Map<String, Set<String>> overseasLabourSectors,
    double reimportProcessing,
    Set<String> reimportRawFamilies,
    Set<String> reimportProcessedFamilies,
    double confirmed) implements java.io.Serializable {
  public EvidenceWeights {
    requireNonNull(dprkCountries, "dprkCountries is null");
    requireNonNull(locationProvinces, "locationProvinces is null");
    requireNonNull(overseasLabourSectors, "overseasLabourSectors is null");
    requireNonNull(reimportRawFamilies, "reimportRawFamilies is null");
    requireNonNull(reimportProcessedFamilies, "reimportProcessedFamilies is null");
    Fraction.require(dprkOrigin, "dprk-origin weight");
    Fraction.require(watchlist, "watchlist weight");
    Fraction.require(location, "location weight");
    Fraction.require(overseasLabour, "overseas-labour weight");
    Fraction.require(reimportProcessing, "reimport-processing weight");
    Fraction.require(confirmed, "confirmed weight");
    dprkCountries = upperCase(dprkCountries);
    locationProvinces = upperCase(locationProvinces);
    Map<String, Set<String>> sectors = new TreeMap<>();
    overseasLabourSectors.forEach((country, list) ->
        sectors.put(country.trim().toUpperCase(Locale.ROOT),
            Collections.unmodifiableSet(new TreeSet<>(list))));
    overseasLabourSectors = Collections.unmodifiableMap(sectors);
    reimportRawFamilies = Collections.unmodifiableSet(new TreeSet<>(reimportRawFamilies));
    reimportProcessedFamilies =
        Collections.unmodifiableSet(new TreeSet<>(reimportProcessedFamilies));
  }

  public static EvidenceWeights from(ConfigSection section) {
    ConfigSection dprk = section.section("dprk-origin");
    double dprkOrigin = dprk.fraction("weight");
    List<String> dprkCountries = dprk.stringList("countries");
    dprk.requireAllKeysRead();

    ConfigSection watchlistSection = section.section("watchlist");
    double watchlist = watchlistSection.fraction("weight");
    watchlistSection.requireAllKeysRead();

    ConfigSection locationSection = section.section("location");
    double location = locationSection.fraction("weight");
    List<String> provinces = locationSection.stringList("provinces");
    locationSection.requireAllKeysRead();

    ConfigSection overseas = section.section("overseas-labour");
    double overseasLabour = overseas.fraction("weight");
    ConfigSection countries = overseas.section("countries");
    Map<String, Set<String>> sectors = new TreeMap<>();
    for (String country : countries.keys()) {
      sectors.put(country, new TreeSet<>(countries.stringList(country)));
    }
    countries.requireAllKeysRead();
    overseas.requireAllKeysRead();

    ConfigSection reimport = section.section("reimport-processing");
    double reimportProcessing = reimport.fraction("weight");
    List<String> raw = reimport.stringList("raw-families");
    List<String> processed = reimport.stringList("processed-families");
    reimport.requireAllKeysRead();

    ConfigSection confirmedSection = section.section("confirmed");
    double confirmed = confirmedSection.fraction("weight");
    confirmedSection.requireAllKeysRead();

    section.requireAllKeysRead();
    return new EvidenceWeights(dprkOrigin, new TreeSet<>(dprkCountries), watchlist, location,
        new TreeSet<>(provinces), overseasLabour, sectors, reimportProcessing, new TreeSet<>(raw),
        new TreeSet<>(processed), confirmed);
  }

  /** The sectors reported for overseas labour in a country; empty when none or unknown. */
  public Set<String> overseasLabourSectorsOf(String country) {
    return country == null
        ? Set.of()
        : overseasLabourSectors.getOrDefault(country.trim().toUpperCase(Locale.ROOT), Set.of());
  }

  private static Set<String> upperCase(Set<String> values) {
    Set<String> result = new TreeSet<>();
    values.forEach(value -> result.add(value.trim().toUpperCase(Locale.ROOT)));
    return Collections.unmodifiableSet(result);
  }
}
