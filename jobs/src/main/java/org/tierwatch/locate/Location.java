package org.tierwatch.locate;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The locator's answer: the province, the city or county when known (else null), a confidence in
 * 0..1, the evidence that decided it, and whether signals pointed to different provinces.
 */
public record Location(
    Province province,
    String city,
    double confidence,
    List<LocationSignal> evidence,
    boolean conflict) {

  public Location {
    requireNonNull(province, "province is null");
    requireNonNull(evidence, "evidence is null");
    evidence = List.copyOf(evidence);
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in 0..1: " + confidence);
    }
  }

  /** The evidence as one readable line, strongest first as weighed. */
  public String evidenceText() {
    return evidence.stream().map(LocationSignal::describe).collect(Collectors.joining("; "));
  }
}
