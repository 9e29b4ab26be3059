package org.tierwatch.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RiskPathTest {
  private static final double D = TestModels.defaults().propagation().tierDecay();
  private static final double TOLERANCE = 1e-12;

  private final ReferencePropagator propagator = new ReferencePropagator(TestModels.defaults());

  private static Evidence location(String company, double weight, String family) {
    return new Evidence(company, EvidenceType.LOCATION, weight, Set.of(family), "companies:" + company,
        "");
  }

  @Test
  void topKPathsByContribution() {
    PropagationResult result = propagator.propagate(
        List.of(location("s1", 0.3, "fish_raw"), location("s2", 0.9, "fish_raw"),
            location("s3", 0.5, "fish_raw"), location("s4", 0.7, "fish_raw")),
        List.of(),
        List.of(new BomLine("MEAL", "ready_meals", "s1", "fish_raw", 1.0, 1.0),
            new BomLine("MEAL", "ready_meals", "s2", "fish_raw", 1.0, 1.0),
            new BomLine("MEAL", "ready_meals", "s3", "fish_raw", 1.0, 1.0),
            new BomLine("MEAL", "ready_meals", "s4", "fish_raw", 1.0, 1.0)),
        List.of());
    List<RiskPath> paths = result.pathsTo(PathTarget.SKU, "MEAL");
    assertEquals(List.of("s2", "s4", "s3"), paths.stream().map(RiskPath::sourceCompanyId).toList());
    assertEquals(List.of(1, 2, 3), paths.stream().map(RiskPath::rank).toList());
    assertEquals(List.of(D * 0.9, D * 0.7, D * 0.5),
        paths.stream().map(RiskPath::contribution).toList());
  }

  @Test
  void aChainHasOnePathWhoseContributionIsTheScore() {
    PropagationResult result = propagator.propagate(
        List.of(location("dalian", 0.6, "fish_raw")),
        List.of(new SupplyLink("dalian", "processor", "fish_raw", 0.49),
            new SupplyLink("processor", "harbour", "prepared_seafood", 0.36)),
        List.of(new BomLine("FP-100", "ready_meals", "harbour", "prepared_seafood", 0.25, 0.25)),
        List.of());
    RiskPath path = result.pathsTo(PathTarget.SKU, "FP-100").get(0);
    assertEquals(result.sku("FP-100").orElseThrow().riskScore(), path.contribution(), TOLERANCE);
    assertEquals(0.6 * (D * 0.7) * (D * 0.6) * (D * 0.5), path.contribution(), TOLERANCE);
    assertEquals(List.of(
        new PathHop("dalian", "processor", "fish_raw", "prepared_seafood", 0.49),
        new PathHop("processor", "harbour", "prepared_seafood", "prepared_seafood", 0.36),
        new PathHop("harbour", "FP-100", "prepared_seafood", "ready_meals", 0.25)), path.hops());
    assertEquals(List.of("dalian", "processor", "harbour"), path.companies());
    assertEquals("fish_raw", path.sourceFamily());
    assertEquals(0.6, path.sourceOwnRisk(), TOLERANCE);
    assertEquals(List.of(location("dalian", 0.6, "fish_raw")), path.sourceEvidence());

    PathRenderer renderer = new PathRenderer(
        Map.of("harbour", new CompanyLabel("Harbour Foods Ltd", "GB"),
            "dalian", new CompanyLabel("Dalian Ocean Co", "LIAONING")),
        Map.of("FP-100", "fish pie"), result.tiers());
    assertEquals("SKU FP-100 fish pie <- Harbour Foods Ltd (GB, tier 1) [prepared_seafood]"
        + " <- processor (tier 2) [prepared_seafood] <- Dalian Ocean Co (LIAONING, tier 3)"
        + " [fish_raw] evidence: LOCATION 0.6", renderer.render(path));
  }

  @Test
  void companiesGetPathsIncludingTheirOwnEvidence() {
    PropagationResult result = propagator.propagate(
        List.of(location("source", 0.6, "fish_raw"), location("kitchen", 0.2, "ready_meals")),
        List.of(new SupplyLink("source", "kitchen", "fish_raw", 1.0),
            new SupplyLink("kitchen", "shop", "ready_meals", 1.0)),
        List.of(),
        List.of());
    List<RiskPath> paths = result.pathsTo(PathTarget.COMPANY, "kitchen");
    assertEquals(2, paths.size());
    assertEquals("source", paths.get(0).sourceCompanyId());
    assertEquals(D * 0.6, paths.get(0).contribution(), TOLERANCE);
    assertEquals("ready_meals", paths.get(0).targetFamily());
    assertTrue(paths.get(1).hops().isEmpty());
    assertEquals(0.2, paths.get(1).contribution(), TOLERANCE);
    assertEquals("kitchen (tier 1) [ready_meals] evidence: LOCATION 0.2",
        new PathRenderer(Map.of(), Map.of(), Map.of("kitchen", 1)).render(paths.get(1)));
    assertTrue(result.pathsTo(PathTarget.COMPANY, "shop").isEmpty(), "shop ships nothing");
  }

  @Test
  void pathsAreSimple() {
    PropagationResult result = propagator.propagate(
        List.of(location("a", 0.5, "fish_raw"), location("b", 0.5, "fish_raw")),
        List.of(new SupplyLink("a", "b", "fish_raw", 1.0),
            new SupplyLink("b", "a", "fish_raw", 1.0),
            new SupplyLink("b", "c", "fish_raw", 1.0),
            new SupplyLink("c", "a", "fish_raw", 1.0)),
        List.of(new BomLine("MEAL", "ready_meals", "a", "fish_raw", 1.0, 1.0)),
        List.of());
    List<RiskPath> all = result.paths();
    assertTrue(all.size() > 3);
    for (RiskPath path : all) {
      List<String> companies = path.companies();
      assertEquals(companies.size(), new HashSet<>(companies).size(), companies.toString());
      double expected = path.sourceOwnRisk();
      for (PathHop hop : path.hops()) {
        expected *= D * Math.sqrt(hop.sigma());
      }
      assertEquals(expected, path.contribution(), TOLERANCE);
    }
    List<RiskPath> meal = result.pathsTo(PathTarget.SKU, "MEAL");
    assertEquals(List.of(D * 0.5, D * D * 0.5, D * D * D * 0.5),
        meal.stream().map(RiskPath::contribution).toList());
    assertEquals(List.of("a"), meal.get(0).companies());
    assertEquals(List.of("b", "a"), meal.get(1).companies());
    assertEquals(List.of("b", "c", "a"), meal.get(2).companies());
  }
}
