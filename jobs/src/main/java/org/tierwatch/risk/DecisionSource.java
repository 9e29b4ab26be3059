package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.analyst.DecisionLog;
import org.tierwatch.resolve.PartyResolver;
import org.tierwatch.spark.Warehouse;

/**
 * The analyst decisions about companies, each matched to the company whose id or one of whose
 * recorded spellings it names (company_aliases, folding case and outer spaces), read from the
 * append-only {@code decision_log} that both the decide command and decision files feed.
 */
public final class DecisionSource {
  private final Warehouse warehouse;

  public DecisionSource(Warehouse warehouse) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
  }

  /**
   * Decisions with their company: company_id, decision (a {@link DecisionKind} label), note,
   * analyst, decided_on, source_record; and the count of those that could not be applied.
   */
  public MatchedDecisions read(LocalDate runDate) {
    Column kind = lower(regexp_replace(trim(col("decision")), "[- ]", "_"));
    Dataset<Row> decisions = new DecisionLog(warehouse).read()
        .filter(col("decided_on").isNull().or(col("decided_on").leq(lit(Date.valueOf(runDate)))))
        .select(
            upper(trim(col("subject_key"))).as("subject"),
            lower(trim(col("subject_type"))).as("subject_type"),
            kind.as("decision"),
            coalesce(col("note"), lit("")).as("note"),
            coalesce(col("analyst"), lit("unknown")).as("analyst"),
            coalesce(col("decided_on"), lit(Date.valueOf(runDate))).as("decided_on"),
            concat(lit(DecisionLog.TABLE + ":"), col("decision_id")).as("source_record"));
    Object[] labels = Arrays.stream(DecisionKind.values()).map(DecisionKind::label).toArray();
    Dataset<Row> usable = decisions.filter(col("subject_type").equalTo("company")
        .and(col("decision").isin(labels)));
    // A company is named by any spelling it was seen under or by its id, which analysts copy
    // from the views; ids are stable from run to run, so yesterday's id names today's company.
    Dataset<Row> aliases = warehouse.read(PartyResolver.ALIASES_TABLE);
    Dataset<Row> names = aliases.select(upper(trim(col("name"))).as("subject"), col("company_id"))
        .union(aliases.select(upper(trim(col("company_id"))).as("subject"), col("company_id")))
        .distinct();
    Dataset<Row> matched = usable.join(names, "subject")
        .select(col("company_id"), col("decision"), col("note"), col("analyst"),
            col("decided_on"), col("source_record"))
        .localCheckpoint();
    long unmatched = usable.join(names, "subject", "left_anti").count();
    long unusable = decisions.count() - usable.count();
    return new MatchedDecisions(matched, unmatched, unusable);
  }

  /**
   * Decisions matched to companies; how many named no known company; how many were about
   * something other than a company or had a decision this model does not know.
   */
  public record MatchedDecisions(Dataset<Row> decisions, long unmatched, long unusable) {
    public MatchedDecisions {
      requireNonNull(decisions, "decisions is null");
    }
  }
}
