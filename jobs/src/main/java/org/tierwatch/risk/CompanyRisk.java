package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/**
 * A company's row of the company_risk table: the largest risk and exposure share over its
 * families, their band, and its tier relative to the portfolio (empty when not reached).
 */
public record CompanyRisk(
    String companyId, double riskScore, double exposureShare, Band band, OptionalInt tier) {
  public CompanyRisk {
    requireNonNull(companyId, "companyId is null");
    requireNonNull(band, "band is null");
    requireNonNull(tier, "tier is null");
    Fraction.require(riskScore, "riskScore");
    Fraction.require(exposureShare, "exposureShare");
  }
}
