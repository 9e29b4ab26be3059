package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tierwatch.resolve.ClusterGuard.Assignment;
import org.tierwatch.resolve.ClusterGuard.Conflict;
import org.tierwatch.resolve.ClusterGuard.Edge;
import org.tierwatch.resolve.ClusterGuard.Member;

class ClusterGuardTest {
  private final ClusterGuard guard = new ClusterGuard();

  private static Edge edge(String a, String b, double p) {
    return new Edge(a, b, p, "scored " + p, false);
  }

  /** a ~ b near certainly, b ~ c with probability bc, and a held apart from c by bitsApart. */
  private Map<String, Assignment> chain(double bc, double bitsApart) {
    return guard.split(
        List.of(new Member("a", "CN"), new Member("b", "CN"), new Member("c", "CN")),
        List.of(edge("a", "b", 0.999), edge("b", "c", bc)),
        List.of(new Conflict("a", "c", "scored low", bitsApart)));
  }

  @Test
  void aComponentWithoutConflictsStaysWhole() {
    Map<String, Assignment> out = guard.split(
        List.of(new Member("a", "CN"), new Member("b", null), new Member("c", "CN")),
        List.of(edge("a", "b", 0.99), edge("b", "c", 0.97)), List.of());
    assertEquals("a", out.get("a").clusterKey());
    assertEquals("a", out.get("b").clusterKey());
    assertEquals("a", out.get("c").clusterKey());
    assertEquals(3, out.get("c").clusterSize());
    assertEquals(0.99, out.get("a").matchScore());
    assertEquals(ClusterGuard.BY_MODEL, out.get("b").decidedBy());
    assertTrue(out.get("b").reason().startsWith("with a: scored 0.99"), out.get("b").reason());
  }

  @Test
  void aChainThroughOneWeakLinkIsCutAtThatLink() {
    // ACME FOODS DALIAN (a) ~ ACME FOODS (b) strongly; ACME FOODS ~ ACME FOODS QINGDAO (c)
    // weakly (4.6 bits); a and c were scored apart on words only one has (12 bits), so the weak
    // link goes and a, b stay together.
    Map<String, Assignment> out = chain(0.96, 12.0);
    assertEquals(out.get("a").clusterKey(), out.get("b").clusterKey());
    assertNotEquals(out.get("a").clusterKey(), out.get("c").clusterKey());
    assertEquals(1, out.get("c").clusterSize());
    assertEquals(ClusterGuard.BY_NONE, out.get("c").decidedBy());
    assertTrue(out.get("c").reason().contains("guard refused link b~c"), out.get("c").reason());
    assertTrue(out.get("c").reason().endsWith("12.0 bits apart, 4.6 for"),
        out.get("c").reason());
  }

  @Test
  void aNearCertainMatchOutweighsAConflictWithOneOtherMisspelling() {
    // A misspelt record (c) matches the company's usual spelling (b) near certainly, 13 bits;
    // against another misspelling of the company (a) it scored low, but with only 7 bits
    // apart: the name word each misspelt.
    Map<String, Assignment> out = chain(0.9999, 7.0);
    assertEquals(3, out.get("c").clusterSize());
  }

