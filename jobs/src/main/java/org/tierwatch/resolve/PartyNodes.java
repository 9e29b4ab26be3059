package org.tierwatch.resolve;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;

/**
 * Spark adapter that turns party records into the nodes that blocking, scoring and clustering
 * work on. Records written with the same normalised name in the same country form one node when
 * {@link PairScorer#scoreWithin} says any two of them match whatever else they say; the node pools
 * their addresses, ids and numbers. When they do not (a name too common, a huge shipper's name
 * that says too little against its many addresses, or two companies of one name whose addresses
 * give other numbers on one street), those of them written with the same address
 * too (compared by its letters and digits) form one node under the same test. Every other record
 * is a node of its own.
 *
 * <p>Why: trade records repeat a company's few spellings thousands of times with a different
 * address each time. Scored record by record, a huge shipper's mentions give pairs that grow with
 * its size squared and one skewed clustering task; as nodes they give pairs that grow with its
 * spellings. Inside a node every pair of records is a match under the model, as it would have
 * been record by record; between nodes the best agreement of any of their records (among each
 * node's {@value #MAX_ADDRESSES} commonest addresses) stands for them. A group that an analyst
 * has split (a not_same_company decision between two of its records) stays records.
 */
final class PartyNodes {
  /** Addresses a node keeps, most often written first: enough to meet every usual spelling. */
  static final int MAX_ADDRESSES = 8;
  /**
   * Addresses the within test compares, most often written first: a company of the same name on
   * the same street must be seen even behind a large shipper's many spellings of its own address.
   */
  static final int MAX_WITHIN_ADDRESSES = 256;
  /** Registration ids and telephone numbers a node keeps. */
  static final int MAX_IDS = 8;

  private static final String[] NODE_COLUMNS = {"node_key", "name", "tokens", "core",
      "legal_form", "leading_place", "placeholder", "country", "addresses", "registration_ids",
      "phones", "token_records", "namesakes", "records"};

  private static final StructType WITHIN = new StructType()
      .add("group_key", DataTypes.StringType, false)
      .add("within_probability", DataTypes.DoubleType, false)
      .add("within_reason", DataTypes.StringType, false);

  /**
   * @param nodes one row per node: node_key (the smallest party_key of its records); name,
   *     tokens, core, legal_form, leading_place, placeholder and country as that record writes
   *     them; addresses, registration_ids, phones, token_records, namesakes ({@link Namesakes})
   *     and records (how many it stands for)
   * @param members (party_key, node_key, within_probability, within_reason, node_records): the
   *     node of every record; the within columns are null for a node of one record
   */
  record Result(Dataset<Row> nodes, Dataset<Row> members) {}

  private PartyNodes() {}

  /**
   * @param records rows of {@link NormalisedParties#of}
   * @param notSame analysts' (a, b) pairs of party keys that are not the same company
   */
  static Result of(Dataset<Row> records, Dataset<Row> notSame, long nameCount,
      MatchModel model) {
    Column nameKey = nameKey();
    Dataset<Row> keyed = records.withColumn("name_key", nameKey)
        .withColumn("address_key", when(nameKey.isNotNull(), concat_ws("\u0001", nameKey,
            coalesce(trim(regexp_replace(upper(col("address")), "[^\\p{L}\\p{N}]+", " ")),
                lit("")))));
    // Materialised once: both poolings, the members and the lone nodes read named, and each
    // read would otherwise extract every address's numbers again.
    Dataset<Row> namesakes = Namesakes.of(keyed).localCheckpoint();
    Dataset<Row> named = keyed.join(namesakes, "name_key", "left")
        .withColumn("namesakes", coalesce(col("namesakes"), lit(1L)));
    Dataset<Row> byName = cohesive(named, "name_key", notSame, nameCount, model,
        "same name and country", false);
    Dataset<Row> rest = named.join(byName.select(col("group_key").as("name_key")), "name_key",
        "left_anti");
    Dataset<Row> byAddress = cohesive(rest, "address_key", notSame, nameCount, model,
        "same name, address and country", true);

    Dataset<Row> members = named
        .join(groupsOf(byName, "name_key"), "name_key", "left")
        .join(groupsOf(byAddress, "address_key"), "address_key", "left")
        .select(col("party_key"),
            coalesce(col("node_key_name_key"), col("node_key_address_key"), col("party_key"))
                .as("node_key"),
            coalesce(col("within_probability_name_key"),
                col("within_probability_address_key")).as("within_probability"),
            coalesce(col("within_reason_name_key"), col("within_reason_address_key"))
                .as("within_reason"),
            coalesce(col("records_name_key"), col("records_address_key"), lit(1L))
                .as("node_records"));
    Dataset<Row> alone = lone(rest
        .join(byAddress.select(col("group_key").as("address_key")), "address_key", "left_anti"));
    Column[] nodeColumns = nodeColumns();
    return new Result(alone.union(byName.select(nodeColumns)).union(byAddress.select(nodeColumns)),
        members);
  }

