package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;

/** How long one step of resolution took, so that a slow night says which step to profile. */
public record ResolveStep(String name, double seconds) {
  public ResolveStep {
    requireNonNull(name, "name is null");
    if (seconds < 0) {
      throw new IllegalArgumentException("seconds must not be negative, was " + seconds);
    }
  }
}
