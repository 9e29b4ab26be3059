package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.collect_list;

import io.delta.tables.DeltaTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.config.ResolveConfig;
import org.tierwatch.spark.Warehouse;

/**
 * Resolves the party records that are new since the last run against the companies already
 * resolved, and leaves every known record where it is. Each new record is a node of its own,
 * priced by the token counts and namesakes the last full resolution saved ({@link
 * ResolvedNodes}); it is keyed and scored, by the same {@link BlockingKeys} and {@link
 * PairScorer}, against every node of the blocks it keys, which are whole, so its pairs are those
 * a full resolution would score. A known node stands for its company in the clustering guard: a
 * new record joins the company it matches, or other new records, unless the guard refuses, and
 * becomes a company of its own otherwise. Two known companies are never merged here, as the
 * guard kept apart pairs between them that this run does not see; a record matching both joins
 * the stronger and names the other in its reason, and the next full resolution weighs them again
 * ({@link ResolveChoice}).
 *
 * <p>Why: a night adds a fraction of a percent of the records, and resolving all of them again
 * cost as much as the first run.
 */
final class IncrementalResolution {
  /** The reason that keeps two known companies apart while new records join them. */
  static final String KNOWN_APART =
      "two companies before this run; the next full resolution weighs them again";

  private final Warehouse warehouse;
  private final ResolveConfig config;
  private final Set<String> placeNames;

