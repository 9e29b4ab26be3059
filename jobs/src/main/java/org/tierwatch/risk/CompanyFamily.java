package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;

/** The key of propagation state: a company and one family of goods it ships. */
record CompanyFamily(String companyId, String family) implements Comparable<CompanyFamily> {
  private static final Comparator<CompanyFamily> ORDER =
      Comparator.comparing(CompanyFamily::companyId).thenComparing(CompanyFamily::family);

  CompanyFamily {
    requireNonNull(companyId, "companyId is null");
    requireNonNull(family, "family is null");
  }

  @Override
  public int compareTo(CompanyFamily other) {
    return ORDER.compare(this, other);
  }
}
