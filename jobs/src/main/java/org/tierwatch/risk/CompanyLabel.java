package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

/** How a path shows a company: its name and where it is (a country, or a province in China). */
public record CompanyLabel(String name, String place) {
  public CompanyLabel {
    requireNonNull(name, "name is null");
    requireNonNull(place, "place is null");
  }
}
