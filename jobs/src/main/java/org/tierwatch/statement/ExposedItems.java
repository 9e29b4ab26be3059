package org.tierwatch.statement;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.upper;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.analyst.PersonalData;

/** The HIGH and MEDIUM SKUs and companies of a snapshot, each with its latest decision. */
final class ExposedItems {
  static final int LIMIT = 200;

  /** One listed item; {@code decision} is "none" when no analyst has decided yet. */
  record Item(String type, String id, String name, String band, double score, String decision,
      String decidedOn) {
    Item {
      requireNonNull(type, "type is null");
      requireNonNull(id, "id is null");
      requireNonNull(name, "name is null");
      requireNonNull(band, "band is null");
      requireNonNull(decision, "decision is null");
      requireNonNull(decidedOn, "decidedOn is null");
    }
  }

  private ExposedItems() {}

  static List<Item> of(Snapshot snapshot, LocalDate asOf) {
    List<Item> items = new ArrayList<>();
    Dataset<Row> decisions = snapshot.has("decision_log")
        ? snapshot.table("decision_log").filter(col("decided_on").leq(lit(Date.valueOf(asOf))))
            .groupBy(col("subject_type"), upper(col("subject_key")).as("key"))
            .agg(max_by(struct(col("decision"), col("decided_on")),
                struct(col("decided_on"), col("recorded_at"), col("decision_id"))).as("latest"))
        : null;
    if (snapshot.has("product_risk")) {
      items.addAll(list(snapshot, snapshot.table("product_risk"), "sku", "sku", "product_name",
          decisions));
    }
    if (snapshot.has("company_risk")) {
      items.addAll(list(snapshot, snapshot.table("company_risk"), "company", "company_id", "name",
          decisions));
    }
    return items;
  }

  private static List<Item> list(Snapshot snapshot, Dataset<Row> risk, String type, String id,
      String name, Dataset<Row> decisions) {
    Dataset<Row> exposed = risk.filter(col("run_id").equalTo(snapshot.runId())
        .and(col("band").isin("HIGH", "MEDIUM")));
    Dataset<Row> joined = exposed.withColumn("decision", lit(null).cast("string"))
        .withColumn("decided_on", lit(null).cast("string"));
    if (decisions != null) {
      Dataset<Row> ofType = decisions.filter(col("subject_type").equalTo(type));
      Dataset<Row> byId = exposed.join(ofType, upper(exposed.col(id)).equalTo(ofType.col("key")),
          "left");
      Dataset<Row> byName = byId.join(ofType.select(col("key").as("name_key"),
          col("latest").as("latest_by_name")),
          upper(col(name)).equalTo(col("name_key")), "left");
      joined = byName
          .withColumn("decision", coalesce(col("latest.decision"),
              col("latest_by_name.decision")))
          .withColumn("decided_on", coalesce(col("latest.decided_on"),
              col("latest_by_name.decided_on")).cast("string"));
    }
    List<Item> items = new ArrayList<>();
    for (Row row : joined.orderBy(desc("risk_score"), col(id)).limit(LIMIT)
        .select(col(id), col(name), col("band"), col("risk_score").cast("double"), col("decision"),
            col("decided_on")).collectAsList()) {
      items.add(new Item(type, row.getString(0),
          PersonalData.mask(row.isNullAt(1) ? "" : row.getString(1)), row.getString(2),
          row.getDouble(3), row.isNullAt(4) ? "none" : row.getString(4),
          row.isNullAt(5) ? "" : row.getString(5)));
    }
    return items;
  }
}
