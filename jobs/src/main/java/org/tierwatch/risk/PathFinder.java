package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the top-k simple explanation paths to a target by walking supply links upstream,
 * best-first pruned: every hop factor and own risk is at most 1, so a partial product below the
 * k-th best contribution found so far cannot lead to a better path.
 */
final class PathFinder {
  /** Where a walk starts: a state of the target, the factor and hop that led to it (if any). */
  record Start(CompanyFamily state, double factor, PathHop hop) {
    Start {
      requireNonNull(state, "state is null");
    }
  }

  /** A found path before ranking: hops in flow order, source first. */
  record Found(double contribution, CompanyFamily source, List<PathHop> hops) {
    Found {
      requireNonNull(source, "source is null");
      requireNonNull(hops, "hops is null");
    }
  }

  private static final Comparator<Found> BEST_FIRST =
      Comparator.comparingDouble(Found::contribution).reversed()
          .thenComparingInt(found -> found.hops().size())
          .thenComparing(PathFinder::key);

  private final int maxDepth;
  private final int topK;
  private final Map<CompanyFamily, Double> ownRisk;
  private final Map<CompanyFamily, List<InboundFeed>> inbound;
  private final Set<String> remediated;

  PathFinder(PropagationSettings settings, Map<CompanyFamily, Double> ownRisk,
      Map<CompanyFamily, List<InboundFeed>> inbound, Set<String> remediated) {
    this.maxDepth = settings.maxDepth();
    this.topK = settings.topKPaths();
    this.ownRisk = requireNonNull(ownRisk, "ownRisk is null");
    this.inbound = requireNonNull(inbound, "inbound is null");
    this.remediated = requireNonNull(remediated, "remediated is null");
  }

  /** The best paths from any start, best first, at most top-k. */
  List<Found> best(List<Start> starts) {
    List<Found> best = new ArrayList<>();
    for (Start start : starts) {
      if (start.factor() <= 0.0 || remediated.contains(start.state().companyId())) {
        continue;
      }
      Deque<PathHop> hops = new ArrayDeque<>();
      if (start.hop() != null) {
        hops.push(start.hop());
      }
      Set<String> visited = new HashSet<>();
      visited.add(start.state().companyId());
      walk(start.state(), start.factor(), 0, hops, visited, best);
    }
    return best;
  }

  private void walk(CompanyFamily state, double factor, int depth, Deque<PathHop> hops,
      Set<String> visited, List<Found> best) {
    double own = ownRisk.getOrDefault(state, 0.0);
    if (own > 0.0) {
      offer(new Found(own * factor, state, List.copyOf(hops)), best);
    }
    if (depth == maxDepth) {
      return;
    }
    for (InboundFeed feed : inbound.getOrDefault(state, List.of())) {
      String supplier = feed.source().companyId();
      double next = factor * feed.factor();
      if (visited.contains(supplier) || remediated.contains(supplier) || next <= 0.0
          || (best.size() == topK && next < best.get(topK - 1).contribution())) {
        continue;
      }
      hops.push(new PathHop(supplier, state.companyId(), feed.source().family(), state.family(),
          feed.share()));
      visited.add(supplier);
      walk(feed.source(), next, depth + 1, hops, visited, best);
      visited.remove(supplier);
      hops.pop();
    }
  }

  private void offer(Found found, List<Found> best) {
    best.add(found);
    best.sort(BEST_FIRST);
    if (best.size() > topK) {
      best.remove(best.size() - 1);
    }
  }

  private static String key(Found found) {
    StringBuilder key = new StringBuilder(found.source().companyId()).append('/')
        .append(found.source().family());
    for (PathHop hop : found.hops()) {
      key.append('>').append(hop.buyerId()).append('/').append(hop.familyOut()).append('@')
          .append(hop.sigma());
    }
    return key.toString();
  }
}
