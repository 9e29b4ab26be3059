package org.tierwatch.generate;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;

/**
 * A country other than China: its name as customs clerks write it, cities, postcode pattern
 * ({@code #} a digit, {@code A} a letter), telephone prefix, main port, legal forms, and the
 * product families in which it hosts reported North Korean overseas labour (the risk model's
 * OVERSEAS_LABOUR evidence).
 */
record ForeignCountry(
        String code,
        String name,
        List<String> cities,
        String postcodePattern,
        String phonePrefix,
        String port,
        List<String> legalForms,
        Set<TradeFamily> overseasLabourFamilies) {

    ForeignCountry {
        requireNonNull(code, "code is null");
        requireNonNull(name, "name is null");
        requireNonNull(cities, "cities is null");
        requireNonNull(postcodePattern, "postcodePattern is null");
        requireNonNull(phonePrefix, "phonePrefix is null");
        requireNonNull(port, "port is null");
        requireNonNull(legalForms, "legalForms is null");
        requireNonNull(overseasLabourFamilies, "overseasLabourFamilies is null");
        cities = List.copyOf(cities);
        legalForms = List.copyOf(legalForms);
        overseasLabourFamilies = Set.copyOf(overseasLabourFamilies);
    }

    /** True when a company of this country shipping {@code family} would carry overseas-labour evidence. */
    boolean overseasLabour(TradeFamily family) {
        return overseasLabourFamilies.contains(family);
    }
}
