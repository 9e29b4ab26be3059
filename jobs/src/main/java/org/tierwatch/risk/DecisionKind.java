package org.tierwatch.risk;

import java.util.Locale;
import java.util.Optional;

/** What an analyst decided about a company, and so how the decision overrides its evidence. */
public enum DecisionKind {
  /** Exposure established: own risk is the confirmed weight (1.0) on every family. */
  CONFIRMED,
  /** The company is not in Liaoning or Jilin: its location evidence is dropped. */
  NOT_IN_REGION,
  /** The evidence is about other goods: evidence on the decision's families is dropped. */
  WRONG_PRODUCT,
  /** Remediated: own risk 0, and the company passes no inbound risk on. */
  REMEDIATED,
  /** The supplier is being engaged: shown to analysts, no change to the score. */
  ENGAGED;

  /** Reads the form used in decision files ("confirmed", "not_in_region", "Wrong-Product"). */
  public static Optional<DecisionKind> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String name = raw.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (DecisionKind kind : values()) {
      if (kind.name().equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** The form used in decision files and tables. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
