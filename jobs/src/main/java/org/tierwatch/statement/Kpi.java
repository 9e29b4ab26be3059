package org.tierwatch.statement;

import static java.util.Objects.requireNonNull;

/** One figure of a statement: its section, name, breakdown value ("" when none), value, unit. */
public record Kpi(String section, String name, String dimension, double value, String unit) {
  public Kpi {
    requireNonNull(section, "section is null");
    requireNonNull(name, "name is null");
    requireNonNull(dimension, "dimension is null");
    requireNonNull(unit, "unit is null");
  }

  /** The key that matches the same figure in another quarter. */
  public String key() {
    return section + "/" + name + "/" + dimension;
  }
}
