package org.tierwatch.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceRulesTest {
  private final EvidenceRules rules = new EvidenceRules(TestModels.defaults());

  @ParameterizedTest
  @CsvSource({
      "fish_raw, 0.6",
      "prepared_seafood, 0.6",
      "garments, 0.6",
      "ppe, 0.6",
      "wigs_eyelashes, 0.6",
      "electronic_components, 0.6",
      "ready_meals, 0.3",
      "machinery, 0.24",
      "vehicles, 0.24",
      "wood, 0.24",
      "ships, 0.24",
      "minerals, 0.24",
      "other, 0.15",
  })
  void locationScalesBySectorOfTheFamily(String family, double weight) {
    Evidence evidence = rules.location("c1", "LIAONING", 1.0, family, "companies:c1").orElseThrow();
    assertEquals(weight, evidence.weight(), 1e-12);
    assertEquals(EvidenceType.LOCATION, evidence.type());
    assertEquals(Set.of(family), evidence.families());
  }

  @Test
  void locationScalesByConfidenceAndNeedsTheProvinces() {
    assertEquals(0.6 * 0.5 * 0.8,
        rules.location("c1", " jilin ", 0.8, "ready_meals", "r").orElseThrow().weight(), 1e-12);
    assertEquals(Optional.empty(), rules.location("c1", "OTHER", 1.0, "fish_raw", "r"));
    assertEquals(Optional.empty(), rules.location("c1", "UNKNOWN", 1.0, "fish_raw", "r"));
    assertEquals(Optional.empty(), rules.location("c1", null, 1.0, "fish_raw", "r"));
    assertEquals(Optional.empty(), rules.location("c1", "LIAONING", 0.0, "fish_raw", "r"));
    assertThrows(IllegalArgumentException.class,
        () -> rules.location("c1", "LIAONING", 1.2, "fish_raw", "r"));
    assertThrows(IllegalArgumentException.class,
        () -> rules.location("c1", "LIAONING", 1.0, "fish_pie", "r"));
  }

  @ParameterizedTest
  @CsvSource({
      "RU, wood, true",
      "RU, fish_raw, true",
      "RU, garments, true",
      "RU, ships, true",
      "RU, minerals, true",
      "RU, electronic_components, false",
      "PL, ships, true",
      "PL, garments, false",
      "mn, yarn_fabric, true",
      "MN, minerals, true",
      "MN, fish_raw, false",
      "AE, ships, false",
      "QA, garments, false",
      "KW, minerals, false",
      "MY, minerals, true",
      "MY, ppe, true",
      "MY, fish_raw, false",
      "NG, garments, true",
      "NG, minerals, false",
      "KH, prepared_seafood, true",
      "KH, garments, true",
      "KH, wood, false",
      "CN, garments, false",
      "GB, fish_raw, false",
  })
  void overseasLabourOnlyInReportedSectors(String country, String family, boolean expected) {
    Optional<Evidence> evidence = rules.overseasLabour("c1", country, family, "r");
    assertEquals(expected, evidence.isPresent());
    evidence.ifPresent(e -> {
      assertEquals(0.15, e.weight());
      assertEquals(Set.of(family), e.families());
    });
  }

  @Test
  void dprkOriginIsCertainForItsFamily() {
    Evidence evidence = rules.dprkOrigin("c1", " kp", "wigs_eyelashes", "bol:1").orElseThrow();
    assertEquals(1.0, evidence.weight());
    assertEquals(Set.of("wigs_eyelashes"), evidence.families());
    assertEquals("bol:1", evidence.sourceRecord());
    assertEquals(Optional.empty(), rules.dprkOrigin("c1", "KR", "wigs_eyelashes", "bol:2"));
    assertEquals(Optional.empty(), rules.dprkOrigin("c1", null, "wigs_eyelashes", "bol:3"));
  }

  @Test
  void watchlistScalesByMatchScoreOnEveryFamily() {
    Evidence evidence = rules.watchlist("c1", 0.8, "an investigation", "watchlist:7").orElseThrow();
    assertEquals(0.72, evidence.weight(), 1e-12);
    assertTrue(evidence.families().isEmpty());
    assertTrue(evidence.appliesTo("vehicles"));
    assertEquals(Optional.empty(), rules.watchlist("c1", 0.0, "x", "r"));
  }

  @Test
  void reimportProcessingNeedsTheSameCountryBothWays() {
    Evidence evidence = rules.reimportProcessing("c1", "LIAONING", Set.of("GB", "NO"),
        Set.of("gb"), "links:c1").orElseThrow();
    assertEquals(0.5, evidence.weight());
    assertEquals(Set.of("fish_raw", "prepared_seafood"), evidence.families());
    assertEquals(Optional.empty(),
        rules.reimportProcessing("c1", "LIAONING", Set.of("NO"), Set.of("GB"), "r"));
    assertEquals(Optional.empty(),
        rules.reimportProcessing("c1", "OTHER", Set.of("GB"), Set.of("GB"), "r"));
  }

  @Test
  void confirmedAddsCertaintyOnEveryFamilyKeepingAnalystAndDate() {
    DecidedEvidence decided = rules.applyDecisions(List.of(),
        List.of(decision("c1", DecisionKind.CONFIRMED, Set.of(), "2026-03-01")));
    Evidence evidence = decided.evidence().get(0);
    assertEquals(EvidenceType.DECISION, evidence.type());
    assertEquals(1.0, evidence.weight());
    assertTrue(evidence.families().isEmpty());
    assertTrue(evidence.sourceRecord().contains("ana"));
    assertTrue(evidence.sourceRecord().contains("2026-03-01"));
    // The detail is what explanation paths print, so it names the analyst and date too.
    assertTrue(evidence.detail().startsWith("confirmed by ana on 2026-03-01"),
        evidence.detail());
  }

  @Test
  void notInRegionDropsOnlyLocation() {
    Evidence location = rules.location("c1", "LIAONING", 1.0, "fish_raw", "r").orElseThrow();
    Evidence watchlist = rules.watchlist("c1", 1.0, "x", "r").orElseThrow();
    Evidence other = rules.location("c2", "LIAONING", 1.0, "fish_raw", "r").orElseThrow();
    DecidedEvidence decided = rules.applyDecisions(List.of(location, watchlist, other),
        List.of(decision("c1", DecisionKind.NOT_IN_REGION, Set.of(), "2026-03-01")));
    assertEquals(List.of(watchlist, other), decided.evidence());
  }

  @Test
  void wrongProductDropsEvidenceForItsFamilies() {
    Evidence fish = rules.location("c1", "LIAONING", 1.0, "fish_raw", "r").orElseThrow();
    Evidence meals = rules.location("c1", "LIAONING", 1.0, "ready_meals", "r").orElseThrow();
    Evidence watchlist = rules.watchlist("c1", 1.0, "x", "r").orElseThrow();
    DecidedEvidence decided = rules.applyDecisions(List.of(fish, meals, watchlist),
        List.of(decision("c1", DecisionKind.WRONG_PRODUCT, Set.of("fish_raw"), "2026-03-01")));
    assertEquals(2, decided.evidence().size());
    assertEquals(meals, decided.evidence().get(0));
    Evidence narrowed = decided.evidence().get(1);
    assertEquals(EvidenceType.WATCHLIST, narrowed.type());
    assertTrue(!narrowed.appliesTo("fish_raw") && narrowed.appliesTo("ready_meals"));

    DecidedEvidence all = rules.applyDecisions(List.of(fish, watchlist),
        List.of(decision("c1", DecisionKind.WRONG_PRODUCT, Set.of(), "2026-03-01")));
    assertEquals(List.of(), all.evidence());
  }

  @Test
  void decisionsApplyInDateOrder() {
    Evidence fish = rules.location("c1", "LIAONING", 1.0, "fish_raw", "r").orElseThrow();
    DecidedEvidence relapsed = rules.applyDecisions(List.of(fish), List.of(
        decision("c1", DecisionKind.CONFIRMED, Set.of(), "2026-05-01"),
        decision("c1", DecisionKind.REMEDIATED, Set.of(), "2026-02-01")));
    assertEquals(Set.of(), relapsed.remediated());

    DecidedEvidence fixed = rules.applyDecisions(List.of(fish), List.of(
        decision("c1", DecisionKind.CONFIRMED, Set.of(), "2026-02-01"),
        decision("c1", DecisionKind.ENGAGED, Set.of(), "2026-03-01"),
        decision("c1", DecisionKind.REMEDIATED, Set.of(), "2026-04-01")));
    assertEquals(Set.of("c1"), fixed.remediated());
  }

  @Test
  void engagedChangesNothing() {
    Evidence fish = rules.location("c1", "LIAONING", 1.0, "fish_raw", "r").orElseThrow();
    DecidedEvidence decided = rules.applyDecisions(List.of(fish),
        List.of(decision("c1", DecisionKind.ENGAGED, Set.of(), "2026-03-01")));
    assertEquals(List.of(fish), decided.evidence());
    assertEquals(Set.of(), decided.remediated());
  }

  @Test
  void decisionKindsParseAsWrittenInFiles() {
    assertEquals(Optional.of(DecisionKind.NOT_IN_REGION), DecisionKind.parse(" Not_In_Region "));
    assertEquals(Optional.of(DecisionKind.WRONG_PRODUCT), DecisionKind.parse("wrong-product"));
    assertEquals(Optional.empty(), DecisionKind.parse("maybe"));
    assertEquals("remediated", DecisionKind.REMEDIATED.label());
  }

  static Decision decision(String company, DecisionKind kind, Set<String> families, String date) {
    return new Decision(company, kind, families, "ana", LocalDate.parse(date), "");
  }
}
