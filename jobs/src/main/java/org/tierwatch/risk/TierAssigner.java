package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Tiers relative to the portfolio: tier 1 is every supplier a BOM names, tier k+1 every supplier
 * of a tier-k company through links of any family; each company keeps its lowest tier.
 */
public final class TierAssigner {
  private TierAssigner() {}

  /**
   * Assigns tiers up to maxTier; companies further away (or not connected) get none.
   */
  public static Map<String, Integer> assign(List<BomLine> bom, List<SupplyLink> links, int maxTier) {
    requireNonNull(bom, "bom is null");
    requireNonNull(links, "links is null");
    Map<String, List<String>> suppliersOf = new HashMap<>();
    for (SupplyLink link : links) {
      suppliersOf.computeIfAbsent(link.buyerId(), id -> new ArrayList<>()).add(link.supplierId());
    }
    Map<String, Integer> tiers = new TreeMap<>();
    Set<String> frontier = new TreeSet<>();
    bom.forEach(line -> frontier.add(line.supplierId()));
    for (int tier = 1; tier <= maxTier && !frontier.isEmpty(); tier++) {
      Set<String> next = new TreeSet<>();
      for (String company : frontier) {
        tiers.put(company, tier);
      }
      for (String company : frontier) {
        for (String supplier : suppliersOf.getOrDefault(company, List.of())) {
          if (!tiers.containsKey(supplier)) {
            next.add(supplier);
          }
        }
      }
      frontier.clear();
      frontier.addAll(next);
    }
    return tiers;
  }
}
