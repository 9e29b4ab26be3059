package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * One piece of evidence on a company, with its weight in 0..1 and the product families it
 * applies to (an empty set means every family).
 */
public record Evidence(
    String companyId,
    EvidenceType type,
    double weight,
    Set<String> families,
    String sourceRecord,
    String detail) {
  public Evidence {
    requireNonNull(companyId, "companyId is null");
    requireNonNull(type, "type is null");
    requireNonNull(families, "families is null");
    requireNonNull(sourceRecord, "sourceRecord is null");
    requireNonNull(detail, "detail is null");
    Fraction.require(weight, "evidence weight");
    families = Collections.unmodifiableSet(new TreeSet<>(families));
  }

  /** Whether this evidence bears on goods of the family. */
  public boolean appliesTo(String family) {
    return families.isEmpty() || families.contains(family);
  }

  /** The same evidence restricted to other families. */
  public Evidence withFamilies(Set<String> scope) {
    return new Evidence(companyId, type, weight, scope, sourceRecord, detail);
  }
}
