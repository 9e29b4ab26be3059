package org.tierwatch.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Small graphs whose scores are computed by hand with the shipped decay d and gamma = 0.5. */
class ReferencePropagatorTest {
  private static final double D = TestModels.defaults().propagation().tierDecay();
  private static final double TOLERANCE = 1e-12;

  private final RiskModel model = TestModels.defaults();
  private final ReferencePropagator propagator = new ReferencePropagator(model);

  static Evidence evidence(String company, double weight, String... families) {
    return new Evidence(company, EvidenceType.LOCATION, weight, Set.of(families), "test:" + company,
        "");
  }

  @Test
  void chainOfThree() {
    PropagationResult result = propagator.propagate(
        List.of(evidence("dalian", 0.6, "fish_raw")),
        List.of(new SupplyLink("dalian", "processor", "fish_raw", 0.49),
            new SupplyLink("processor", "harbour", "prepared_seafood", 0.36)),
        List.of(new BomLine("FP-100", "ready_meals", "harbour", "prepared_seafood", 0.25, 1.0)),
        List.of());

    double processor = D * 0.6 * 0.7;
    double harbour = D * processor * 0.6;
    double sku = D * harbour;
    assertEquals(0.399, processor, TOLERANCE);
    assertState(result, "dalian", "fish_raw", 0.6, 0.6);
    assertState(result, "processor", "prepared_seafood", processor, 0.49 * 0.6);
    assertState(result, "harbour", "prepared_seafood", harbour, 0.36 * 0.49 * 0.6);
    SkuRisk skuRisk = result.sku("FP-100").orElseThrow();
    assertEquals(sku, skuRisk.riskScore(), TOLERANCE);
    assertEquals(0.25 * 0.36 * 0.49 * 0.6, skuRisk.exposureShare(), TOLERANCE);
    assertEquals(Band.MEDIUM, skuRisk.band());
    assertEquals(Map.of("harbour", 1, "processor", 2, "dalian", 3), result.tiers());
    assertEquals(OptionalInt.of(3), result.company("dalian").orElseThrow().tier());
    assertEquals(Band.HIGH, result.company("dalian").orElseThrow().band());
    assertEquals(3, result.rounds(), "two rounds move risk two links, the third moves nothing");
  }

  @Test
  void twoSuppliersSharingAnInput() {
    PropagationResult result = propagator.propagate(
        List.of(evidence("source", 0.6, "fish_raw")),
        List.of(new SupplyLink("source", "a", "fish_raw", 0.5),
            new SupplyLink("source", "b", "fish_raw", 1.0)),
        List.of(new BomLine("SKU", "ready_meals", "a", "prepared_seafood", 0.3, 0.6),
            new BomLine("SKU", "ready_meals", "b", "prepared_seafood", 0.2, 0.4)),
        List.of());

    double a = D * 0.6 * Math.sqrt(0.5);
    double b = D * 0.6;
    assertState(result, "a", "prepared_seafood", a, 0.3);
    assertState(result, "b", "prepared_seafood", b, 0.6);
    SkuRisk sku = result.sku("SKU").orElseThrow();
    assertEquals(1 - (1 - D * a * Math.sqrt(0.6)) * (1 - D * b * Math.sqrt(0.4)),
        sku.riskScore(), TOLERANCE);
    assertEquals(0.3 * 0.3 + 0.2 * 0.6, sku.exposureShare(), TOLERANCE);
  }

  @Test
  void aFamilyThatCannotTransformBlocksRisk() {
    PropagationResult result = propagator.propagate(
        List.of(evidence("source", 1.0, "fish_raw")),
        List.of(new SupplyLink("source", "tailor", "fish_raw", 1.0)),
        List.of(new BomLine("SHIRT", "garments", "tailor", "garments", 1.0, 1.0)),
        List.of());
    assertState(result, "tailor", "garments", 0.0, 0.0);
    assertEquals(0.0, result.sku("SHIRT").orElseThrow().riskScore());
    assertEquals(Band.NONE, result.sku("SHIRT").orElseThrow().band());
    assertTrue(result.pathsTo(PathTarget.SKU, "SHIRT").isEmpty());
  }

