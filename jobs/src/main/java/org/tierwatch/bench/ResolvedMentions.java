package org.tierwatch.bench;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.normalise.PartyMentions;
import org.tierwatch.resolve.PartyResolver;
import org.tierwatch.spark.Warehouse;

/**
 * Every party mention of the warehouse beside the truth: party_key, the company_id the job
 * resolved it to, and the truth company_key. A mention the job did not resolve is its own
 * company, so it pairs with nothing.
 */
final class ResolvedMentions {
  private ResolvedMentions() {}

  /** party_key, company_id, company_key; one row per mention found on both sides. */
  static Dataset<Row> of(Warehouse warehouse, TruthTables truth) {
    Dataset<Row> mentions = PartyMentions.read(warehouse)
        .withColumn("record_id", when(col("source").equalTo(lit("watchlist")),
            regexp_extract(col("record_id"), "([^/]*)$", 1)).otherwise(col("record_id")));
    Dataset<Row> aliases = warehouse.read(PartyResolver.ALIASES_TABLE)
        .select(col("party_key").as("alias_party_key"), col("company_id"));
    Dataset<Row> t = truth.mentions();
    return mentions.join(t, mentions.col("source").equalTo(t.col("source"))
            .and(mentions.col("record_id").equalTo(t.col("record_id")))
            .and(mentions.col("role").equalTo(t.col("role"))))
        .join(aliases, col("party_key").equalTo(col("alias_party_key")), "left")
        .select(col("party_key"),
            coalesce(col("company_id"), concat_ws(":", lit("unresolved"),
                mentions.col("source"), mentions.col("record_id"), mentions.col("role")))
                .as("company_id"),
            col("company_key"));
  }

  /** company_id, company_key, mentions: the contingency table of job against truth. */
  static Dataset<Row> contingency(Dataset<Row> resolved) {
    return resolved.groupBy(col("company_id"), col("company_key"))
        .agg(count(lit(1)).as("mentions"));
  }

  /** company_id, company_key: the truth company most of a resolved company's mentions name. */
  static Dataset<Row> majorityKey(Dataset<Row> contingency) {
    return contingency.groupBy(col("company_id"))
        .agg(max(struct(col("mentions"), col("company_key"))).getField("company_key")
            .as("company_key"));
  }
}
