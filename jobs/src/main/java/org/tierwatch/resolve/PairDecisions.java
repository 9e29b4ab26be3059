package org.tierwatch.resolve;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.analyst.DecisionLog;
import org.tierwatch.spark.Warehouse;

/**
 * Analysts' pair decisions from {@code decision_log}: rows with subject_type {@code pair}, a
 * subject_key naming both parties as seen ({@code NAME A | NAME B}, compared ignoring case and
 * spacing) and decision {@code same_company} or {@code not_same_company}. Each name stands for
 * every party record written so; the latest decision on a pair wins.
 */
final class PairDecisions {
  static final String SAME = "same_company";
  static final String NOT_SAME = "not_same_company";

  private PairDecisions() {}

  /** Rows (a, b, decision, note) with a &lt; b; none when there are no decisions. */
  static Dataset<Row> read(Warehouse warehouse, Dataset<Row> parties) {
    Dataset<Row> named = parties.select(col("party_key"), folded(col("name")).as("folded"));
    Dataset<Row> decisions = new DecisionLog(warehouse).read()
        .filter(lower(trim(col("subject_type"))).equalTo("pair"))
        .withColumn("decision", lower(trim(col("decision"))))
        .filter(col("decision").isin(SAME, NOT_SAME))
        .withColumn("names", split(col("subject_key"), "\\|"))
        .filter(size(col("names")).equalTo(2))
        .select(
            folded(element_at(col("names"), 1)).as("name_a"),
            folded(element_at(col("names"), 2)).as("name_b"),
            col("decision"),
            concat_ws(" ", lit("analyst"), coalesce(col("analyst"), lit("unknown")),
                lit("decided"), col("decision"), lit("on"),
                coalesce(col("decided_on").cast("string"), lit("an unknown date")))
                .as("note"),
            col("decided_on"));
    Dataset<Row> left = named.select(col("party_key").as("pa"), col("folded").as("name_a"));
    Dataset<Row> right = named.select(col("party_key").as("pb"), col("folded").as("name_b"));
    return decisions.join(left, "name_a").join(right, "name_b")
        .filter(col("pa").notEqual(col("pb")))
        .select(least(col("pa"), col("pb")).as("a"), greatest(col("pa"), col("pb")).as("b"),
            col("decided_on"), col("decision"), col("note"))
        .groupBy("a", "b")
        .agg(max(struct(coalesce(col("decided_on"), lit("0001-01-01").cast("date")),
            col("decision"), col("note"))).as("latest"))
        .select(col("a"), col("b"), col("latest.decision").as("decision"),
            col("latest.note").as("note"));
  }

  private static Column folded(Column name) {
    return upper(trim(regexp_replace(name, "\\s+", " ")));
  }
}
