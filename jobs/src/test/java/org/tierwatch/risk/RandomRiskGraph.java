package org.tierwatch.risk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A seeded random supply graph for comparing the Spark stages with the reference: companies,
 * links of a few families, BOM rows of three SKUs, evidence, and at most one remediated company.
 * With {@code acyclic}, every link runs from a higher-numbered company to a lower one.
 */
record RandomRiskGraph(List<SupplyLink> links, List<BomLine> bom, List<Evidence> evidence,
    Set<String> remediated, Map<String, String> skuHsCodes) {
  static final List<String> FAMILIES =
      List.of("fish_raw", "prepared_seafood", "ready_meals", "yarn_fabric", "garments");
  private static final Map<String, String> SKU_FAMILIES = Map.of(
      "S0", "ready_meals", "S1", "garments", "S2", "prepared_seafood");
  private static final Map<String, String> SKU_HS = Map.of(
      "S0", "1902", "S1", "6203", "S2", "1604");

  static RandomRiskGraph of(long seed, boolean acyclic) {
    Random random = new Random(seed);
    int companies = 9;
    Map<String, SupplyLink> links = new LinkedHashMap<>();
    for (int i = 0; i < 28; i++) {
      int supplier = random.nextInt(companies);
      int buyer = random.nextInt(companies);
      if (supplier == buyer || (acyclic && supplier < buyer)) {
        continue;
      }
      String family = FAMILIES.get(random.nextInt(FAMILIES.size()));
      links.putIfAbsent("c" + supplier + ">c" + buyer + "/" + family,
          new SupplyLink("c" + supplier, "c" + buyer, family, share(random)));
    }
    List<BomLine> bom = new ArrayList<>();
    for (String sku : List.of("S0", "S1", "S2")) {
      int lines = 1 + random.nextInt(3);
      for (int i = 0; i < lines; i++) {
        bom.add(new BomLine(sku, SKU_FAMILIES.get(sku), "c" + random.nextInt(3),
            FAMILIES.get(random.nextInt(FAMILIES.size())), share(random), share(random)));
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String company = "c" + random.nextInt(companies);
      Set<String> families = random.nextBoolean() ? Set.of()
          : Set.of(FAMILIES.get(random.nextInt(FAMILIES.size())));
      evidence.add(new Evidence(company, EvidenceType.LOCATION,
          Math.round((0.1 + 0.9 * random.nextDouble()) * 1000) / 1000.0, families,
          "test:" + seed + ":" + i, "random"));
    }
    Set<String> remediated = random.nextInt(3) == 0 ? Set.of("c" + random.nextInt(companies))
        : Set.of();
    return new RandomRiskGraph(List.copyOf(links.values()), bom, evidence, remediated, SKU_HS);
  }

  RandomRiskGraph withEvidence(Evidence extra) {
    List<Evidence> more = new ArrayList<>(evidence);
    more.add(extra);
    return new RandomRiskGraph(links, bom, more, remediated, skuHsCodes);
  }

  List<Decision> decisions() {
    return remediated.stream().map(company -> new Decision(company, DecisionKind.REMEDIATED,
        Set.of(), "test", java.time.LocalDate.of(2026, 1, 1), "")).toList();
  }

  private static double share(Random random) {
    return Math.round((0.05 + 0.95 * random.nextDouble()) * 1000) / 1000.0;
  }
}
