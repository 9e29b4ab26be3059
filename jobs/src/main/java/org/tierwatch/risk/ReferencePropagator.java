package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The risk model computed in memory, exactly as specified: the reference the Spark propagation
 * is tested against. States are (company, family) pairs for every family a company ships or a
 * BOM names it for. From R = E = r0, each Jacobi round computes, for every state (c, g) fed by
 * links s -> c of family f where f can become g:
 * <pre>
 *   R(c,g) = 1 - (1 - r0(c,g)) x PRODUCT (1 - d x R(s,f) x sigma^gamma)
 *   E(c,g) = 1 - (1 - r0(c,g)) x (1 - min(1, max over f of SUM over links of f of sigma x E(s,f)))
 * </pre>
 * for at most max-depth rounds, stopping once no value moves by more than epsilon. A remediated
 * company has R = E = 0. SKUs then combine their BOM rows (every row counts, whatever its
 * family) with one more decay.
 */
public final class ReferencePropagator {
  private final RiskModel model;
  private final EvidenceRules rules;

  public ReferencePropagator(RiskModel model) {
    this.model = requireNonNull(model, "model is null");
    this.rules = new EvidenceRules(model);
  }

  public PropagationResult propagate(List<Evidence> evidence, List<SupplyLink> links,
      List<BomLine> bom, List<Decision> decisions) {
    requireNonNull(links, "links is null");
    requireNonNull(bom, "bom is null");
    checkFamilies(links, bom);
    PropagationSettings settings = model.propagation();
    DecidedEvidence decided = rules.applyDecisions(evidence, decisions);
    Set<String> remediated = decided.remediated();

    Map<String, Set<String>> familiesOf = statesByCompany(links, bom);
    Map<CompanyFamily, List<Evidence>> applicable = applicableEvidence(familiesOf, decided);
    Map<CompanyFamily, Double> own = new TreeMap<>();
    applicable.forEach((state, items) -> own.put(state, remediated.contains(state.companyId())
        ? 0.0 : NoisyOr.combine(items.stream().map(Evidence::weight).toList())));
    Map<CompanyFamily, List<InboundFeed>> inbound = inboundFeeds(links, familiesOf);

    Map<CompanyFamily, Double> risk = new TreeMap<>(own);
    Map<CompanyFamily, Double> exposure = new TreeMap<>(own);
    int rounds = 0;
    while (rounds < settings.maxDepth()) {
      Map<CompanyFamily, Double> nextRisk = new TreeMap<>();
      Map<CompanyFamily, Double> nextExposure = new TreeMap<>();
      double moved = 0.0;
      for (CompanyFamily state : own.keySet()) {
        double r = 0.0;
        double e = 0.0;
        if (!remediated.contains(state.companyId())) {
          double keep = 1.0 - own.get(state);
          double clean = 1.0;
          Map<String, Double> exposedByFamily = new HashMap<>();
          for (InboundFeed feed : inbound.getOrDefault(state, List.of())) {
            clean *= 1.0 - feed.factor() * risk.get(feed.source());
            exposedByFamily.merge(feed.source().family(),
                feed.share() * exposure.get(feed.source()), Double::sum);
          }
          double exposed = exposedByFamily.values().stream().mapToDouble(Double::doubleValue)
              .max().orElse(0.0);
          r = 1.0 - keep * clean;
          e = 1.0 - keep * (1.0 - Math.min(1.0, exposed));
        }
        moved = Math.max(moved, Math.max(Math.abs(r - risk.get(state)),
            Math.abs(e - exposure.get(state))));
        nextRisk.put(state, r);
        nextExposure.put(state, e);
      }
      risk = nextRisk;
      exposure = nextExposure;
      rounds++;
      if (moved <= settings.epsilon()) {
        break;
      }
    }

    // A tier-t company reaches a SKU over t - 1 supply links and one BOM row, and rounds carry
    // risk over at most max-depth links: tiers beyond max-depth + 1 cannot contribute.
    Map<String, Integer> tiers = TierAssigner.assign(bom, links, settings.maxDepth() + 1);
    List<CompanyFamilyRisk> stateRows = new ArrayList<>();
    for (CompanyFamily state : own.keySet()) {
      stateRows.add(new CompanyFamilyRisk(state.companyId(), state.family(), own.get(state),
          risk.get(state), exposure.get(state)));
    }
    List<CompanyRisk> companyRows = companyRisks(stateRows, tiers);
    List<SkuRisk> skuRows = skuRisks(bom, risk, exposure);
    PathFinder finder = new PathFinder(settings, own, inbound, remediated);
    List<RiskPath> paths = new ArrayList<>();
    for (SkuRisk sku : skuRows) {
      if (sku.riskScore() > 0.0) {
        paths.addAll(skuPaths(finder, sku, bom, applicable, own));
      }
    }
    for (CompanyRisk company : companyRows) {
      if (company.riskScore() > 0.0) {
        paths.addAll(companyPaths(finder, company.companyId(), familiesOf, applicable, own));
      }
    }
    return new PropagationResult(stateRows, companyRows, skuRows, paths, tiers, decided, rounds);
  }

