package org.tierwatch.generate;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** One watchlist row; {@code company} is the listed company's index, or -1 when it trades nowhere. */
record WatchlistEntry(int company, String entityName, String aliases, String address, String country,
        String identifiers, String source, String evidenceType, LocalDate listedOn) {

    WatchlistEntry {
        requireNonNull(entityName, "entityName is null");
        requireNonNull(aliases, "aliases is null");
        requireNonNull(address, "address is null");
        requireNonNull(country, "country is null");
        requireNonNull(identifiers, "identifiers is null");
        requireNonNull(source, "source is null");
        requireNonNull(evidenceType, "evidenceType is null");
        requireNonNull(listedOn, "listedOn is null");
    }
}
