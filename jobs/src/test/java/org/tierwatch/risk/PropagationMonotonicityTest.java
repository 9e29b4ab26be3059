package org.tierwatch.risk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Property: on random graphs, adding a piece of evidence or a supply link never lowers any score
 * (R and E per state, company and SKU scores). The tolerance allows for the epsilon stop, which
 * can end a larger graph's rounds one round earlier than a smaller one's.
 */
class PropagationMonotonicityTest {
  private static final List<String> FAMILIES =
      List.of("fish_raw", "prepared_seafood", "ready_meals", "other");
  private static final EvidenceType[] TYPES = EvidenceType.values();
  private static final int GRAPHS = 300;
  private static final double TOLERANCE = 1e-7;

  private final ReferencePropagator propagator = new ReferencePropagator(TestModels.defaults());

  @Test
  void addingEvidenceOrALinkNeverLowersAScore() {
    SplittableRandom random = new SplittableRandom(20261122L);
    for (int graph = 0; graph < GRAPHS; graph++) {
      int companies = 2 + random.nextInt(7);
      List<Evidence> evidence = new ArrayList<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        evidence.add(randomEvidence(random, companies));
      }
      List<SupplyLink> links = new ArrayList<>();
      for (int i = random.nextInt(2 * companies + 1); i > 0; i--) {
        links.add(randomLink(random, companies));
      }
      List<BomLine> bom = new ArrayList<>();
      for (int i = 1 + random.nextInt(4); i > 0; i--) {
        int sku = random.nextInt(2);
        bom.add(new BomLine("sku" + sku, sku == 0 ? "ready_meals" : "other",
            company(random, companies), family(random), random.nextDouble(),
            random.nextDouble()));
      }
      PropagationResult before = propagator.propagate(evidence, links, bom, List.of());

      List<Evidence> moreEvidence = new ArrayList<>(evidence);
      List<SupplyLink> moreLinks = new ArrayList<>(links);
      if (random.nextBoolean()) {
        moreEvidence.add(randomEvidence(random, companies));
      } else {
        moreLinks.add(randomLink(random, companies));
      }
      PropagationResult after = propagator.propagate(moreEvidence, moreLinks, bom, List.of());
      assertNotLower(before, after, "graph " + graph);
    }
  }

  private static void assertNotLower(PropagationResult before, PropagationResult after,
      String graph) {
    for (CompanyFamilyRisk state : before.companyFamilyRisks()) {
      CompanyFamilyRisk later =
          after.companyFamily(state.companyId(), state.family()).orElseThrow();
      assertTrue(later.risk() >= state.risk() - TOLERANCE, graph + ": R " + state + " -> " + later);
      assertTrue(later.exposureShare() >= state.exposureShare() - TOLERANCE,
          graph + ": E " + state + " -> " + later);
    }
    for (CompanyRisk company : before.companyRisks()) {
      CompanyRisk later = after.company(company.companyId()).orElseThrow();
      assertTrue(later.riskScore() >= company.riskScore() - TOLERANCE, graph + ": " + company);
    }
    for (SkuRisk sku : before.skuRisks()) {
      SkuRisk later = after.sku(sku.sku()).orElseThrow();
      assertTrue(later.riskScore() >= sku.riskScore() - TOLERANCE, graph + ": " + sku);
      assertTrue(later.exposureShare() >= sku.exposureShare() - TOLERANCE, graph + ": " + sku);
    }
  }

  private static Evidence randomEvidence(SplittableRandom random, int companies) {
    Set<String> scope = random.nextBoolean() ? Set.of() : Set.of(family(random));
    return new Evidence(company(random, companies), TYPES[random.nextInt(TYPES.length)],
        random.nextDouble(), scope, "random", "");
  }

  private static SupplyLink randomLink(SplittableRandom random, int companies) {
    return new SupplyLink(company(random, companies), company(random, companies), family(random),
        random.nextDouble());
  }

  private static String company(SplittableRandom random, int companies) {
    return "c" + random.nextInt(companies);
  }

  private static String family(SplittableRandom random) {
    return FAMILIES.get(random.nextInt(FAMILIES.size()));
  }
}