  /**
   * The key records of one normalised name in one country share: the core name, its leading
   * place and the country; null for a name that names no party.
   */
  static Column nameKey() {
    return when(not(col("placeholder")).and(size(col("tokens")).gt(0)),
        concat_ws("\u0001", col("core"), coalesce(col("leading_place"), lit("")),
            coalesce(upper(trim(col("country"))), lit(""))));
  }

  /** Records, each with its namesakes, as nodes of one record each. */
  static Dataset<Row> lone(Dataset<Row> records) {
    return records.select(col("party_key").as("node_key"), col("name"), col("tokens"),
        col("core"), col("legal_form"), col("leading_place"), col("placeholder"), col("country"),
        present(array(col("address"))).as("addresses"),
        present(array(col("registration_id"))).as("registration_ids"),
        present(array(col("phone"))).as("phones"), col("token_records"),
        col("namesakes"), lit(1L).as("records"));
  }

  /** The columns of a node row, in the order {@link Result#nodes} gives them. */
  static Column[] nodeColumns() {
    return Arrays.stream(NODE_COLUMNS).map(c -> col(c)).toArray(Column[]::new);
  }

  /**
   * The cohesive groups of records sharing {@code key}: every group of two or more records that
   * no analyst has split, pooled, whose within score is a match. Checkpointed because both the
   * members and the nodes are built from it, and it holds the costliest work here: the pooling
   * and the within scores.
   */
  private static Dataset<Row> cohesive(Dataset<Row> named, String key, Dataset<Row> notSame,
      long nameCount, MatchModel model, String sameWhat, boolean oneAddressEach) {
    Dataset<Row> grouped = named.withColumn("group_key", col(key));
    Dataset<Row> keyed = grouped.select("party_key", "group_key");
    Dataset<Row> split = notSame
        .join(keyed.withColumnRenamed("party_key", "a"), "a")
        .join(keyed.select(col("party_key").as("b"), col("group_key").as("group_key_b")), "b")
        .filter(col("group_key").equalTo(col("group_key_b")))
        .select("group_key");
    Dataset<Row> pooled = grouped.filter(col("group_key").isNotNull())
        .groupBy("group_key")
        .agg(min(col("party_key")).as("node_key"), count(lit(1)).as("records"),
            ofNodeKeyRecord("name"), ofNodeKeyRecord("tokens"), ofNodeKeyRecord("core"),
            ofNodeKeyRecord("legal_form"), ofNodeKeyRecord("leading_place"),
            ofNodeKeyRecord("placeholder"), ofNodeKeyRecord("country"),
            slice(array_sort(present(collect_set(col("registration_id")))), 1, MAX_IDS)
                .as("registration_ids"),
            slice(array_sort(present(collect_set(col("phone")))), 1, MAX_IDS).as("phones"),
            ofNodeKeyRecord("token_records"), ofNodeKeyRecord("namesakes"))
        .filter(col("records").geq(2))
        .join(split, "group_key", "left_anti")
        .join(commonAddresses(grouped), "group_key", "left")
        .withColumn("addresses", coalesce(slice(col("within_addresses"), 1, MAX_ADDRESSES),
            array().cast("array<string>")))
        .withColumn("within_addresses",
            coalesce(col("within_addresses"), array().cast("array<string>")));
    Dataset<Row> within = pooled.flatMap(withinScore(nameCount, model, sameWhat, oneAddressEach),
        Encoders.row(WITHIN));
    return pooled.drop("within_addresses").join(within, "group_key").localCheckpoint();
  }