  IncrementalResolution(Warehouse warehouse, ResolveConfig config, Set<String> placeNames) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.config = requireNonNull(config, "config is null");
    this.placeNames = requireNonNull(placeNames, "placeNames is null");
  }

  /**
   * Writes company_aliases with the new records added and saves their nodes.
   *
   * @param parties the parties table
   * @param fresh (party_key) of the records that have no company yet
   * @param state what the last full resolution saved
   * @param countryShares what a country agreement is priced by
   * @param choice why this run matches only the new records
   */
  ResolveSummary run(Dataset<Row> parties, Dataset<Row> fresh, ResolveState state,
      CountryShares countryShares, ResolveChoice choice) {
    MatchModel model = config.model();
    List<ResolveStep> steps = new ArrayList<>();
    long mark = System.nanoTime();
    Dataset<Row> stored = ResolvedNodes.nodes(warehouse);
    Dataset<Row> freshParties = parties.join(fresh, "party_key", "left_semi");
    Dataset<Row> normalised = NormalisedParties.of(freshParties, placeNames);
    Dataset<Row> records = withKnownNamesakes(withKnownPrices(normalised, stored), stored);
    Dataset<Row> nodes = PartyNodes.lone(records).localCheckpoint();
    long freshRecords = nodes.count();
    mark = PartyResolver.lap(steps, "records", mark);

    Dataset<Row> freshKeys = KeyedNodes.of(nodes, state.nameCount(), config.maxTokenRecords())
        .localCheckpoint();
    Dataset<Row> scored = scoreAgainstBlocks(nodes, freshKeys, stored, state, countryShares);
    long candidatePairs = scored.count();
    mark = PartyResolver.lap(steps, "pairs", mark);

    Dataset<Row> companies = stored.groupBy(col("company_id").as("party_key"))
        .agg(max(col("country")).as("country"));
    Dataset<Row> ends = asCompanies(scored, stored.select("node_key", "company_id"));
    Dataset<Row> links = ends.filter(col("probability").geq(model.matchThreshold()))
        .select(col("a"), col("b"), col("probability"), col("reason"), lit(false).as("analyst"))
        .localCheckpoint();
    long matchedPairs = links.count();
    ConnectedComponents.Result components = ConnectedComponents.of(links.select("a", "b"),
        config.checkpointEvery(), config.maxRounds());
    Dataset<Row> conflicts = heldApart(ends, model)
        .union(knownApart(components.labels(), companies));
    Dataset<Row> assigned = GuardedClusters.split(components.labels(), links, conflicts,
            nodes.select(col("node_key").as("party_key"), col("country")).union(companies))
        .localCheckpoint();
    Dataset<Row> placed = placed(nodes, assigned, companies);
    mark = PartyResolver.lap(steps, "clusters", mark);

    writeAliases(freshParties, placed, assigned, companies);
    ResolvedNodes.add(warehouse, nodes, freshKeys, placed.select("party_key", "company_id"));
    state.attach(freshRecords).write(warehouse);
    PartyResolver.lap(steps, "aliases", mark);
    return PartyResolver.summary(warehouse, choice, freshRecords, freshRecords, candidatePairs,
        matchedPairs, components.rounds(), steps);
  }

  /**
   * The pairs with a new node in the blocks new nodes key: the blocks are made whole with the
   * known nodes keyed to them, so sizes, windows and the first small block two nodes share are
   * those a full resolution would see.
   */
  private Dataset<Row> scoreAgainstBlocks(Dataset<Row> nodes, Dataset<Row> freshKeys,
      Dataset<Row> stored, ResolveState state, CountryShares countryShares) {
    Dataset<Row> knownKeys = ResolvedNodes.blocks(warehouse)
        .join(freshKeys.select("block_key").distinct(), "block_key", "left_semi");
    Dataset<Row> knownNodes = stored
        .join(knownKeys.select("node_key").distinct(), "node_key", "left_semi")
        .select(PartyNodes.nodeColumns())
        .withColumn("fresh", lit(false));
    return PairScoring.scoreFresh(knownKeys.union(freshKeys),
            knownNodes.union(nodes.select(PartyNodes.nodeColumns())
                .withColumn("fresh", lit(true))),
            state.nameCount(), config.model(), countryShares, config.maxBlockRecords(),
            config.blockWindow())
        .localCheckpoint();
  }

  /**
   * Each new record with its company (the known one its cluster holds, or a new id from the
   * cluster's smallest key), score, reason and who decided.
   */
  private static Dataset<Row> placed(Dataset<Row> nodes, Dataset<Row> assigned,
      Dataset<Row> companies) {
    Dataset<Row> joined = assigned.join(companies.select("party_key"), "party_key", "left_semi")
        .groupBy("cluster_key").agg(min(col("party_key")).as("known_company"));
    return RecordClusters.of(nodes.select(col("node_key").as("party_key"),
            col("node_key"), lit(null).cast("double").as("within_probability"),
            lit(null).cast("string").as("within_reason"), lit(1L).as("node_records")), assigned)
        .join(joined, "cluster_key", "left")
        .withColumn("company_id",
            coalesce(col("known_company"), StableCompanyIds.idOf(col("cluster_key"))))
        .localCheckpoint();
  }

  /**
   * Adds the new records to company_aliases and gives a known record that was a company alone
   * and is joined the link that joined it, as a full resolution would. One MERGE changes those
   * rows only: the full resolution gave the table deletion vectors, so the files holding them
   * are not written again.
   */
  private void writeAliases(Dataset<Row> freshParties, Dataset<Row> placed,
      Dataset<Row> assigned, Dataset<Row> companies) {
    Column[] aliasColumns = {col("party_key"), col("name"), col("address"), col("country"),
        col("company_id"), col("match_score"), col("match_reason"), col("decided_by")};
    Dataset<Row> added = freshParties.select("party_key", "name", "address", "country")
        .join(placed.select("party_key", "company_id", "match_score", "match_reason",
            "decided_by"), "party_key")
        .select(aliasColumns);
    Dataset<Row> relinked = relinked(warehouse.read(PartyResolver.ALIASES_TABLE), assigned,
            companies)
        .select(aliasColumns);
    DeltaTable.forPath(warehouse.spark(), warehouse.tablePath(PartyResolver.ALIASES_TABLE))
        .as("known")
        .merge(relinked.union(added).as("changed"), "known.party_key = changed.party_key")
        .whenMatched().updateAll()
        .whenNotMatched().insertAll()
        .execute();
  }

  /**
   * The known records that were a company alone and are joined by a new record, with the link
   * that joined them.
   */
  private static Dataset<Row> relinked(Dataset<Row> known, Dataset<Row> assigned,
      Dataset<Row> companies) {
    Dataset<Row> joined = assigned.join(companies.select("party_key"), "party_key", "left_semi")
        .filter(col("decided_by").notEqual(ClusterGuard.BY_NONE))
        .select(col("party_key").as("company_id"), col("match_score").as("link_score"),
            col("match_reason").as("link_reason"), col("decided_by").as("link_decided_by"));
    return known.filter(col("decided_by").equalTo(ClusterGuard.BY_NONE))
        .join(joined, "company_id")
        .withColumn("match_score", col("link_score"))
        .withColumn("match_reason", col("link_reason"))
        .withColumn("decided_by", col("link_decided_by"));
  }

  /**
   * The new records with each token priced as the last full resolution counted it, which saw
   * every name; a token it never saw keeps the count among the new records.
   */
  private static Dataset<Row> withKnownPrices(Dataset<Row> normalised, Dataset<Row> stored) {
    Dataset<Row> own = normalised.select(col("party_key"),
        explode(col("token_records")).as(new String[] {"token", "names"}));
    Dataset<Row> known = stored.select(explode(col("token_records"))
            .as(new String[] {"token", "known_names"}))
        .join(own.select("token").distinct(), "token", "left_semi")
        .groupBy("token").agg(max(col("known_names")).as("known_names"));
    Dataset<Row> priced = own.join(known, "token", "left")
        .groupBy("party_key")
        .agg(map_from_entries(collect_list(struct(col("token"),
            coalesce(col("known_names"), col("names"))))).as("token_records"));
    return normalised.drop("token_records").join(priced, "party_key", "left");
  }

  /**
   * The new records with the namesakes of their name: the more of those the last full
   * resolution counted and those the new records' own postcodes count, at least one.
   */
  private static Dataset<Row> withKnownNamesakes(Dataset<Row> records, Dataset<Row> stored) {
    Dataset<Row> named = records.withColumn("name_key", PartyNodes.nameKey());
    Dataset<Row> known = stored.filter(col("name_key").isNotNull())
        .groupBy("name_key").agg(max(col("namesakes")).as("known_namesakes"));
    return named.join(known, "name_key", "left")
        .join(Namesakes.of(named), "name_key", "left")
        .withColumn("namesakes",
            coalesce(greatest(col("known_namesakes"), col("namesakes")), lit(1L)));
  }

  /**
   * Scored pairs with a known node's key replaced by its company's id: (a, b, probability,
   * apart_bits, reason), the reason naming the known record a match went through.
   */
  private static Dataset<Row> asCompanies(Dataset<Row> scored, Dataset<Row> companyOf) {
    Column knownA = col("company_a").isNotNull();
    Column knownB = col("company_b").isNotNull();
    return scored
        .join(companyOf.select(col("node_key").as("a"), col("company_id").as("company_a")), "a",
            "left")
        .join(companyOf.select(col("node_key").as("b"), col("company_id").as("company_b")), "b",
            "left")
        .select(coalesce(col("company_a"), col("a")).as("a"),
            coalesce(col("company_b"), col("b")).as("b"), col("probability"), col("apart_bits"),
            when(knownA, concat(col("explanation"), lit(" (through its record "), col("a"),
                lit(")")))
                .when(knownB, concat(col("explanation"), lit(" (through its record "), col("b"),
                    lit(")")))
                .otherwise(col("explanation")).as("reason"));
  }

  /**
   * Pairs the scorer holds apart, one row per two ends: a new record against a company sums the
   * bits of its pairs with the company's nodes, as the guard would sum them between two sides.
   */
  private static Dataset<Row> heldApart(Dataset<Row> ends, MatchModel model) {
    return ends.filter(col("apart_bits").isNotNull())
        .select(least(col("a"), col("b")).as("a"), greatest(col("a"), col("b")).as("b"),
            col("apart_bits"), GuardedClusters.apartReason(model).as("reason"))
        .groupBy("a", "b")
        .agg(max_by(col("reason"), col("apart_bits")).as("reason"),
            sum(col("apart_bits")).as("apart_bits"))
        .select(col("a"), col("b"), col("reason"), lit(false).as("analyst"),
            col("apart_bits"));
  }

  /** Every two known companies that new records link into one component, decided apart. */
  private static Dataset<Row> knownApart(Dataset<Row> labels, Dataset<Row> companies) {
    Dataset<Row> known = labels.join(companies.select(col("party_key").as("node")), "node",
        "left_semi");
    Dataset<Row> other = known.select(col("node").as("b"), col("component"));
    return known.select(col("node").as("a"), col("component"))
        .join(other, "component")
        .filter(col("a").lt(col("b")))
        .select(col("a"), col("b"), lit(KNOWN_APART).as("reason"), lit(true).as("analyst"),
            lit(null).cast("double").as("apart_bits"));
  }
}
