package org.tierwatch.analyst;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

/** One row of {@code decision_log}: an analyst decision as it was recorded, never changed. */
public record DecisionRecord(
    String decisionId,
    String subjectType,
    String subjectKey,
    String decision,
    String note,
    String analyst,
    LocalDate decidedOn,
    Instant recordedAt,
    String origin) {
  public DecisionRecord {
    requireNonNull(decisionId, "decisionId is null");
    requireNonNull(subjectType, "subjectType is null");
    requireNonNull(subjectKey, "subjectKey is null");
    requireNonNull(decision, "decision is null");
    requireNonNull(note, "note is null");
    requireNonNull(analyst, "analyst is null");
    requireNonNull(decidedOn, "decidedOn is null");
    requireNonNull(recordedAt, "recordedAt is null");
    requireNonNull(origin, "origin is null");
    if (!DecisionVocabulary.SUBJECT_TYPES.contains(subjectType)) {
      throw new IllegalArgumentException("subject type '" + subjectType + "' is not one of "
          + DecisionVocabulary.SUBJECT_TYPES);
    }
    if (!DecisionVocabulary.DECISIONS.contains(decision)) {
      throw new IllegalArgumentException("decision '" + decision + "' is not one of "
          + DecisionVocabulary.DECISIONS);
    }
    if (subjectKey.isBlank()) {
      throw new IllegalArgumentException("subject key is empty");
    }
  }
}
