package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns facts about a company (origin, watchlist match, location, country, trade pattern) into
 * evidence with the model's weights, and applies analyst decisions over that evidence.
 */
public final class EvidenceRules implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final RiskModel model;

  public EvidenceRules(RiskModel model) {
    this.model = requireNonNull(model, "model is null");
  }

  /** A shipment of the family with this country of origin (ISO alpha-2) by the company. */
  public Optional<Evidence> dprkOrigin(
      String companyId, String originCountry, String family, String sourceRecord) {
    String country = upper(originCountry);
    if (country == null || !model.evidence().dprkCountries().contains(country)) {
      return Optional.empty();
    }
    return positive(new Evidence(companyId, EvidenceType.DPRK_ORIGIN, model.evidence().dprkOrigin(),
        Set.of(known(family)), sourceRecord, "country of origin " + country));
  }

  /** A watchlist match with score in 0..1; applies to every family. */
  public Optional<Evidence> watchlist(
      String companyId, double matchScore, String listing, String sourceRecord) {
    requireNonNull(listing, "listing is null");
    Fraction.require(matchScore, "match score");
    double weight = model.evidence().watchlist() * matchScore;
    return positive(new Evidence(companyId, EvidenceType.WATCHLIST, weight, Set.of(), sourceRecord,
        "named by " + listing + ", match " + ScoreFormat.of(matchScore)));
  }

  /**
   * Location in one of the model's provinces, for goods of one family: weight x sector factor x
   * location confidence. Callers make one per family the company ships.
   */
  public Optional<Evidence> location(String companyId, String province, double confidence,
      String family, String sourceRecord) {
    Fraction.require(confidence, "location confidence");
    String where = upper(province);
    if (where == null || !model.evidence().locationProvinces().contains(where)) {
      return Optional.empty();
    }
    double factor = model.sectorFactorOf(known(family));
    double weight = model.evidence().location() * factor * confidence;
    return positive(new Evidence(companyId, EvidenceType.LOCATION, weight, Set.of(family),
        sourceRecord, "located in " + where + " (confidence " + ScoreFormat.of(confidence) + "), sector "
            + model.families().sectorOf(family) + " factor " + ScoreFormat.of(factor)));
  }

  /** In a country reported for overseas labour, only when the family's sector is reported there. */
  public Optional<Evidence> overseasLabour(
      String companyId, String country, String family, String sourceRecord) {
    String sector = model.families().sectorOf(known(family));
    if (!model.evidence().overseasLabourSectorsOf(country).contains(sector)) {
      return Optional.empty();
    }
    return positive(new Evidence(companyId, EvidenceType.OVERSEAS_LABOUR,
        model.evidence().overseasLabour(), Set.of(family), sourceRecord,
        "in " + upper(country) + ", overseas labour reported in " + sector));
  }

  /**
   * Re-import processing on a company in one of the provinces: it received raw seafood from
   * some country and shipped seafood back to the same country.
   *
   * @param rawOrigins countries that shipped it a raw family (fish_raw)
   * @param processedDestinations countries it shipped a processed family to
   */
  public Optional<Evidence> reimportProcessing(String companyId, String province,
      Set<String> rawOrigins, Set<String> processedDestinations, String sourceRecord) {
    String where = upper(province);
    if (where == null || !model.evidence().locationProvinces().contains(where)) {
      return Optional.empty();
    }
    Set<String> both = new TreeSet<>();
    for (String origin : rawOrigins) {
      String country = upper(origin);
      if (country != null && processedDestinations.stream().map(EvidenceRules::upper)
          .anyMatch(country::equals)) {
        both.add(country);
      }
    }
    if (both.isEmpty()) {
      return Optional.empty();
    }
    return positive(new Evidence(companyId, EvidenceType.REIMPORT_PROCESSING,
        model.evidence().reimportProcessing(), model.evidence().reimportProcessedFamilies(),
        sourceRecord, "in " + where + ", raw seafood from and seafood back to "
            + String.join(", ", both)));
  }

  /**
   * Applies decisions in date order (ties in list order), each over the evidence as the earlier
   * ones left it: confirmed adds DECISION evidence on every family and lifts an earlier
   * remediation; not_in_region drops LOCATION evidence; wrong_product narrows every piece of
   * evidence (DECISION included) to the families outside its scope; remediated marks the company;
   * engaged changes nothing.
   */
  public DecidedEvidence applyDecisions(List<Evidence> evidence, List<Decision> decisions) {
    requireNonNull(evidence, "evidence is null");
    requireNonNull(decisions, "decisions is null");
    Map<String, List<Evidence>> byCompany = new LinkedHashMap<>();
    for (Evidence item : evidence) {
      byCompany.computeIfAbsent(item.companyId(), id -> new ArrayList<>()).add(item);
    }
    List<Decision> ordered = new ArrayList<>(decisions);
    ordered.sort(Comparator.comparing(Decision::decidedOn));
    Set<String> remediated = new TreeSet<>();
    for (Decision decision : ordered) {
      List<Evidence> items = byCompany.computeIfAbsent(decision.companyId(), id -> new ArrayList<>());
      switch (decision.kind()) {
        case CONFIRMED -> {
          items.add(new Evidence(decision.companyId(), EvidenceType.DECISION,
              model.evidence().confirmed(), Set.of(), describe(decision), explain(decision)));
          remediated.remove(decision.companyId());
        }
        case NOT_IN_REGION -> items.removeIf(item -> item.type() == EvidenceType.LOCATION);
        case WRONG_PRODUCT -> narrow(items, decision.families());
        case REMEDIATED -> remediated.add(decision.companyId());
        case ENGAGED -> { }
        default -> throw new IllegalStateException("unhandled decision " + decision.kind());
      }
    }
    List<Evidence> result = new ArrayList<>();
    byCompany.values().forEach(result::addAll);
    return new DecidedEvidence(result, remediated);
  }

  private void narrow(List<Evidence> items, Set<String> wrongFamilies) {
    if (wrongFamilies.isEmpty()) {
      items.clear();
      return;
    }
    List<Evidence> narrowed = new ArrayList<>();
    for (Evidence item : items) {
      Set<String> scope = new TreeSet<>(item.families().isEmpty()
          ? model.families().ids() : item.families());
      if (!scope.removeAll(wrongFamilies)) {
        narrowed.add(item);
      } else if (!scope.isEmpty()) {
        narrowed.add(item.withFamilies(scope));
      }
    }
    items.clear();
    items.addAll(narrowed);
  }

  /**
   * The detail an explanation path prints for the source's evidence, so a score an analyst
   * caused says who decided it and when, beside the reason.
   */
  private static String explain(Decision decision) {
    String who = decision.kind().label() + " by " + decision.analyst() + " on "
        + decision.decidedOn();
    return decision.note().isBlank() ? who : who + ": " + decision.note();
  }

  private static String describe(Decision decision) {
    return "decision " + decision.kind().label() + " by " + decision.analyst() + " on "
        + decision.decidedOn();
  }

  private String known(String family) {
    requireNonNull(family, "family is null");
    if (!model.families().contains(family)) {
      throw new IllegalArgumentException("unknown product family '" + family + "'");
    }
    return family;
  }

  private static Optional<Evidence> positive(Evidence evidence) {
    return evidence.weight() > 0.0 ? Optional.of(evidence) : Optional.empty();
  }

  private static String upper(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.trim().toUpperCase(Locale.ROOT);
  }
}
