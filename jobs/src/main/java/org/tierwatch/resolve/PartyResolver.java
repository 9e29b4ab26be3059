package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.xxhash64;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.config.ResolveConfig;
import org.tierwatch.locate.PlaceNames;
import org.tierwatch.normalise.PartiesStage;
import org.tierwatch.spark.Warehouse;

/**
 * Resolves every party record (trade parties, portfolio suppliers, disclosed sub-suppliers,
 * watchlist entities) into companies and writes {@code company_aliases}: normalise each distinct
 * party once, block by equi-joins on name keys, score candidate pairs with {@link PairScorer},
 * obey analysts' pair decisions, take connected components of the matches, split them with
 * {@link ClusterGuard}, and give each company a company_id that survives from run to run
 * ({@link StableCompanyIds}). Each alias keeps the score and explanation of the link that put it
 * in its company.
 */
public final class PartyResolver {
  public static final String ALIASES_TABLE = "company_aliases";

  private final Warehouse warehouse;
  private final ResolveConfig config;
  private final Set<String> placeNames;

  public PartyResolver(Warehouse warehouse, ResolveConfig config) {
    this(warehouse, config, PlaceNames.latin());
  }

  PartyResolver(Warehouse warehouse, ResolveConfig config, Set<String> placeNames) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.config = requireNonNull(config, "config is null");
    this.placeNames = requireNonNull(placeNames, "placeNames is null");
  }

  /**
   * Writes company_aliases and says what it did: matches only the records without a company
   * against the last full resolution when {@link ResolveChoice} allows it, resolves every record
   * otherwise.
   *
   * @param fullRefresh resolve every record whatever the saved state
   * @param build the build of the code that runs, which the saved state must match
   */
  public ResolveSummary run(boolean fullRefresh, String build) {
    requireNonNull(build, "build is null");
    Dataset<Row> parties = warehouse.read(PartiesStage.TABLE);
    boolean resolvedBefore = warehouse.exists(ALIASES_TABLE) && ResolvedNodes.exist(warehouse);
    Dataset<Row> decisions = PairDecisions.read(warehouse, parties).localCheckpoint();
    ResolveState.Basis basis = new ResolveState.Basis(build, configHash(), fingerprint(decisions));
    Optional<ResolveState> state = resolvedBefore ? ResolveState.read(warehouse)
        : Optional.empty();
    Dataset<Row> fresh = null;
    long freshRecords = 0;
    long goneRecords = 0;
    if (state.isPresent() && !fullRefresh && state.get().basis().equals(basis)) {
      // One join tells both what is new and what is gone.
      Dataset<Row> changed = parties.select(col("party_key"), lit(true).as("current"))
          .join(warehouse.read(ALIASES_TABLE).select(col("party_key"), lit(true).as("known")),
              "party_key", "full_outer")
          .filter(col("current").isNull().or(col("known").isNull()))
          .localCheckpoint();
      fresh = changed.filter(col("known").isNull()).select("party_key");
      freshRecords = fresh.count();
      goneRecords = changed.filter(col("current").isNull()).count();
    }
    ResolveChoice choice = ResolveChoice.choose(state, basis, fullRefresh, freshRecords,
        goneRecords, config.incrementalMaxShare(), config.incrementalMinRecords());
    if (!choice.incremental()) {
      return resolveAll(parties, decisions, basis, choice);
    }
    if (freshRecords == 0) {
      return summary(warehouse, choice, 0, 0, 0, 0, 0, List.of());
    }
    return new IncrementalResolution(warehouse, config, placeNames)
        .run(parties, fresh, state.get(), countryShares(parties), choice);
  }

  private ResolveSummary resolveAll(Dataset<Row> parties, Dataset<Row> decisions,
      ResolveState.Basis basis, ResolveChoice choice) {
    MatchModel model = config.model();
    List<ResolveStep> steps = new ArrayList<>();
    long mark = System.nanoTime();
    // Local checkpoints (eager) rather than caches: later plans then start from the materialised
    // rows instead of repeating, and printing, the whole upstream plan in every query.
    Dataset<Row> records = NormalisedParties.of(parties, placeNames).localCheckpoint();
    long partyRecords = records.count();
    // Tokens are priced against distinct names (see TokenPricing); at least 1, so that an empty
    // input divides by nothing.
    long nameCount = Math.max(1, records.select("name_signature").distinct().count());
    mark = lap(steps, "records", mark);

    PartyNodes.Result graph = PartyNodes.of(records,
        decisions.filter(col("decision").equalTo(PairDecisions.NOT_SAME)).select("a", "b"),
        nameCount, model);
    Dataset<Row> members = graph.members().localCheckpoint();
    Dataset<Row> nodes = graph.nodes().localCheckpoint();
    long nodeCount = nodes.count();
    mark = lap(steps, "nodes", mark);

    Dataset<Row> keyed = KeyedNodes.of(nodes, nameCount, config.maxTokenRecords())
        .localCheckpoint();
    Dataset<Row> scored = PairScoring.score(keyed, nodes, nameCount, model,
            countryShares(parties), config.maxBlockRecords(), config.blockWindow())
        .localCheckpoint();
    long candidatePairs = scored.count();
    mark = lap(steps, "pairs", mark);

    Dataset<Row> nodeDecisions = betweenNodes(decisions, members).localCheckpoint();
    Dataset<Row> notSame = nodeDecisions.filter(col("decision").equalTo(PairDecisions.NOT_SAME));
    Dataset<Row> links = scored.filter(col("probability").geq(model.matchThreshold()))
        .join(notSame.select("a", "b"), new String[] {"a", "b"}, "left_anti")
        .select(col("a"), col("b"), col("probability"), col("explanation").as("reason"),
            lit(false).as("analyst"))
        .union(nodeDecisions.filter(col("decision").equalTo(PairDecisions.SAME))
            .select(col("a"), col("b"), lit(1.0).as("probability"), col("note").as("reason"),
                lit(true).as("analyst")))
        .localCheckpoint();
    long matchedPairs = links.count();
    mark = lap(steps, "links", mark);
    Dataset<Row> conflicts = scored.filter(col("apart_bits").isNotNull())
        .select(col("a"), col("b"), GuardedClusters.apartReason(model).as("reason"),
            lit(false).as("analyst"), col("apart_bits"))
        .union(notSame.select(col("a"), col("b"), col("note").as("reason"),
            lit(true).as("analyst"), lit(null).cast("double").as("apart_bits")));

    ConnectedComponents.Result components = ConnectedComponents.of(links.select("a", "b"),
        config.checkpointEvery(), config.maxRounds());
    Dataset<Row> assigned = GuardedClusters.split(components.labels(), links, conflicts,
        nodes.select(col("node_key").as("party_key"), col("country")));
    Dataset<Row> clusters = RecordClusters.of(members, assigned).localCheckpoint();
    mark = lap(steps, "clusters", mark);

    Dataset<Row> previous = warehouse.exists(ALIASES_TABLE)
        ? warehouse.read(ALIASES_TABLE).select("party_key", "company_id").localCheckpoint()
        : null;
    Dataset<Row> ids = StableCompanyIds.assign(clusters, previous);
    Dataset<Row> aliases = parties.select("party_key", "name", "address", "country")
        .join(clusters, "party_key")
        .join(ids, "cluster_key")
        .select(col("party_key"), col("name"), col("address"), col("country"),
            col("company_id"), col("match_score"), col("match_reason"), col("decided_by"))
        .localCheckpoint();
    warehouse.overwrite(ALIASES_TABLE, aliases);
    warehouse.allowDeletionVectors(ALIASES_TABLE);
    ResolvedNodes.replace(warehouse, nodes, keyed, aliases.select("party_key", "company_id"));
    new ResolveState(basis, nameCount, partyRecords, 0).write(warehouse);
    lap(steps, "aliases", mark);
    return summary(warehouse, choice, partyRecords, nodeCount, candidatePairs, matchedPairs,
        components.rounds(), steps);
  }

  /** The summary of a run that wrote company_aliases, with the companies it holds now. */
  static ResolveSummary summary(Warehouse warehouse, ResolveChoice choice, long records,
      long nodes, long candidatePairs, long matchedPairs, int rounds, List<ResolveStep> steps) {
    Row sizes = warehouse.read(ALIASES_TABLE).groupBy("company_id").count()
        .agg(count(lit(1)), max(col("count")))
        .head();
    return new ResolveSummary(choice.incremental(), choice.reason(), records, nodes,
        candidatePairs, matchedPairs, rounds, sizes.getLong(0),
        sizes.isNullAt(1) ? 0 : sizes.getLong(1), steps);
  }

  /** SHA-256 of the resolve settings: every number of the model and every limit. */
  private String configHash() {
    return sha256(config.toString());
  }

  /**
   * The pair decisions as they bind records, summed over their hashes: a new decision, or a new
   * record written with a decided name, changes it. One row reaches the driver.
   */
  private static String fingerprint(Dataset<Row> decisions) {
    Row row = decisions.agg(count(lit(1)),
            sum(xxhash64(col("a"), col("b"), col("decision")).cast("decimal(38,0)")))
        .head();
    return row.getLong(0) + ":" + (row.isNullAt(1) ? "0" : row.get(1).toString());
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Adds the step that ran since {@code since} and returns now, where the next one starts. */
  static long lap(List<ResolveStep> steps, String name, long since) {
    long now = System.nanoTime();
    steps.add(new ResolveStep(name, (now - since) / 1e9));
    return now;
  }

  /**
   * The share of records naming each country. Collected: every scoring task needs all of them,
   * and there is one row per country.
   */
  private static CountryShares countryShares(Dataset<Row> parties) {
    Map<String, Long> counts = new HashMap<>();
    for (Row row : parties.groupBy("country").count().collectAsList()) {
      if (!row.isNullAt(0)) {
        counts.put(row.getString(0), row.getLong(1));
      }
    }
    return CountryShares.of(counts);
  }

  /**
   * Analysts' pair decisions about records, as decisions about the nodes holding them: (a, b,
   * decision, note) with a &lt; b. A decision inside one node has none; a not_same_company there
   * kept the node from forming (see {@link PartyNodes}).
   */
  private static Dataset<Row> betweenNodes(Dataset<Row> decisions, Dataset<Row> members) {
    Dataset<Row> nodeA = members.select(col("party_key").as("a"), col("node_key").as("na"));
    Dataset<Row> nodeB = members.select(col("party_key").as("b"), col("node_key").as("nb"));
    return decisions.join(nodeA, "a").join(nodeB, "b")
        .filter(col("na").notEqual(col("nb")))
        .select(least(col("na"), col("nb")).as("a"), greatest(col("na"), col("nb")).as("b"),
            col("decision"), col("note"))
        .dropDuplicates("a", "b", "decision");
  }
}
