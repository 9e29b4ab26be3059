package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * An analyst decision about a company. {@code families} scopes a {@code wrong_product} decision
 * (empty means every family); the other kinds ignore it. Analyst and date are always kept.
 */
public record Decision(
    String companyId,
    DecisionKind kind,
    Set<String> families,
    String analyst,
    LocalDate decidedOn,
    String note) {
  public Decision {
    requireNonNull(companyId, "companyId is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(families, "families is null");
    requireNonNull(analyst, "analyst is null");
    requireNonNull(decidedOn, "decidedOn is null");
    requireNonNull(note, "note is null");
    families = Collections.unmodifiableSet(new TreeSet<>(families));
  }
}