  private static Map<CompanyFamily, List<Evidence>> applicableEvidence(
      Map<String, Set<String>> familiesOf, DecidedEvidence decided) {
    Map<String, List<Evidence>> evidenceOf = new HashMap<>();
    for (Evidence item : decided.evidence()) {
      evidenceOf.computeIfAbsent(item.companyId(), id -> new ArrayList<>()).add(item);
    }
    Map<CompanyFamily, List<Evidence>> applicable = new TreeMap<>();
    familiesOf.forEach((company, families) -> {
      for (String family : families) {
        List<Evidence> items = new ArrayList<>();
        for (Evidence item : evidenceOf.getOrDefault(company, List.of())) {
          if (item.appliesTo(family)) {
            items.add(item);
          }
        }
        items.sort(Comparator.comparingDouble(Evidence::weight).reversed());
        applicable.put(new CompanyFamily(company, family), items);
      }
    });
    return applicable;
  }

  /** For each buyer state, the links whose family the map lets become that state's family. */
  private Map<CompanyFamily, List<InboundFeed>> inboundFeeds(
      List<SupplyLink> links, Map<String, Set<String>> familiesOf) {
    Map<CompanyFamily, List<InboundFeed>> inbound = new HashMap<>();
    for (SupplyLink link : links) {
      CompanyFamily source = new CompanyFamily(link.supplierId(), link.family());
      for (String output : familiesOf.getOrDefault(link.buyerId(), Set.of())) {
        if (model.transformations().canBecome(link.family(), output)) {
          inbound.computeIfAbsent(new CompanyFamily(link.buyerId(), output), k -> new ArrayList<>())
              .add(new InboundFeed(source, link.share(),
                  model.propagation().hopFactor(link.share())));
        }
      }
    }
    return inbound;
  }

  private List<RiskPath> skuPaths(PathFinder finder, SkuRisk sku, List<BomLine> bom,
      Map<CompanyFamily, List<Evidence>> applicable, Map<CompanyFamily, Double> own) {
    List<PathFinder.Start> starts = new ArrayList<>();
    for (BomLine line : bom) {
      if (line.sku().equals(sku.sku())) {
        starts.add(new PathFinder.Start(
            new CompanyFamily(line.supplierId(), line.componentFamily()),
            model.propagation().hopFactor(line.supplierShare()),
            new PathHop(line.supplierId(), line.sku(), line.componentFamily(), line.skuFamily(),
                line.supplierShare())));
      }
    }
    List<PathFinder.Found> found = finder.best(starts);
    List<RiskPath> paths = new ArrayList<>();
    for (int rank = 0; rank < found.size(); rank++) {
      paths.add(toPath(PathTarget.SKU, sku.sku(), sku.family(), rank + 1, found.get(rank),
          applicable, own));
    }
    return paths;
  }

