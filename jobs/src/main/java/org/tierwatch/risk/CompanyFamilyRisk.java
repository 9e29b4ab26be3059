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
    if (!(ownRisk >= 0.0 && ownRisk <= 1.0)) {
      throw new IllegalArgumentException("ownRisk is in 0..1, got " + ownRisk);
    }
    if (!(risk >= 0.0 && risk <= 1.0)) {
      throw new IllegalArgumentException("risk is in 0..1, got " + risk);
    }
    if (!(exposureShare >= 0.0 && exposureShare <= 1.0)) {
      throw new IllegalArgumentException("exposureShare is in 0..1, got " + exposureShare);
    }
  }
}
