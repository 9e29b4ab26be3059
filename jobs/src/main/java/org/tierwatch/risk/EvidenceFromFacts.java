package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Turns one company's facts into evidence with {@link EvidenceRules} and applies its analyst
 * decisions over that evidence, as rows of {@link EvidenceTable}. Input: company_id, facts
 * (structs of {@link EvidenceFacts}), decisions (structs of {@link DecisionSource}).
 */
final class EvidenceFromFacts implements FlatMapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final EvidenceRules rules;

  EvidenceFromFacts(RiskModel model) {
    this.rules = new EvidenceRules(requireNonNull(model, "model is null"));
  }

  @Override
  public Iterator<Row> call(Row row) {
    String company = row.getAs("company_id");
    List<Evidence> evidence = new ArrayList<>();
    for (Row fact : listOf(row, "facts")) {
      evidence(company, fact).ifPresent(evidence::add);
    }
    List<Row> decisionRows = listOf(row, "decisions");
    List<Decision> decisions = new ArrayList<>();
    for (Row decision : decisionRows) {
      decisions.add(new Decision(company, DecisionKind.parse(decision.getAs("decision"))
              .orElseThrow(), Set.of(), decision.getAs("analyst"),
          ((Date) decision.getAs("decided_on")).toLocalDate(), decision.getAs("note")));
    }
    DecidedEvidence decided = rules.applyDecisions(evidence, decisions);
    boolean remediated = decided.remediated().contains(company);
    Optional<Row> confirmedBy = decisionRows.stream()
        .filter(d -> DecisionKind.CONFIRMED.label().equals(d.getAs("decision")))
        .max(Comparator.comparing((Row d) -> (Date) d.getAs("decided_on")));
    List<Row> out = new ArrayList<>();
    for (Evidence item : decided.evidence()) {
      Row by = item.type() == EvidenceType.DECISION ? confirmedBy.orElse(null) : null;
      out.add(RowFactory.create(company, item.type().name(), item.weight(),
          item.families().toArray(new String[0]), item.sourceRecord(), item.detail(),
          by == null ? null : by.getAs("analyst"), by == null ? null : by.getAs("decided_on"),
          remediated));
    }
    for (Row decision : decisionRows) {
      if (!DecisionKind.CONFIRMED.label().equals(decision.getAs("decision"))) {
        out.add(RowFactory.create(company, EvidenceType.DECISION.name(), 0.0, new String[0],
            decision.getAs("source_record"),
            decision.getAs("decision") + ": " + decision.getAs("note"),
            decision.getAs("analyst"), decision.getAs("decided_on"), remediated));
      }
    }
    return out.iterator();
  }

  private Optional<Evidence> evidence(String company, Row fact) {
    String family = fact.getAs("family");
    String country = fact.getAs("country");
    String province = fact.getAs("province");
    String source = fact.getAs("source_record");
    String kind = fact.getAs("kind");
    return switch (kind) {
      case EvidenceFacts.DPRK -> rules.dprkOrigin(company, country, family, source);
      case EvidenceFacts.WATCHLIST -> rules.watchlist(company,
          (Double) fact.getAs("match_score"), fact.getAs("listing"), source);
      case EvidenceFacts.LOCATION -> rules.location(company, province,
          (Double) fact.getAs("confidence"), family, source);
      case EvidenceFacts.OVERSEAS -> rules.overseasLabour(company, country, family, source);
      case EvidenceFacts.REIMPORT -> {
        Set<String> countries = new TreeSet<>(fact.getList(fact.fieldIndex("countries")));
        yield rules.reimportProcessing(company, province, countries, countries, source);
      }
      default -> throw new IllegalStateException("unknown evidence fact '" + kind + "'");
    };
  }

  private static List<Row> listOf(Row row, String field) {
    int index = row.fieldIndex(field);
    return row.isNullAt(index) ? List.of() : row.getList(index);
  }
}
