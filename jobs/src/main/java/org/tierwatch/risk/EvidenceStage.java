package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import java.time.LocalDate;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.tierwatch.spark.Warehouse;

/**
 * Writes {@code risk_evidence}: the facts about every company with a state, weighed by
 * {@link EvidenceRules} and overridden by the analyst decisions about it.
 */
public final class EvidenceStage {
  private final Warehouse warehouse;
  private final RiskModel model;

  public EvidenceStage(Warehouse warehouse, RiskModel model) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.model = requireNonNull(model, "model is null");
  }

  public EvidenceCounts run(LocalDate runDate) {
    DecisionSource.MatchedDecisions matched = new DecisionSource(warehouse).read(runDate);
    Dataset<Row> facts = new EvidenceFacts(warehouse, model)
        .read(RiskStates.read(warehouse), runDate);
    Dataset<Row> factLists = facts.groupBy(col("company_id"))
        .agg(sort_array(collect_list(struct(others(facts)))).as("facts"));
    Dataset<Row> decisionLists = matched.decisions().groupBy(col("company_id"))
        .agg(sort_array(collect_list(struct(others(matched.decisions())))).as("decisions"));
    Dataset<Row> evidence = factLists.join(decisionLists, "company_id", "full_outer")
        .flatMap(new EvidenceFromFacts(model), Encoders.row(EvidenceTable.SCHEMA));
    warehouse.overwrite(EvidenceTable.TABLE, evidence);
    return new EvidenceCounts(warehouse.read(EvidenceTable.TABLE).count(), matched.unmatched(),
        matched.unusable());
  }

  private static Column[] others(Dataset<Row> rows) {
    return Arrays.stream(rows.columns()).filter(name -> !name.equals("company_id"))
        .map(name -> col(name)).toArray(Column[]::new);
  }

  /** Evidence rows written; decisions naming no known company; decisions of no usable kind. */
  public record EvidenceCounts(long rows, long unmatchedDecisions, long unusableDecisions) {}
}
