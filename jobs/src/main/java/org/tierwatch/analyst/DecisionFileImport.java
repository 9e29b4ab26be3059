package org.tierwatch.analyst;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.nullif;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.trim;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.spark.Warehouse;

/**
 * The nightly step that appends the decisions of the files in {@code decisions/}
 * ({@code raw_decisions}) to {@code decision_log}. A decision's id is a hash of where it came
 * from and what it says, so running again appends nothing, while an edited line is appended as a
 * new decision beside the old one, which the audit trail keeps. Rows whose subject type or
 * decision is not in the vocabulary are counted and left out of the log.
 */
public final class DecisionFileImport {
  public static final String RAW_TABLE = "raw_decisions";

  private final Warehouse warehouse;

  public DecisionFileImport(Warehouse warehouse) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
  }

  /** What one import did. */
  public record Result(long appended, long invalid) {}

  public Result run(LocalDate runDate, Instant recordedAt) {
    requireNonNull(runDate, "runDate is null");
    requireNonNull(recordedAt, "recordedAt is null");
    new DecisionLog(warehouse).ensureExists();
    if (!warehouse.exists(RAW_TABLE)) {
      return new Result(0, 0);
    }
    Dataset<Row> raw = warehouse.read(RAW_TABLE)
        .withColumn("subject_type_word", vocabulary(col("subject_type")))
        .withColumn("decision_word", vocabulary(col("decision")));
    Column valid = col("subject_type_word").isin(DecisionVocabulary.SUBJECT_TYPES.toArray())
        .and(col("decision_word").isin(DecisionVocabulary.DECISIONS.toArray()))
        .and(trim(col("subject_key")).notEqual(""));
    long invalid = raw.filter(coalesce(valid, lit(false)).unary_$bang()).count();

    Column origin = concat(lit("file:"), coalesce(
        nullif(regexp_extract(col("source_file"), "decisions/.*$", 0), lit("")),
        col("source_file")), lit(":"), col("line_number").cast("string"));
    Dataset<Row> decisions = raw.filter(valid)
        .withColumn("origin", origin)
        .withColumn("decision_id", substring(sha2(concat_ws("\u001f", col("origin"),
            col("subject_type_word"), trim(col("subject_key")), col("decision_word"),
            coalesce(col("note"), lit("")), coalesce(col("analyst"), lit("")),
            coalesce(col("decided_on").cast("string"), lit(""))), 256), 1, 32))
        .select(
            col("decision_id"),
            col("subject_type_word").as("subject_type"),
            trim(col("subject_key")).as("subject_key"),
            col("decision_word").as("decision"),
            coalesce(col("note"), lit("")).as("note"),
            coalesce(nullif(trim(col("analyst")), lit("")), lit("unknown")).as("analyst"),
            coalesce(col("decided_on"), lit(Date.valueOf(runDate))).as("decided_on"),
            lit(Timestamp.from(recordedAt)).as("recorded_at"),
            col("origin"));
    DecisionLog log = new DecisionLog(warehouse);
    Dataset<Row> fresh = decisions.join(log.read().select(col("decision_id").as("logged_id")),
        col("decision_id").equalTo(col("logged_id")), "left_anti");
    if (fresh.isEmpty()) {
      return new Result(0, invalid);
    }
    long before = log.read().count();
    log.append(fresh);
    long appended = log.read().count() - before;
    return new Result(appended, invalid);
  }

  private static Column vocabulary(Column raw) {
    return regexp_replace(lower(trim(raw)), "[- ]", "_");
  }
}