  /**
   * The column as the node's key record (its smallest party_key) writes it. Records pooled by one
   * core name may write the name differently (LTD, LIMITED); taking any one of them, as {@code
   * first} does, made a node's name, and so its scores and explanations, depend on the order rows
   * reached the aggregation, which changes with the plan and the partitioning.
   */
  private static Column ofNodeKeyRecord(String column) {
    return min_by(col(column), col("party_key")).as(column);
  }

  /** A level's groups keyed by {@code key}, their columns suffixed by it. */
  private static Dataset<Row> groupsOf(Dataset<Row> cohesive, String key) {
    return cohesive.select(col("group_key").as(key), col("node_key").as("node_key_" + key),
        col("records").as("records_" + key),
        col("within_probability").as("within_probability_" + key),
        col("within_reason").as("within_reason_" + key));
  }

  /** The scorer's view of a node row. */
  static PartyRecord record(Row row) {
    return new PartyRecord(name(row), row.getAs("country"), row.getList(
        row.fieldIndex("addresses")), row.getList(row.fieldIndex("registration_ids")),
        row.getList(row.fieldIndex("phones")), row.<Long>getAs("namesakes"));
  }

  /** The token counts a row carries, as a map. */
  static Map<String, Long> tokenRecords(Row row) {
    scala.collection.Map<String, Long> map = row.getAs("token_records");
    return map == null ? Map.of() : JavaConverters.mapAsJavaMap(map);
  }

  private static NormalisedName name(Row row) {
    List<String> tokens = row.getList(row.fieldIndex("tokens"));
    return new NormalisedName(
        row.getAs("name") == null ? "" : row.getAs("name"), row.getAs("core"),
        new ArrayList<>(tokens), row.getAs("legal_form"), row.getAs("leading_place"),
        row.getAs("placeholder"));
  }

  private static FlatMapFunction<Row, Row> withinScore(long nameCount, MatchModel model,
      String sameWhat, boolean oneAddressEach) {
    PairScorer scorer = new PairScorer(model);
    return row -> {
      PartyRecord pooled = record(row);
      PairScore score = scorer.scoreWithin(new PartyRecord(pooled.name(), pooled.country(),
              row.getList(row.fieldIndex("within_addresses")), pooled.registrationIds(),
              pooled.phoneDigits(), pooled.namesakes()),
          new TokenCounts(tokenRecords(row), nameCount), oneAddressEach);
      if (!score.isMatch(model) || scorer.holdsApart(score)) {
        return List.<Row>of().iterator();
      }
      return List.of(RowFactory.create(row.getAs("group_key"), score.probability(),
          sameWhat + ", which match whatever else the records say: " + score.explain()))
          .iterator();
    };
  }

  /**
   * (group_key, within_addresses): the addresses written most often in each group, at most
   * {@value #MAX_WITHIN_ADDRESSES}, commonest first.
   */
  private static Dataset<Row> commonAddresses(Dataset<Row> grouped) {
    Dataset<Row> counted = grouped.filter(col("group_key").isNotNull()
            .and(col("address").isNotNull()).and(trim(col("address")).notEqual("")))
        .groupBy("group_key", "address").agg(count(lit(1)).as("times"));
    return counted
        .withColumn("rank", row_number().over(Window.partitionBy("group_key")
            .orderBy(col("times").desc(), col("address"))))
        .filter(col("rank").leq(MAX_WITHIN_ADDRESSES))
        .groupBy("group_key")
        .agg(sort_array(collect_list(struct(col("rank"), col("address")))).as("ranked"))
        .select(col("group_key"), transform(col("ranked"), r -> r.getField("address"))
            .as("within_addresses"));
  }

  private static Column present(Column values) {
    return filter(values, value -> value.isNotNull().and(trim(value).notEqual("")));
  }
}
