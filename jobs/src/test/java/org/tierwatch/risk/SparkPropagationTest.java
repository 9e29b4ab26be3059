package org.tierwatch.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tierwatch.spark.SparkSessionExtension;
import org.tierwatch.spark.SharedSparkSession;

/** The Spark propagation and paths against {@link ReferencePropagator} on seeded random graphs. */
@ExtendWith(SparkSessionExtension.class)
class SparkPropagationTest {
  private static final double TOLERANCE = 1e-9;

  private final RiskModel model = TestModels.defaults();
  private final ReferencePropagator reference = new ReferencePropagator(model);

  @Test
  void scoresEqualTheReferenceOnAGraphWithCycles(SharedSparkSession spark, @TempDir Path dir) {
    RandomRiskGraph graph = RandomRiskGraph.of(11, false);
    SparkRiskRun run = SparkRiskRun.of(spark.spark(), dir, "tw_cyclic", graph, model);
    assertSameScores(propagate(graph), run);
  }

  @Test
  void scoresAndPathsEqualTheReferenceOnAGraphWithoutCyclesAndMoreEvidenceNeverLowersThem(
      SharedSparkSession spark, @TempDir Path dir) {
    RandomRiskGraph graph = RandomRiskGraph.of(49, true);
    SparkRiskRun run = SparkRiskRun.of(spark.spark(), dir, "tw_acyclic", graph, model);
    PropagationResult expected = propagate(graph);
    assertSameScores(expected, run);
    assertSamePaths(expected, run);

    RandomRiskGraph more = graph.withEvidence(new Evidence("c5", EvidenceType.WATCHLIST, 0.4,
        Set.of(), "test:extra", "extra"));
    SparkRiskRun after = SparkRiskRun.of(spark.spark(), dir, "tw_more", more, model);
    assertSameScores(propagate(more), after);
    run.states().forEach((state, was) ->
        assertTrue(after.states().get(state)[1] >= was[1] - 1e-12, state));
    run.skus().forEach((sku, was) -> assertTrue(after.skus().get(sku)[0] >= was[0] - 1e-12, sku));
  }

  private PropagationResult propagate(RandomRiskGraph graph) {
    return reference.propagate(graph.evidence(), graph.links(), graph.bom(), graph.decisions());
  }

  private static void assertSameScores(PropagationResult expected, SparkRiskRun run) {
    assertEquals(expected.companyFamilyRisks().size(), run.states().size());
    for (CompanyFamilyRisk state : expected.companyFamilyRisks()) {
      double[] got = run.states().get(state.companyId() + "/" + state.family());
      assertNotNull(got, state.toString());
      assertEquals(state.ownRisk(), got[0], TOLERANCE, state.toString());
      assertEquals(state.risk(), got[1], TOLERANCE, state.toString());
      assertEquals(state.exposureShare(), got[2], TOLERANCE, state.toString());
    }
    for (SkuRisk sku : expected.skuRisks()) {
      double[] got = run.skus().get(sku.sku());
      assertEquals(sku.riskScore(), got[0], TOLERANCE, sku.sku());
      assertEquals(sku.exposureShare(), got[1], TOLERANCE, sku.sku());
    }
    assertEquals(expected.rounds(), run.rounds());
  }

  private static void assertSamePaths(PropagationResult expected, SparkRiskRun run) {
    assertTrue(expected.paths().size() >= 10, "the graph explains enough to compare");
    assertEquals(expected.paths().size(), run.paths().size());
    for (RiskPath path : expected.paths()) {
      String key = (path.target() == PathTarget.SKU ? "sku" : "company") + ":" + path.targetId()
          + "#" + path.rank();
      Row got = run.paths().get(key);
      assertNotNull(got, key);
      assertEquals(path.contribution(), (double) got.getAs("contribution"), TOLERANCE, key);
      assertEquals(path.sourceCompanyId(), got.getAs("source_company_id"), key);
      List<Row> hops = got.getList(got.fieldIndex("hops"));
      assertEquals(path.hops().size(), hops.size(), key);
      for (int i = 0; i < hops.size(); i++) {
        assertEquals(path.hops().get(i).supplierId(), hops.get(i).getAs("supplier_company_id"));
        assertEquals(path.hops().get(i).buyerId(), hops.get(i).getAs("buyer_id"));
        assertEquals(path.hops().get(i).familyOut(), hops.get(i).getAs("family_out"));
      }
    }
  }
}
