package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Scores a candidate pair of party records in the Fellegi-Sunter way: each feature adds
 * log2(m/u), a prior turns the total into a probability, and every feature is kept so the score
 * explains itself.
 *
 * <p>The name is compared token by token, in any order. An agreeing token weighs by its rarity
 * (term-frequency adjustment: u is the share of records carrying it, so a shared TRADING adds
 * little and a shared rare trade name much); when the names differ somewhere, further agreeing
 * tokens are discounted because the words of one name go together. A token only one name has
 * costs in proportion to its rarity, so GOLDEN TIDE and GOLDEN STAR stay apart. Two different
 * known countries veto the pair outright, as does a placeholder name. Stateless and thread-safe.
 */
public final class PairScorer implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String ADDRESS_CONFLICT = "another number on the same street";

  private final MatchModel model;
  private final CountryShares countryShares;
  /** The prior last made: a run scores millions of pairs against one record count. */
  private transient volatile Prior lastPrior;

  private record Prior(long recordCount, PairFeature feature) {}

  /** A scorer that prices every country agreement by the model's fixed {@code country-agree-u}. */
  public PairScorer(MatchModel model) {
    this(model, CountryShares.none());
  }

  /** A scorer that prices a country agreement by the share of records naming the country. */
  public PairScorer(MatchModel model, CountryShares countryShares) {
    this.model = requireNonNull(model, "model is null");
    this.countryShares = requireNonNull(countryShares, "countryShares is null");
  }

  public MatchModel model() {
    return model;
  }

  /** Scores one pair against token statistics of the records being resolved. */
  public PairScore score(PartyRecord a, PartyRecord b, TokenStatistics stats) {
    requireNonNull(a, "a is null");
    requireNonNull(b, "b is null");
    return score(PreparedParty.of(a), PreparedParty.of(b), stats);
  }

  /** Scores one pair of parties prepared once for the many pairs each is in. */
  PairScore score(PreparedParty preparedA, PreparedParty preparedB, TokenStatistics stats) {
    requireNonNull(preparedA, "preparedA is null");
    requireNonNull(preparedB, "preparedB is null");
    requireNonNull(stats, "stats is null");
    PartyRecord a = preparedA.record();
    PartyRecord b = preparedB.record();
    List<PairFeature> features = new ArrayList<>();
    features.add(prior(stats.recordCount()));

    if (a.name().placeholder() || b.name().placeholder() || a.name().tokens().isEmpty()
        || b.name().tokens().isEmpty()) {
      features.add(new PairFeature("name", "placeholder", Double.NEGATIVE_INFINITY));
      return veto(features);
    }
    String countryA = upperOrNull(a.country());
    String countryB = upperOrNull(b.country());
    if (countryA != null && countryB != null && !countryA.equals(countryB)) {
      features.add(
          new PairFeature("country", countryA + "\u2260" + countryB, Double.NEGATIVE_INFINITY));
      return veto(features);
    }

    PairNames names = PairNames.of(a.name(), b.name());
    NormalisedName nameA = names.a();
    NormalisedName nameB = names.b();
    TokenAlignment.Result alignment =
        TokenAlignment.align(nameA.tokens(), nameB.tokens(),
            new TokenAlignment.Sides(preparedA.romanised(), preparedB.romanised()),
            new TokenAlignment.Sides(preparedA.translated(), preparedB.translated()),
            new TokenAlignment.Fuzzy(model.fuzzyTokenSimilarity(), model.typoCommonerRatio(),
                stats));
    long namesakes = Math.max(a.namesakes(), b.namesakes());
    features.add(nameFeature(alignment, nameA, nameB, stats, namesakes));
    missingFeature(alignment, stats, TwoScriptNames.ofOneCompany(preparedA, preparedB, alignment))
        .ifPresent(features::add);
    features.add(fullNameFeature(alignment));
    features.add(countryFeature(countryA, countryB, namesakes));
    placeFeature(nameA.leadingPlace(), nameB.leadingPlace(), names.misspeltPlace())
        .ifPresent(features::add);
    addressFeature(preparedA.addresses(), preparedB.addresses()).ifPresent(features::add);
    registrationFeature(preparedA.registrationIds(), preparedB.registrationIds())
        .ifPresent(features::add);
    phoneFeature(preparedA.phoneNumbers(), preparedB.phoneNumbers()).ifPresent(features::add);
    PairScore scored = scored(features);
    // Locating addresses costs more than the rest of a pair, and only a pair that could match
    // needs the evidence against it.
    if (scored.probability() < model.reviewThreshold()) {
      return scored;
    }
    Optional<PairFeature> against = placeAgainstAddressesFeature(nameA, a, nameB, b);
    if (against.isEmpty()) {
      return scored;
    }
    features.add(against.get());
    return scored(features);
  }

  /** The prior odds of a match between two of {@code recordCount} records. */
  private PairFeature prior(long recordCount) {
    Prior prior = lastPrior;
    if (prior == null || prior.recordCount() != recordCount) {
      double lambda = Math.min(0.5, model.priorMatchesPerRecord() / Math.max(1, recordCount));
      prior = new Prior(recordCount, new PairFeature(PairFeature.PRIOR,
          "1 in " + Math.round(1 / lambda), log2(lambda / (1 - lambda))));
      lastPrior = prior;
    }
    return prior.feature();
  }

  /** A leading place only one name has, weighed against the other record's addresses. */
  private Optional<PairFeature> placeAgainstAddressesFeature(NormalisedName nameA,
      PartyRecord a, NormalisedName nameB, PartyRecord b) {
    if ((nameA.leadingPlace() == null) == (nameB.leadingPlace() == null)) {
      return Optional.empty();
    }
    Optional<String> disagreement = nameA.leadingPlace() != null
        ? PlaceAgainstAddresses.disagreement(nameA.leadingPlace(), b.addresses())
        : PlaceAgainstAddresses.disagreement(nameB.leadingPlace(), a.addresses());
    return disagreement.map(level -> new PairFeature("place", level, placeDisagreeWeight()));
  }

  /**
   * The lowest score two records pooled in this party (written with its name and country) can get
   * from each other: the name agrees in full, and each kind of evidence on which the records
   * differ among themselves (more than one address, registration id or telephone number) is
   * scored as disagreeing, and two addresses naming other numbers on one street as conflicting.
   * When even that is a match that {@link #holdsApart} does not hold apart, every pair of the
   * records matches under the model and they can be resolved as one party.
   */
  public PairScore scoreWithin(PartyRecord party, TokenStatistics stats) {
    return scoreWithin(party, stats, false);
  }

  /**
   * As {@link #scoreWithin(PartyRecord, TokenStatistics)}, for a party whose records, when
   * {@code oneAddressEach} holds, each write its one address (pooled by it), so that any two of
   * them agree on it; only a street address counts, as a city alone is shared by many.
   */
  public PairScore scoreWithin(PartyRecord party, TokenStatistics stats, boolean oneAddressEach) {
    requireNonNull(party, "party is null");
    requireNonNull(stats, "stats is null");
    PartyRecord nameOnly = party.nameOnly();
    PairScore sameName = score(nameOnly, nameOnly, stats);
    if (sameName.matchWeight() == Double.NEGATIVE_INFINITY) {
      return sameName;
    }
    List<PairFeature> features = new ArrayList<>(sameName.features());
    PreparedParty prepared = PreparedParty.of(party);
    List<AddressWords> addresses = prepared.addresses();
    if (anyConflict(addresses)) {
      features.add(new PairFeature("address", "at worst " + ADDRESS_CONFLICT,
          addressConflictWeight()));
    } else if (AddressWords.distinct(addresses) > 1) {
      features.add(new PairFeature("address", "at worst differs", addressDisagreeWeight()));
    } else if (oneAddressEach && !addresses.isEmpty() && addresses.get(0).hasNumber()) {
      features.add(new PairFeature("address", "equal",
          log2(model.addressExactM() / model.addressExactU())));
    }
    if (prepared.registrationIds().size() > 1) {
      features.add(new PairFeature("registration", "at worst differs",
          registrationDisagreeWeight()));
    }
    if (prepared.phoneNumbers().size() > 1) {
      features.add(new PairFeature("phone", "at worst differs",
          phoneDisagreeWeight()));
    }
    return scored(features);
  }

  private static boolean anyConflict(List<AddressWords> addresses) {
    for (int i = 0; i < addresses.size(); i++) {
      for (int j = i + 1; j < addresses.size(); j++) {
        if (addresses.get(i).conflicts(addresses.get(j))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the pair, or the records pooled in one party ({@link #scoreWithin}), must not be
   * merged without a vote of the clustering guard: scored below review with at least {@link
   * MatchModel#conflictAgainstBits} of evidence against, or with addresses that name other
   * numbers on one street while no registration id or telephone number agrees. A low score alone is no vote: the prior of a
   * random pair is so small that two misspellings of one rare name, agreeing with each other only
   * fuzzily, score below review with nothing against them, and at a huge shipper such pairs
   * outnumbered the matches that should have joined its spellings. A conflict holds even a
   * high score apart because a name's rarity is counted over all records of the name: two
   * companies that share a rare name look to the name weights like one, and only where they are
   * tells them apart.
   */
  public boolean holdsApart(PairScore score) {
    requireNonNull(score, "score is null");
    if (score.probability() < model.reviewThreshold()
        && score.againstBits() >= model.conflictAgainstBits()) {
      return true;
    }
    boolean conflict = false;
    for (PairFeature feature : score.features()) {
      if ((feature.name().equals("registration") || feature.name().equals("phone"))
          && feature.weight() > 0) {
        return false;
      }
      // A pair's level is the conflict itself, a pooled party's "at worst" that conflict.
      conflict |= feature.name().equals("address") && feature.level().endsWith(ADDRESS_CONFLICT);
    }
    return conflict;
  }

  /**
   * How strongly a pair that {@link #holdsApart} argues for two companies, in bits, for the
   * clustering guard to weigh against the log-odds of the links between two sides: a low score's
   * log-odds against, the prior counted as it is in a link's; for a pair held apart above the
   * review threshold by its addresses, whose log-odds still favour one company, its bits against
   * ({@link PairScore#againstBits}). Empty when the pair is not held apart.
   */
  public OptionalDouble apartBits(PairScore score) {
    if (!holdsApart(score)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(score.probability() < model.reviewThreshold()
        ? -score.matchWeight() : score.againstBits());
  }

  private static PairScore scored(List<PairFeature> features) {
    double weight = features.stream().mapToDouble(PairFeature::weight).sum();
    return new PairScore(weight, 1 / (1 + Math.pow(2, -weight)), features);
  }

  private static PairScore veto(List<PairFeature> features) {
    return new PairScore(Double.NEGATIVE_INFINITY, 0, features);
  }

  /** A token's information: log2 of records per record carrying it, capped. */
  private double bits(String token, TokenStatistics stats) {
    double carriers = Math.max(1, stats.recordsWithToken(token));
    double records = Math.max(carriers, stats.recordCount());
    return Math.min(model.maxTokenBits(), log2(records / carriers));
  }

  private record PricedAgreement(String label, double weight) {}

  /**
   * @param namesakes how many companies write the commoner of the two names: its words' rarity
   *     says how few names are like it, not how few companies write it, and agreement on a name
   *     that k companies write picks one of them no better than one in k
   */
  private PairFeature nameFeature(TokenAlignment.Result alignment, NormalisedName a,
      NormalisedName b, TokenStatistics stats, long namesakes) {
    List<PricedAgreement> agreements = new ArrayList<>();
    for (TokenAlignment.Agreement agreement : alignment.agreements()) {
      agreements.add(price(agreement, stats));
    }
    agreements.sort(Comparator.comparingDouble(PricedAgreement::weight).reversed());

    // A name whose every word agrees is priced as the rarity of the whole name; when a word is
    // missing or only fuzzily alike, the agreeing words are discounted because a name's words go
    // together and a shared phrase (POWER SYSTEMS) says less than its words apart.
    double step = isComplete(alignment) ? 1 : model.extraTokenDiscount();
    double weight = 0;
    double discount = 1;
    List<String> parts = new ArrayList<>();
    for (PricedAgreement agreement : agreements) {
      double w = Math.max(0, log2(model.nameTokenAgreeM()) + agreement.weight()) * discount;
      weight += w;
      parts.add(agreement.label() + " " + Weights.signed(w));
      discount *= step;
    }
    int total = Math.max(a.tokens().size(), b.tokens().size());
    String level =
        "tokens " + agreements.size() + "/" + total + " [" + String.join(", ", parts) + "]";
    if (namesakes > 1) {
      double shared = Math.min(weight, log2(namesakes));
      weight -= shared;
      level += ", written by about " + namesakes + " companies " + Weights.signed(-shared);
    }
    return new PairFeature("name", level, weight);
  }

  /**
   * The tokens only one name has, each costing in proportion to its rarity; a feature of its own
   * because it is evidence against the match, which the clustering guard counts.
   *
   * @param twoScripts the names are one company's in two scripts ({@link TwoScriptNames}), whose
   *     words beside the trade name were chosen apart, so each costs the least
   */
  private Optional<PairFeature> missingFeature(
      TokenAlignment.Result alignment, TokenStatistics stats, boolean twoScripts) {
    List<String> missing = new ArrayList<>(alignment.missingLeft());
    missing.addAll(alignment.missingRight());
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    double weight = 0;
    List<String> parts = new ArrayList<>();
    for (String token : missing) {
      double penalty = twoScripts ? model.minMissingTokenPenalty()
          : Math.min(
              model.maxMissingTokenPenalty(),
              Math.max(
                  model.minMissingTokenPenalty(),
                  model.missingTokenPenaltyPerBit() * bits(token, stats)));
      weight -= penalty;
      parts.add(token + " " + Weights.signed(-penalty));
    }
    String level = "[" + String.join(", ", parts) + "]";
    return Optional.of(new PairFeature("name-missing",
        twoScripts ? level + " (names in two scripts at one address or id)" : level, weight));
  }

  /**
   * Whether the names agree in full: the token weights above price the rarest shared tokens, this
   * prices the rest of the name being the same too.
   */
  private PairFeature fullNameFeature(TokenAlignment.Result alignment) {
    return isComplete(alignment)
        ? new PairFeature(
            "name-complete", "all tokens agree", log2(model.fullNameAgreeM() / model.fullNameAgreeU()))
        : new PairFeature(
            "name-complete",
            "not all tokens agree",
            log2((1 - model.fullNameAgreeM()) / (1 - model.fullNameAgreeU())));
  }

  private static boolean isComplete(TokenAlignment.Result alignment) {
    return alignment.missingLeft().isEmpty()
        && alignment.missingRight().isEmpty()
        && alignment.agreements().stream()
            .allMatch(agreement -> agreement.kind() != TokenAlignment.Kind.FUZZY);
  }

  private PricedAgreement price(TokenAlignment.Agreement agreement, TokenStatistics stats) {
    return switch (agreement.kind()) {
      case EXACT -> new PricedAgreement(
          agreement.pricedToken(), bits(agreement.pricedToken(), stats));
      case SPELLING -> new PricedAgreement(tokenPair(agreement), commonerBits(agreement, stats));
      case TRANSLATED -> new PricedAgreement(
          tokenPair(agreement) + " (translated)", commonerBits(agreement, stats));
      case GLUED -> new PricedAgreement(
          String.join(" ", agreement.left()) + "=" + String.join(" ", agreement.right()),
          bits(agreement.pricedToken(), stats));
      case FUZZY -> new PricedAgreement(tokenPair(agreement),
          Math.max(0, commonerBits(agreement, stats) - model.fuzzyTokenPenalty()));
    };
  }

  private static String tokenPair(TokenAlignment.Agreement agreement) {
    return agreement.left().get(0) + "~" + agreement.right().get(0);
  }

  /** The bits of the commoner of two single tokens that agree, which is all they prove together. */
  private double commonerBits(TokenAlignment.Agreement agreement, TokenStatistics stats) {
    return Math.min(bits(agreement.left().get(0), stats), bits(agreement.right().get(0), stats));
  }

  /**
   * A known country that agrees, priced by the share of records naming it. Not for a name that
   * several companies write ({@code namesakes} above one): they were counted within the country,
   * so the records of the pair that are not one company are mostly those namesakes, which agree
   * on the country whatever its share. The share would then add what the namesake discount takes
   * off, and it is the fixed {@code country-agree-u} instead.
   */
  private PairFeature countryFeature(String a, String b, long namesakes) {
    if (a == null || b == null) {
      return new PairFeature("country", "unknown", 0);
    }
    OptionalDouble share = namesakes > 1 ? OptionalDouble.empty() : countryShares.share(a);
    double u = share.orElse(model.countryAgreeU());
    return new PairFeature("country", a + "=" + b, log2(model.countryAgreeM() / u));
  }

  /** @param misspelt the word read as a misspelling of the place ({@link MisspeltPlace}), or null */
  private Optional<PairFeature> placeFeature(String a, String b, String misspelt) {
    if (a == null || b == null) {
      return Optional.empty();
    }
    Set<String> shared = new HashSet<>(Arrays.asList(a.split(" ")));
    shared.retainAll(Arrays.asList(b.split(" ")));
    if (!shared.isEmpty()) {
      String level = misspelt == null ? a + "=" + b : a + "=" + b + " (" + misspelt + " misspelt)";
      return Optional.of(
          new PairFeature("place", level, log2(model.placeAgreeM() / model.placeAgreeU())));
    }
    return Optional.of(new PairFeature("place", a + "\u2260" + b, placeDisagreeWeight()));
  }

  private double placeDisagreeWeight() {
    return log2((1 - model.placeAgreeM()) / (1 - model.placeAgreeU()));
  }

  /**
   * The best agreement between any address of one party and any of the other's; a conflict
   * between two of them outranks addresses that merely differ, because a party's addresses are
   * one company's and one of them naming another place on the same street says more than a
   * telephone number or a city written in place of an address.
   */
  private Optional<PairFeature> addressFeature(List<AddressWords> a, List<AddressWords> b) {
    AddressAgreement best = null;
    for (AddressWords left : a) {
      for (AddressWords right : b) {
        AddressAgreement agreement = compareAddresses(left, right);
        if (best == null || agreement.beats(best)) {
          best = agreement;
        }
      }
    }
    return Optional.ofNullable(best).map(AddressAgreement::feature);
  }

  /**
   * How two addresses agree, kept as numbers: a node pair compares up to 64 addresses, and only
   * the best becomes a feature with a label.
   */
  private record AddressAgreement(AddressLevel level, double jaccard, String postcode,
      double weight) {
    PairFeature feature() {
      String label = switch (level) {
        case EQUAL -> "equal";
        case SIMILAR -> "similar " + Weights.decimals(jaccard, 2);
        case TRUNCATED -> "one cut short of the other";
        case POSTCODE -> "postcode " + postcode + " agrees";
        case CONFLICT -> ADDRESS_CONFLICT;
        case PLACE_ONLY -> "one names only a place the other has";
        case DIFFERS -> "differs " + Weights.decimals(jaccard, 2);
      };
      return new PairFeature("address", label, weight);
    }

    boolean beats(AddressAgreement other) {
      int order = Integer.compare(level.rank, other.level.rank);
      return order != 0 ? order > 0 : weight > other.weight;
    }
  }

  /** Levels of address agreement, with the rank by which a party pair's best is chosen. */
  private enum AddressLevel {
    EQUAL(4), SIMILAR(3), TRUNCATED(3), POSTCODE(3), CONFLICT(2), PLACE_ONLY(1), DIFFERS(0);

    private final int rank;

    AddressLevel(int rank) {
      this.rank = rank;
    }
  }

  private AddressAgreement compareAddresses(AddressWords a, AddressWords b) {
    if (a.sameWords(b)) {
      return new AddressAgreement(AddressLevel.EQUAL, 1, null,
          log2(model.addressExactM() / model.addressExactU()));
    }
    double jaccard = a.jaccard(b);
    if (a.conflicts(b)) {
      return new AddressAgreement(AddressLevel.CONFLICT, jaccard, null, addressConflictWeight());
    }
    if (jaccard >= model.addressSimilarity()) {
      return new AddressAgreement(AddressLevel.SIMILAR, jaccard, null,
          log2(model.addressSimilarM() / model.addressSimilarU()));
    }
    if (a.truncates(b) || b.truncates(a)) {
      return new AddressAgreement(AddressLevel.TRUNCATED, jaccard, null,
          log2(model.addressSimilarM() / model.addressSimilarU()));
    }
    String postcode = a.sharedPostcode(b);
    if (postcode != null) {
      return new AddressAgreement(AddressLevel.POSTCODE, jaccard, postcode,
          log2(model.addressPostcodeM() / model.addressPostcodeU()));
    }
    if (a.namesOnlyAPlaceOf(b) || b.namesOnlyAPlaceOf(a)) {
      return new AddressAgreement(AddressLevel.PLACE_ONLY, jaccard, null, 0);
    }
    return new AddressAgreement(AddressLevel.DIFFERS, jaccard, null, addressDisagreeWeight());
  }

  private double addressConflictWeight() {
    return log2(model.addressConflictM() / model.addressConflictU());
  }

  private double registrationDisagreeWeight() {
    return log2((1 - model.registrationAgreeM()) / (1 - model.registrationAgreeU()));
  }

  private double phoneDisagreeWeight() {
    return log2((1 - model.phoneAgreeM()) / (1 - model.phoneAgreeU()));
  }

  private double addressDisagreeWeight() {
    double disagreeU =
        1 - model.addressExactU() - model.addressSimilarU() - model.addressPostcodeU();
    return log2(model.addressDisagreeM() / Math.max(disagreeU, model.addressDisagreeM()));
  }

  private Optional<PairFeature> registrationFeature(Set<String> idsA, Set<String> idsB) {
    if (idsA.isEmpty() || idsB.isEmpty()) {
      return Optional.empty();
    }
    for (String id : idsB) {
      if (idsA.contains(id)) {
        return Optional.of(new PairFeature("registration", id + " agrees",
            log2(model.registrationAgreeM() / model.registrationAgreeU())));
      }
    }
    return Optional.of(new PairFeature("registration", "differs",
        registrationDisagreeWeight()));
  }

  private Optional<PairFeature> phoneFeature(Set<String> numbersA, Set<String> numbersB) {
    if (numbersA.isEmpty() || numbersB.isEmpty()) {
      return Optional.empty();
    }
    // Country and area prefixes are written or left out at will; the subscriber digits are not.
    boolean agree = numbersB.stream().anyMatch(numbersA::contains);
    return Optional.of(
        new PairFeature(
            "phone",
            agree ? "agrees" : "differs",
            agree
                ? log2(model.phoneAgreeM() / model.phoneAgreeU())
                : phoneDisagreeWeight()));
  }

  private static String upperOrNull(String value) {
    return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