  @Test
  void aTraderPassesRiskOfTheSameFamily() {
    PropagationResult result = propagator.propagate(
        List.of(evidence("source", 0.6, "fish_raw")),
        List.of(new SupplyLink("source", "trader", "fish_raw", 1.0),
            new SupplyLink("trader", "kitchen", "fish_raw", 0.64)),
        List.of(new BomLine("MEAL", "ready_meals", "kitchen", "ready_meals", 1.0, 1.0)),
        List.of());
    double trader = D * 0.6;
    double kitchen = D * trader * 0.8;
    assertState(result, "trader", "fish_raw", trader, 0.6);
    assertState(result, "kitchen", "ready_meals", kitchen, 0.64 * 0.6);
    assertEquals(D * kitchen, result.sku("MEAL").orElseThrow().riskScore(), TOLERANCE);
  }

  @Test
  void ownEvidenceAndInboundRiskCombine() {
    PropagationResult result = propagator.propagate(
        List.of(evidence("source", 0.6, "fish_raw"), evidence("kitchen", 0.3)),
        List.of(new SupplyLink("source", "kitchen", "fish_raw", 0.25)),
        List.of(new BomLine("MEAL", "ready_meals", "kitchen", "ready_meals", 1.0, 1.0)),
        List.of());
    assertState(result, "kitchen", "ready_meals", 1 - 0.7 * (1 - D * 0.6 * 0.5),
        1 - 0.7 * (1 - 0.25 * 0.6));
  }

  @Test
  void exposureTakesTheLargestInputFamilyAndIsCapped() {
    PropagationResult result = propagator.propagate(
        List.of(evidence("fish1", 1.0), evidence("fish2", 1.0), evidence("prawns", 0.15),
            evidence("chips", 1.0)),
        List.of(new SupplyLink("fish1", "kitchen", "fish_raw", 0.7),
            new SupplyLink("fish2", "kitchen", "fish_raw", 0.6),
            new SupplyLink("prawns", "kitchen", "prepared_seafood", 1.0),
            new SupplyLink("chips", "kitchen", "other", 1.0)),
        List.of(new BomLine("MEAL", "ready_meals", "kitchen", "ready_meals", 0.5, 1.0),
            new BomLine("MEAL", "ready_meals", "prawns", "prepared_seafood", 0.5, 1.0)),
        List.of());
    assertEquals(1.0, result.companyFamily("kitchen", "ready_meals").orElseThrow()
        .exposureShare(), TOLERANCE);
    assertEquals(0.5 * 1.0 + 0.5 * 0.15, result.sku("MEAL").orElseThrow().exposureShare(),
        TOLERANCE);
  }

  @Test
  void aBomRowCountsWhateverItsFamily() {
    PropagationResult result = propagator.propagate(
        List.of(evidence("mill", 0.6)), List.of(),
        List.of(new BomLine("MEAL", "ready_meals", "mill", "wood", 0.04, 0.04)), List.of());
    assertEquals(D * 0.6 * 0.2, result.sku("MEAL").orElseThrow().riskScore(), TOLERANCE);
  }

  @Test
  void evidenceOutsideItsFamiliesDoesNotCount() {
    PropagationResult result = propagator.propagate(
        List.of(evidence("mill", 0.6, "fish_raw")), List.of(),
        List.of(new BomLine("MEAL", "ready_meals", "mill", "wood", 1.0, 1.0)), List.of());
    assertEquals(0.0, result.sku("MEAL").orElseThrow().riskScore());
    assertTrue(result.companyRisks().stream().allMatch(c -> c.riskScore() == 0.0));
  }

  @Test
  void remediatedCompanyPassesNothing() {
    PropagationResult result = propagator.propagate(
        List.of(evidence("source", 0.6, "fish_raw"), evidence("trader", 0.5)),
        List.of(new SupplyLink("source", "trader", "fish_raw", 1.0)),
        List.of(new BomLine("MEAL", "ready_meals", "trader", "fish_raw", 1.0, 1.0)),
        List.of(new Decision("trader", DecisionKind.REMEDIATED, Set.of(), "ana",
            LocalDate.parse("2026-06-30"), "audited")));
    assertState(result, "trader", "fish_raw", 0.0, 0.0);
    assertEquals(0.0, result.sku("MEAL").orElseThrow().riskScore());
    assertEquals(0.6, result.company("source").orElseThrow().riskScore(), TOLERANCE);
  }