  private static List<RiskPath> companyPaths(PathFinder finder, String companyId,
      Map<String, Set<String>> familiesOf, Map<CompanyFamily, List<Evidence>> applicable,
      Map<CompanyFamily, Double> own) {
    List<PathFinder.Start> starts = new ArrayList<>();
    for (String family : familiesOf.get(companyId)) {
      starts.add(new PathFinder.Start(new CompanyFamily(companyId, family), 1.0, null));
    }
    List<PathFinder.Found> found = finder.best(starts);
    List<RiskPath> paths = new ArrayList<>();
    for (int rank = 0; rank < found.size(); rank++) {
      PathFinder.Found path = found.get(rank);
      paths.add(toPath(PathTarget.COMPANY, companyId, targetFamilyOf(path), rank + 1, path,
          applicable, own));
    }
    return paths;
  }

  private static String targetFamilyOf(PathFinder.Found path) {
    List<PathHop> hops = path.hops();
    return hops.isEmpty() ? path.source().family() : hops.get(hops.size() - 1).familyOut();
  }

  private static RiskPath toPath(PathTarget target, String id, String family, int rank,
      PathFinder.Found found, Map<CompanyFamily, List<Evidence>> applicable,
      Map<CompanyFamily, Double> own) {
    CompanyFamily source = found.source();
    return new RiskPath(target, id, family, rank, found.contribution(), source.companyId(),
        source.family(), own.get(source), applicable.get(source), found.hops());
  }

  private List<CompanyRisk> companyRisks(
      List<CompanyFamilyRisk> states, Map<String, Integer> tiers) {
    Map<String, double[]> maxima = new TreeMap<>();
    for (CompanyFamilyRisk state : states) {
      double[] max = maxima.computeIfAbsent(state.companyId(), id -> new double[2]);
      max[0] = Math.max(max[0], state.risk());
      max[1] = Math.max(max[1], state.exposureShare());
    }
    List<CompanyRisk> rows = new ArrayList<>();
    maxima.forEach((company, max) -> {
      Integer tier = tiers.get(company);
      rows.add(new CompanyRisk(company, max[0], max[1], Band.of(max[0], model.bands()),
          tier == null ? OptionalInt.empty() : OptionalInt.of(tier)));
    });
    return rows;
  }

  private List<SkuRisk> skuRisks(List<BomLine> bom, Map<CompanyFamily, Double> risk,
      Map<CompanyFamily, Double> exposure) {
    Map<String, List<BomLine>> bySku = new TreeMap<>();
    for (BomLine line : bom) {
      bySku.computeIfAbsent(line.sku(), id -> new ArrayList<>()).add(line);
    }
    List<SkuRisk> rows = new ArrayList<>();
    bySku.forEach((sku, lines) -> {
      String family = lines.get(0).skuFamily();
      double clean = 1.0;
      double exposed = 0.0;
      for (BomLine line : lines) {
        if (!line.skuFamily().equals(family)) {
          throw new IllegalArgumentException("SKU " + sku + " has BOM rows of families " + family
              + " and " + line.skuFamily());
        }
        CompanyFamily state = new CompanyFamily(line.supplierId(), line.componentFamily());
        clean *= 1.0 - model.propagation().hopFactor(line.supplierShare()) * risk.get(state);
        exposed += line.share() * exposure.get(state);
      }
      double score = 1.0 - clean;
      rows.add(new SkuRisk(sku, family, score, Math.min(1.0, exposed),
          Band.of(score, model.bands())));
    });
    return rows;
  }

  private static Map<String, Set<String>> statesByCompany(
      List<SupplyLink> links, List<BomLine> bom) {
    Map<String, Set<String>> families = new TreeMap<>();
    for (SupplyLink link : links) {
      families.computeIfAbsent(link.supplierId(), id -> new TreeSet<>()).add(link.family());
    }
    for (BomLine line : bom) {
      families.computeIfAbsent(line.supplierId(), id -> new TreeSet<>()).add(line.componentFamily());
    }
    return families;
  }

  private void checkFamilies(List<SupplyLink> links, List<BomLine> bom) {
    for (SupplyLink link : links) {
      model.families().family(link.family());
    }
    for (BomLine line : bom) {
      model.families().family(line.componentFamily());
      model.families().family(line.skuFamily());
    }
  }
}
