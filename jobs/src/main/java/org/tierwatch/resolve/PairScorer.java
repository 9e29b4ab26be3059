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
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores a candidate pair of party records in the Fellegi-Sunter way: each feature adds
 * log2(m/u), a prior turns the total into a probability, and every feature is kept so the score
 * explains itself.
 *
 * <p>The name is compared token by token, in any order. An agreeing token weighs by its rarity
 * (term-frequency adjustment: u is the share of records carrying it, so a shared TRADING adds
 * little and a shared rare trade name much); further agreeing tokens are discounted because the
 * words of one name go together. A token only one name has costs in proportion to its rarity, so
 * GOLDEN TIDE and GOLDEN STAR stay apart. Two different known countries veto the pair outright, as
 * does a placeholder name. Stateless and thread-safe.
 */
public final class PairScorer implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern NOT_ALNUM = Pattern.compile("[^A-Z0-9]+");
  private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");
  private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
  private static final int MIN_PHONE_DIGITS = 7;
  private static final int PHONE_DIGITS_COMPARED = 8;

  private final MatchModel model;

  public PairScorer(MatchModel model) {
    this.model = requireNonNull(model, "model is null");
  }

  public MatchModel model() {
    return model;
  }

  /** Scores one pair against token statistics of the records being resolved. */
  public PairScore score(PartyRecord a, PartyRecord b, TokenStatistics stats) {
    requireNonNull(a, "a is null");
    requireNonNull(b, "b is null");
    requireNonNull(stats, "stats is null");
    List<PairFeature> features = new ArrayList<>();
    double lambda = Math.min(0.5, model.priorMatchesPerRecord() / Math.max(1, stats.recordCount()));
    features.add(
        new PairFeature(
            "prior",
            "1 in " + Math.round(1 / lambda),
            log2(lambda / (1 - lambda))));

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

    TokenAlignment.Result alignment =
        TokenAlignment.align(a.name().tokens(), b.name().tokens(), model.fuzzyTokenSimilarity());
    features.add(nameFeature(alignment, a.name(), b.name(), stats));
    features.add(fullNameFeature(alignment));
    features.add(countryFeature(countryA, countryB));
    placeFeature(a.name().leadingPlace(), b.name().leadingPlace()).ifPresent(features::add);
    addressFeature(a.address(), b.address()).ifPresent(features::add);
    registrationFeature(a.registrationId(), b.registrationId()).ifPresent(features::add);
    phoneFeature(a.phoneDigits(), b.phoneDigits()).ifPresent(features::add);

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

  private PairFeature nameFeature(
      TokenAlignment.Result alignment, NormalisedName a, NormalisedName b, TokenStatistics stats) {
    List<PricedAgreement> agreements = new ArrayList<>();
    for (TokenAlignment.Agreement agreement : alignment.agreements()) {
      agreements.add(price(agreement, stats));
    }
    agreements.sort(Comparator.comparingDouble(PricedAgreement::weight).reversed());

    double weight = 0;
    double discount = 1;
    List<String> parts = new ArrayList<>();
    for (PricedAgreement agreement : agreements) {
      double w = Math.max(0, log2(model.nameTokenAgreeM()) + agreement.weight()) * discount;
      weight += w;
      parts.add(agreement.label() + " " + Weights.signed(w));
      discount *= model.extraTokenDiscount();
    }
    List<String> missing = new ArrayList<>(alignment.missingLeft());
    missing.addAll(alignment.missingRight());
    for (String token : missing) {
      double penalty =
          Math.min(
              model.maxMissingTokenPenalty(),
              Math.max(
                  model.minMissingTokenPenalty(),
                  model.missingTokenPenaltyPerBit() * bits(token, stats)));
      weight -= penalty;
      parts.add("missing " + token + " " + Weights.signed(-penalty));
    }
    int total = Math.max(a.tokens().size(), b.tokens().size());
    String level =
        "tokens " + agreements.size() + "/" + total + " [" + String.join(", ", parts) + "]";
    return new PairFeature("name", level, weight);
  }

  /**
   * Whether the names agree in full: the token weights above price the rarest shared tokens, this
   * prices the rest of the name being the same too.
   */
  private PairFeature fullNameFeature(TokenAlignment.Result alignment) {
    boolean full =
        alignment.missingLeft().isEmpty()
            && alignment.missingRight().isEmpty()
            && alignment.agreements().stream()
                .allMatch(agreement -> agreement.kind() != TokenAlignment.Kind.FUZZY);
    return full
        ? new PairFeature(
            "name-complete", "all tokens agree", log2(model.fullNameAgreeM() / model.fullNameAgreeU()))
        : new PairFeature(
            "name-complete",
            "not all tokens agree",
            log2((1 - model.fullNameAgreeM()) / (1 - model.fullNameAgreeU())));
  }

  private PricedAgreement price(TokenAlignment.Agreement agreement, TokenStatistics stats) {
    return switch (agreement.kind()) {
      case EXACT -> new PricedAgreement(
          agreement.pricedToken(), bits(agreement.pricedToken(), stats));
      case SPELLING -> new PricedAgreement(
          agreement.left().get(0) + "~" + agreement.right().get(0),
          Math.min(bits(agreement.left().get(0), stats), bits(agreement.right().get(0), stats)));
      case GLUED -> new PricedAgreement(
          String.join(" ", agreement.left()) + "=" + String.join(" ", agreement.right()),
          bits(agreement.pricedToken(), stats));
      case FUZZY -> {
        String left = agreement.left().get(0);
        String right = agreement.right().get(0);
        double bits = Math.min(bits(left, stats), bits(right, stats));
        yield new PricedAgreement(left + "~" + right, Math.max(0, bits - model.fuzzyTokenPenalty()));
      }
    };
  }

  private PairFeature countryFeature(String a, String b) {
    if (a == null || b == null) {
      return new PairFeature("country", "unknown", 0);
    }
    return new PairFeature(
        "country", a + "=" + b, log2(model.countryAgreeM() / model.countryAgreeU()));
  }

  private Optional<PairFeature> placeFeature(String a, String b) {
    if (a == null || b == null) {
      return Optional.empty();
    }
    Set<String> shared = new HashSet<>(Arrays.asList(a.split(" ")));
    shared.retainAll(Arrays.asList(b.split(" ")));
    if (!shared.isEmpty()) {
      return Optional.of(
          new PairFeature(
              "place", a + "=" + b, log2(model.placeAgreeM() / model.placeAgreeU())));
    }
    return Optional.of(
        new PairFeature(
            "place",
            a + "\u2260" + b,
            log2((1 - model.placeAgreeM()) / (1 - model.placeAgreeU()))));
  }

  private Optional<PairFeature> addressFeature(String a, String b) {
    List<String> tokensA = addressTokens(a);
    List<String> tokensB = addressTokens(b);
    if (tokensA.isEmpty() || tokensB.isEmpty()) {
      return Optional.empty();
    }
    if (tokensA.equals(tokensB)) {
      return Optional.of(
          new PairFeature(
              "address", "equal", log2(model.addressExactM() / model.addressExactU())));
    }
    Set<String> union = new HashSet<>(tokensA);
    union.addAll(tokensB);
    Set<String> shared = new HashSet<>(tokensA);
    shared.retainAll(tokensB);
    double jaccard = (double) shared.size() / union.size();
    if (jaccard >= model.addressSimilarity()) {
      return Optional.of(
          new PairFeature(
              "address",
              String.format(Locale.ROOT, "similar %.2f", jaccard),
              log2(model.addressSimilarM() / model.addressSimilarU())));
    }
    for (String token : shared) {
      if (SIX_DIGITS.matcher(token).matches()) {
        return Optional.of(
            new PairFeature(
                "address",
                "postcode " + token + " agrees",
                log2(model.addressPostcodeM() / model.addressPostcodeU())));
      }
    }
    double disagreeU =
        1 - model.addressExactU() - model.addressSimilarU() - model.addressPostcodeU();
    return Optional.of(
        new PairFeature(
            "address",
            String.format(Locale.ROOT, "differs %.2f", jaccard),
            log2(model.addressDisagreeM() / Math.max(disagreeU, model.addressDisagreeM()))));
  }

  private Optional<PairFeature> registrationFeature(String a, String b) {
    String idA = alnumOrNull(a);
    String idB = alnumOrNull(b);
    if (idA == null || idB == null) {
      return Optional.empty();
    }
    boolean agree = idA.equals(idB);
    return Optional.of(
        new PairFeature(
            "registration",
            agree ? idA + " agrees" : "differs",
            agree
                ? log2(model.registrationAgreeM() / model.registrationAgreeU())
                : log2((1 - model.registrationAgreeM()) / (1 - model.registrationAgreeU()))));
  }

  private Optional<PairFeature> phoneFeature(String a, String b) {
    String digitsA = a == null ? "" : NOT_DIGIT.matcher(a).replaceAll("");
    String digitsB = b == null ? "" : NOT_DIGIT.matcher(b).replaceAll("");
    if (digitsA.length() < MIN_PHONE_DIGITS || digitsB.length() < MIN_PHONE_DIGITS) {
      return Optional.empty();
    }
    // Country and area prefixes are written or left out at will; the subscriber digits are not.
    boolean agree = lastDigits(digitsA).equals(lastDigits(digitsB));
    return Optional.of(
        new PairFeature(
            "phone",
            agree ? "agrees" : "differs",
            agree
                ? log2(model.phoneAgreeM() / model.phoneAgreeU())
                : log2((1 - model.phoneAgreeM()) / (1 - model.phoneAgreeU()))));
  }

  private static String lastDigits(String digits) {
    return digits.substring(Math.max(0, digits.length() - PHONE_DIGITS_COMPARED));
  }

  private static List<String> addressTokens(String address) {
    if (address == null) {
      return List.of();
    }
    String cleaned = NOT_ALNUM.matcher(address.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
    return cleaned.isEmpty() ? List.of() : List.of(cleaned.split(" "));
  }

  private static String alnumOrNull(String value) {
    if (value == null) {
      return null;
    }
    String cleaned = NOT_ALNUM.matcher(value.toUpperCase(Locale.ROOT)).replaceAll("");
    return cleaned.isEmpty() ? null : cleaned;
  }

  private static String upperOrNull(String value) {
    return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