  @Test
  void aConflictMustCarryItsBitsApart() {
    assertThrows(IllegalArgumentException.class,
        () -> new Conflict("a", "c", "scored p=0.01", Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> new Conflict("a", "c", "scored p=0.01", -1.0));
  }

  @Test
  void twoKnownCountriesNeverShareACompanyEvenThroughARecordWithoutOne() {
    Map<String, Assignment> out = guard.split(
        List.of(new Member("a", "CN"), new Member("b", null), new Member("c", "KR")),
        List.of(edge("a", "b", 0.98), edge("b", "c", 0.99)), List.of());
    assertEquals(out.get("b").clusterKey(), out.get("c").clusterKey());
    assertNotEquals(out.get("a").clusterKey(), out.get("b").clusterKey());
    assertTrue(out.get("a").reason().contains("countries CN\u2260KR"), out.get("a").reason());
  }

  @Test
  void anAnalystsSameCompanyDecisionOverridesTheGuard() {
    Map<String, Assignment> out = guard.split(
        List.of(new Member("a", "CN"), new Member("b", "HK")),
        List.of(new Edge("a", "b", 1.0, "analyst x decided same_company", true)), List.of());
    assertEquals("a", out.get("b").clusterKey());
    assertEquals(ClusterGuard.BY_ANALYST, out.get("a").decidedBy());
  }

  @Test
  void aNotSameDecisionSplitsAComponentThatLinkedTheTwo() {
    Map<String, Assignment> out = guard.split(
        List.of(new Member("a", null), new Member("b", null), new Member("c", null),
            new Member("d", null)),
        List.of(edge("a", "b", 0.99), edge("b", "c", 0.97), edge("c", "d", 0.99)),
        List.of(Conflict.decided("a", "d", "analyst y decided not_same_company")));
    assertEquals(out.get("a").clusterKey(), out.get("b").clusterKey());
    assertEquals(out.get("c").clusterKey(), out.get("d").clusterKey());
    assertNotEquals(out.get("a").clusterKey(), out.get("d").clusterKey());
  }

  @Test
  void theOutcomeDoesNotDependOnTheOrderOfTheInput() {
    List<Member> members = List.of(new Member("a", null), new Member("b", null),
        new Member("c", null));
    List<Edge> edges = List.of(edge("a", "b", 0.97), edge("b", "c", 0.97));
    List<Conflict> conflicts = List.of(new Conflict("a", "c", "scored p=0.1", 5.0));
    assertEquals(guard.split(members, edges, conflicts),
        guard.split(reversed(members), reversed(edges), conflicts));
  }

  @Test
  void aRefusalNamesTheStrongestConflictWhateverOrderTheyCameIn() {
    List<Member> members = List.of(new Member("a", "CN"), new Member("b", "CN"),
        new Member("c", "CN"));
    List<Edge> edges = List.of(edge("a", "b", 0.999), edge("b", "c", 0.96));
    List<Conflict> conflicts = List.of(new Conflict("a", "c", "scored weakly apart", 3.0),
        new Conflict("b", "c", "scored strongly apart", 9.0));
    for (List<Conflict> order : List.of(conflicts, reversed(conflicts))) {
      String reason = guard.split(members, edges, order).get("c").reason();
      assertTrue(reason.contains("c vs b scored strongly apart; 12.0 bits apart"), reason);
    }
  }

  @Test
  void twoHalvesWithManyMatchesAcrossMergeDespiteOneLowScoredPair() {
    // A huge shipper: {a, b} and {c, d} match each other three times (15 bits); one misspelt
    // pair (a, d) scored low with 8 bits against. It does not outweigh the three matches.
    Map<String, Assignment> out = guard.split(
        List.of(new Member("a", "KR"), new Member("b", "KR"), new Member("c", "KR"),
            new Member("d", "KR")),
        List.of(edge("a", "b", 0.999), edge("c", "d", 0.999), edge("a", "c", 0.98),
            edge("b", "c", 0.97), edge("b", "d", 0.96)),
        List.of(new Conflict("a", "d", "scored p=0.02", 8.0)));
    assertEquals(4, out.get("a").clusterSize());
  }

  @Test
  void anAnalystsNotSameDecisionOutweighsAnyNumberOfMatches() {
    Map<String, Assignment> out = guard.split(
        List.of(new Member("a", "KR"), new Member("b", "KR"), new Member("c", "KR"),
            new Member("d", "KR")),
        List.of(edge("a", "b", 0.999), edge("c", "d", 0.999), edge("a", "c", 0.98),
            edge("b", "c", 0.97), edge("b", "d", 0.96)),
        List.of(Conflict.decided("a", "d", "analyst y decided not_same_company")));
    assertNotEquals(out.get("a").clusterKey(), out.get("d").clusterKey());
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new java.util.ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }
}
