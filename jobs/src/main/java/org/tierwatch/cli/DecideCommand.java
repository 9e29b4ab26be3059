package org.tierwatch.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.tierwatch.analyst.DecisionLog;
import org.tierwatch.analyst.DecisionRecord;
import org.tierwatch.analyst.DecisionVocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tierwatch decide}: appends one analyst decision to {@code decision_log}. */
@Command(name = "decide", mixinStandardHelpOptions = true,
    description = "Record an analyst decision; the next nightly run applies it.")
final class DecideCommand implements Callable<Integer> {
  @Mixin
  TableOptions tables;

  @Option(names = "--subject-type", required = true, paramLabel = "TYPE",
      description = "company, sku, party, or pair (same_company / not_same_company).")
  String subjectType;

  @Option(names = "--subject-key", required = true, paramLabel = "KEY",
      description = "The company id or name, the SKU, the party name, or for a pair both "
          + "names as 'NAME A | NAME B'.")
  String subjectKey;

  @Option(names = "--decision", required = true, paramLabel = "DECISION",
      description = "confirmed, not_in_region, not_same_company, same_company, wrong_product, "
          + "engaged or remediated.")
  String decision;

  @Option(names = "--note", paramLabel = "TEXT", defaultValue = "",
      description = "Why; shown beside the decision in explanations.")
  String note;

  @Option(names = "--analyst", required = true, paramLabel = "NAME",
      description = "Who decided (an analyst id rather than a full name is enough).")
  String analyst;

  @Option(names = "--decided-on", paramLabel = "YYYY-MM-DD",
      description = "The date of the decision (default: today).")
  LocalDate decidedOn;

  @Override
  public Integer call() {
    DecisionRecord record = record(Instant.now());
    try (TableSession session = TableSession.open(tables)) {
      new DecisionLog(session.warehouse()).append(List.of(record));
    }
    System.out.printf("decision %s recorded: %s %s is %s (%s, %s)%n", record.decisionId(),
        record.subjectType(), record.subjectKey(), record.decision(), record.analyst(),
        record.decidedOn());
    return ExitCode.OK;
  }

  DecisionRecord record(Instant now) {
    String type = DecisionVocabulary.subjectType(subjectType).orElseThrow(() ->
        new UsageException("--subject-type '" + subjectType + "' is not one of "
            + DecisionVocabulary.SUBJECT_TYPES));
    String word = DecisionVocabulary.decision(decision).orElseThrow(() ->
        new UsageException("--decision '" + decision + "' is not one of "
            + DecisionVocabulary.DECISIONS));
    if (subjectKey.isBlank()) {
      throw new UsageException("--subject-key is empty");
    }
    if (analyst.isBlank()) {
      throw new UsageException("--analyst is empty");
    }
    return new DecisionRecord(UUID.randomUUID().toString().replace("-", ""), type,
        subjectKey.strip(), word, note.strip(), analyst.strip(),
        decidedOn == null ? LocalDate.now() : decidedOn, now, "cli");
  }
}
