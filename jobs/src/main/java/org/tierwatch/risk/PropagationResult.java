package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything the reference propagator computes: per (company, family) state, company and SKU
 * scores, explanation paths, tiers, the evidence after decisions, and how many rounds ran.
 */
public record PropagationResult(
    List<CompanyFamilyRisk> companyFamilyRisks,
    List<CompanyRisk> companyRisks,
    List<SkuRisk> skuRisks,
    List<RiskPath> paths,
    Map<String, Integer> tiers,
    DecidedEvidence evidence,
    int rounds) {
  public PropagationResult {
    requireNonNull(companyFamilyRisks, "companyFamilyRisks is null");
    requireNonNull(companyRisks, "companyRisks is null");
    requireNonNull(skuRisks, "skuRisks is null");
    requireNonNull(paths, "paths is null");
    requireNonNull(tiers, "tiers is null");
    requireNonNull(evidence, "evidence is null");
    companyFamilyRisks = List.copyOf(companyFamilyRisks);
    companyRisks = List.copyOf(companyRisks);
    skuRisks = List.copyOf(skuRisks);
    paths = List.copyOf(paths);
    tiers = Collections.unmodifiableMap(new TreeMap<>(tiers));
  }

  public Optional<CompanyFamilyRisk> companyFamily(String companyId, String family) {
    return companyFamilyRisks.stream()
        .filter(r -> r.companyId().equals(companyId) && r.family().equals(family))
        .findFirst();
  }

  public Optional<CompanyRisk> company(String companyId) {
    return companyRisks.stream().filter(r -> r.companyId().equals(companyId)).findFirst();
  }

  public Optional<SkuRisk> sku(String sku) {
    return skuRisks.stream().filter(r -> r.sku().equals(sku)).findFirst();
  }

  /** The paths to one SKU or company, by rank. */
  public List<RiskPath> pathsTo(PathTarget target, String id) {
    return paths.stream().filter(p -> p.target() == target && p.targetId().equals(id)).toList();
  }
}