  @Test
  void confirmedCompanyIsCertain() {
    PropagationResult result = propagator.propagate(
        List.of(),
        List.of(new SupplyLink("factory", "brand", "garments", 1.0)),
        List.of(new BomLine("SHIRT", "garments", "brand", "garments", 1.0, 1.0)),
        List.of(new Decision("factory", DecisionKind.CONFIRMED, Set.of(), "ana",
            LocalDate.parse("2026-06-30"), "site visit")));
    assertState(result, "factory", "garments", 1.0, 1.0);
    assertEquals(D * D, result.sku("SHIRT").orElseThrow().riskScore(), TOLERANCE);
    assertEquals(1.0, result.sku("SHIRT").orElseThrow().exposureShare(), TOLERANCE);
  }

  @Test
  void cyclesTerminateAtTheFixedPoint() {
    RiskModel deep = TestModels.withDepth(10_000);
    PropagationResult result = new ReferencePropagator(deep).propagate(
        List.of(evidence("a", 0.4)),
        List.of(new SupplyLink("a", "b", "fish_raw", 1.0),
            new SupplyLink("b", "a", "fish_raw", 1.0)),
        List.of(new BomLine("MEAL", "ready_meals", "a", "fish_raw", 1.0, 1.0)),
        List.of());
    double a = 0.4 / (1 - 0.6 * D * D);
    assertEquals(a, result.companyFamily("a", "fish_raw").orElseThrow().risk(), 1e-8);
    assertEquals(D * a, result.companyFamily("b", "fish_raw").orElseThrow().risk(), 1e-8);
    assertTrue(result.rounds() < 200, "stopped at epsilon after " + result.rounds() + " rounds");

    PropagationResult bounded = propagator.propagate(
        List.of(evidence("a", 0.4)),
        List.of(new SupplyLink("a", "b", "fish_raw", 1.0),
            new SupplyLink("b", "a", "fish_raw", 1.0)),
        List.of(new BomLine("MEAL", "ready_meals", "a", "fish_raw", 1.0, 1.0)),
        List.of());
    assertEquals(model.propagation().maxDepth(), bounded.rounds());
  }

  @Test
  void riskTravelsAtMostMaxDepthLinks() {
    RiskModel shallow = TestModels.withDepth(2);
    List<SupplyLink> chain = List.of(new SupplyLink("t4", "t3", "fish_raw", 1.0),
        new SupplyLink("t3", "t2", "fish_raw", 1.0),
        new SupplyLink("t2", "t1", "fish_raw", 1.0));
    List<BomLine> bom = List.of(new BomLine("MEAL", "ready_meals", "t1", "fish_raw", 1.0, 1.0));

    PropagationResult fromTier3 = new ReferencePropagator(shallow)
        .propagate(List.of(evidence("t3", 1.0)), chain, bom, List.of());
    assertEquals(D * D * D, fromTier3.sku("MEAL").orElseThrow().riskScore(), TOLERANCE);
    assertEquals(1, fromTier3.pathsTo(PathTarget.SKU, "MEAL").size());

    PropagationResult fromTier4 = new ReferencePropagator(shallow)
        .propagate(List.of(evidence("t4", 1.0)), chain, bom, List.of());
    assertEquals(0.0, fromTier4.sku("MEAL").orElseThrow().riskScore());
    assertTrue(fromTier4.pathsTo(PathTarget.SKU, "MEAL").isEmpty());
    assertEquals(Map.of("t1", 1, "t2", 2, "t3", 3), fromTier4.tiers());
  }

  @Test
  void tiersKeepTheShortestDistanceThroughAnyFamily() {
    PropagationResult result = propagator.propagate(List.of(),
        List.of(new SupplyLink("far", "mid", "other", 1.0),
            new SupplyLink("mid", "near", "wood", 1.0),
            new SupplyLink("far", "near", "fish_raw", 1.0),
            new SupplyLink("near", "mid", "garments", 1.0),
            new SupplyLink("loner", "nobody", "fish_raw", 1.0)),
        List.of(new BomLine("X", "other", "near", "other", 1.0, 1.0)),
        List.of());
    assertEquals(Map.of("near", 1, "mid", 2, "far", 2), result.tiers());
    assertEquals(OptionalInt.empty(), result.company("loner").orElseThrow().tier());
  }

  private static void assertState(PropagationResult result, String company, String family,
      double risk, double exposure) {
    CompanyFamilyRisk state = result.companyFamily(company, family).orElseThrow();
    assertEquals(risk, state.risk(), TOLERANCE, "R(" + company + ", " + family + ")");
    assertEquals(exposure, state.exposureShare(), TOLERANCE, "E(" + company + ", " + family + ")");
  }
}
