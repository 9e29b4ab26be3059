package org.tierwatch.config;

import static java.util.Objects.requireNonNull;

import org.tierwatch.resolve.MatchModel;

/**
 * Settings of entity resolution: the pair scorer's numbers and the limits that keep blocking and
 * clustering near-linear.
 *
 * @param model every m, u, penalty and threshold of the Fellegi-Sunter scorer
 * @param maxTokenRecords a name token carried by more party records than this keys no block
 * @param maxBlockRecords a block of more party records than this is not compared all pairs with
 *     all, so no block costs more than maxBlockRecords squared comparisons
 * @param blockWindow in a larger block, each party is compared with this many neighbours
 * @param checkpointEvery rounds of connected components between two cuts of the lineage
 * @param maxRounds connected components give up (and fail the run) after this many rounds
 * @param incrementalMaxShare a run matches only its new records against the companies of the
 *     last full resolution while the records added since it are at most this share of the
 *     records it resolved; 0 resolves everything on every run
 * @param incrementalMinRecords with fewer party records than this every run resolves them all,
 *     which is cheap there and exact
 */
public record ResolveConfig(
    MatchModel model, long maxTokenRecords, long maxBlockRecords, int blockWindow,
    int checkpointEvery,
    int maxRounds, double incrementalMaxShare, long incrementalMinRecords) {

  public ResolveConfig {
    requireNonNull(model, "model is null");
    if (!(incrementalMaxShare >= 0 && incrementalMaxShare <= 1)) {
      throw new IllegalArgumentException(
          "incrementalMaxShare must be in 0..1, was " + incrementalMaxShare);
    }
    if (incrementalMinRecords < 0) {
      throw new IllegalArgumentException(
          "incrementalMinRecords must not be negative, was " + incrementalMinRecords);
    }
  }

  static ResolveConfig from(ConfigSection section) {
    ConfigSection m = section.section("match-model");
    MatchModel model;
    try {
      model = new MatchModel(
          m.nonNegativeDouble("prior-matches-per-record"),
          m.fraction("name-token-agree-m"),
          m.fraction("extra-token-discount"),
          m.nonNegativeDouble("max-token-bits"),
          m.fraction("fuzzy-token-similarity"),
          m.nonNegativeDouble("fuzzy-token-penalty"),
          m.nonNegativeDouble("typo-commoner-ratio"),
          m.fraction("full-name-agree-m"),
          m.fraction("full-name-agree-u"),
          m.nonNegativeDouble("missing-token-penalty-per-bit"),
          m.nonNegativeDouble("min-missing-token-penalty"),
          m.nonNegativeDouble("max-missing-token-penalty"),
          m.fraction("country-agree-m"),
          m.fraction("country-agree-u"),
          m.fraction("place-agree-m"),
          m.fraction("place-agree-u"),
          m.fraction("address-exact-m"),
          m.fraction("address-exact-u"),
          m.fraction("address-similar-m"),
          m.fraction("address-similar-u"),
          m.fraction("address-similarity"),
          m.fraction("address-postcode-m"),
          m.fraction("address-postcode-u"),
          m.fraction("address-disagree-m"),
          m.fraction("address-conflict-m"),
          m.fraction("address-conflict-u"),
          m.fraction("registration-agree-m"),
          m.fraction("registration-agree-u"),
          m.fraction("phone-agree-m"),
          m.fraction("phone-agree-u"),
          m.fraction("match-threshold"),
          m.fraction("review-threshold"),
          m.nonNegativeDouble("conflict-against-bits"));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(section.pathOf("match-model") + ": " + e.getMessage(), e);
    }
    m.requireAllKeysRead();
    ResolveConfig config = new ResolveConfig(model,
        section.positiveLong("max-token-records"),
        section.positiveLong("max-block-records"),
        section.positiveInt("block-window"),
        section.positiveInt("checkpoint-every"),
        section.positiveInt("max-rounds"),
        section.fraction("incremental-max-share"),
        section.positiveLong("incremental-min-records"));
    section.requireAllKeysRead();
    return config;
  }
}
