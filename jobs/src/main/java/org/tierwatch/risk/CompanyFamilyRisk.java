package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

/**
 * The state of one (company, family): own risk r0, propagated risk R and exposure share E, all in
 * 0..1.
 */
public record CompanyFamilyRisk(
    String companyId,
    String family,
    double ownRisk,
    double risk,
    double exposureShare) {
  public CompanyFamilyRisk {
    requireNonNull(companyId, "companyId is null");
    requireNonNull(family, "family is null");
    Fraction.require(ownRisk, "ownRisk");
    Fraction.require(risk, "risk");
    Fraction.require(exposureShare, "exposureShare");
  }
}
