package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * An explanation path from an evidence-bearing source (company and family) to a SKU or company,
 * hops in flow order (source first). contribution = r0(source, sourceFamily) x PRODUCT over hops
 * (d x sigma^gamma). A company's own evidence is a path with no hops. Rank 1 is the strongest.
 */
public record RiskPath(
    PathTarget target,
    String targetId,
    String targetFamily,
    int rank,
    double contribution,
    String sourceCompanyId,
    String sourceFamily,
    double sourceOwnRisk,
    List<Evidence> sourceEvidence,
    List<PathHop> hops) {
  public RiskPath {
    requireNonNull(target, "target is null");
    requireNonNull(targetId, "targetId is null");
    requireNonNull(targetFamily, "targetFamily is null");
    requireNonNull(sourceCompanyId, "sourceCompanyId is null");
    requireNonNull(sourceFamily, "sourceFamily is null");
    requireNonNull(sourceEvidence, "sourceEvidence is null");
    requireNonNull(hops, "hops is null");
    sourceEvidence = List.copyOf(sourceEvidence);
    hops = List.copyOf(hops);
    if (rank < 1) {
      throw new IllegalArgumentException("rank starts at 1, got " + rank);
    }
    if (target == PathTarget.SKU && hops.isEmpty()) {
      throw new IllegalArgumentException("a path to a SKU has at least its BOM hop");
    }
  }

  /** The companies on the path in flow order, source first (a SKU is not among them). */
  public List<String> companies() {
    List<String> companies = new ArrayList<>();
    companies.add(sourceCompanyId);
    for (int i = 0; i < hops.size(); i++) {
      boolean bomHop = target == PathTarget.SKU && i == hops.size() - 1;
      if (!bomHop) {
        companies.add(hops.get(i).buyerId());
      }
    }
    return companies;
  }
}
