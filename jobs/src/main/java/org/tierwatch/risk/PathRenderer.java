package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders a path for analysts, target first: "SKU FP-100 fish pie &lt;- Harbour Foods Ltd (GB,
 * tier 1) [prepared_seafood] &lt;- Dalian X (LIAONING, tier 2) [fish_raw] evidence: LOCATION 0.6".
 * Each company shows the family it ships along the path; unknown names fall back to ids.
 */
public final class PathRenderer {
  private final Map<String, CompanyLabel> companies;
  private final Map<String, String> skuNames;
  private final Map<String, Integer> tiers;

  public PathRenderer(
      Map<String, CompanyLabel> companies, Map<String, String> skuNames, Map<String, Integer> tiers) {
    this.companies = Map.copyOf(requireNonNull(companies, "companies is null"));
    this.skuNames = Map.copyOf(requireNonNull(skuNames, "skuNames is null"));
    this.tiers = Map.copyOf(requireNonNull(tiers, "tiers is null"));
  }

  public String render(RiskPath path) {
    List<String> parts = new ArrayList<>();
    List<PathHop> hops = path.hops();
    if (path.target() == PathTarget.SKU) {
      String name = skuNames.get(path.targetId());
      parts.add("SKU " + path.targetId() + (name == null || name.isBlank() ? "" : " " + name));
    } else {
      parts.add(company(path.targetId(), path.targetFamily()));
    }
    for (int i = hops.size() - 1; i >= 0; i--) {
      parts.add(company(hops.get(i).supplierId(), hops.get(i).familyIn()));
    }
    List<String> evidence = new ArrayList<>();
    for (Evidence item : path.sourceEvidence()) {
      evidence.add(item.type() + " " + ScoreFormat.of(item.weight()));
    }
    return String.join(" <- ", parts) + " evidence: " + String.join(", ", evidence);
  }

  private String company(String id, String family) {
    CompanyLabel label = companies.get(id);
    List<String> about = new ArrayList<>();
    if (label != null && !label.place().isBlank()) {
      about.add(label.place());
    }
    Integer tier = tiers.get(id);
    if (tier != null) {
      about.add("tier " + tier);
    }
    String name = label == null || label.name().isBlank() ? id : label.name();
    return name + (about.isEmpty() ? "" : " (" + String.join(", ", about) + ")") + " [" + family + "]";
  }
}
