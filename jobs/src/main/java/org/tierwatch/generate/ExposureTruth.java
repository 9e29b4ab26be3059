package org.tierwatch.generate;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/**
 * Works out which SKUs are exposed by following the generated trade itself: from every company
 * that carries evidence (north-east location, KP origin, a watchlist entry, overseas labour in its
 * sector) downstream along links whose family can become the buyer's, to the direct suppliers in
 * the BOM. The planners intend exactly the planted SKUs to be exposed; this checks that they are,
 * so the truth files never rest on intent alone.
 */
final class ExposureTruth {

    private final int[] sourceBySku;

    private ExposureTruth(int[] sourceBySku) {
        this.sourceBySku = sourceBySku;
    }

    /** Follows the trade and checks the result against the planted chains. */
    static ExposureTruth of(TradeWorld world) {
        int n = world.companies.size();
        int[] reachedFrom = new int[n];
        Arrays.fill(reachedFrom, -1);
        boolean[] evidence = evidenceBearing(world);
        int[][] outgoing = outgoing(world.edges, n);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int source = 0; source < n; source++) {
            if (!evidence[source] || reachedFrom[source] >= 0) {
                continue;
            }
            reachedFrom[source] = source;
            queue.add(source);
            while (!queue.isEmpty()) {
                int company = queue.poll();
                TradeFamily shipped = world.company(company).family();
                for (int edge : outgoing[company]) {
                    int buyer = world.edges.buyer(edge);
                    if (reachedFrom[buyer] < 0 && shipped.canBecome(world.company(buyer).family())) {
                        reachedFrom[buyer] = source;
                        queue.add(buyer);
                    }
                }
            }
        }
        int[] sourceBySku = new int[world.skus.size()];
        Arrays.fill(sourceBySku, -1);
        for (List<BomLine> lines : world.bom) {
            for (BomLine line : lines) {
                if (reachedFrom[line.supplier()] >= 0 && sourceBySku[line.sku()] < 0) {
                    sourceBySku[line.sku()] = reachedFrom[line.supplier()];
                }
            }
        }
        checkAgainstPlan(world, sourceBySku);
        return new ExposureTruth(sourceBySku);
    }

    boolean exposed(int sku) {
        return sourceBySku[sku] >= 0;
    }

    /** The company whose evidence reaches the SKU, or -1. */
    int source(int sku) {
        return sourceBySku[sku];
    }

    int exposedCount() {
        int count = 0;
        for (int s : sourceBySku) {
            if (s >= 0) {
                count++;
            }
        }
        return count;
    }

    private static void checkAgainstPlan(TradeWorld world, int[] sourceBySku) {
        int[] planted = new int[sourceBySku.length];
        Arrays.fill(planted, -1);
        for (PlantedChain chain : world.chains) {
            planted[chain.sku()] = chain.source();
        }
        for (int sku = 0; sku < sourceBySku.length; sku++) {
            if (planted[sku] != sourceBySku[sku]) {
                throw new IllegalStateException("generated trade exposes " + world.skus.get(sku).sku() + " through "
                        + (sourceBySku[sku] < 0 ? "nothing" : world.company(sourceBySku[sku]).key())
                        + " but the plan says " + (planted[sku] < 0 ? "nothing" : world.company(planted[sku]).key()));
            }
        }
    }

    private static boolean[] evidenceBearing(TradeWorld world) {
        boolean[] evidence = new boolean[world.companies.size()];
        for (Company c : world.companies) {
            boolean overseas = !c.country().equals("CN") && WorldAtlas.COUNTRIES.stream()
                    .anyMatch(k -> k.code().equals(c.country()) && k.overseasLabour(c.family()));
            evidence[c.index()] = c.northEast() || overseas;
        }
        for (WatchlistEntry entry : world.watchlist) {
            if (entry.company() >= 0) {
                evidence[entry.company()] = true;
            }
        }
        for (int e = 0; e < world.edges.size(); e++) {
            if (world.edges.has(e, EdgeList.KP_ORIGIN)) {
                evidence[world.edges.supplier(e)] = true;
            }
        }
        return evidence;
    }

    private static int[][] outgoing(EdgeList edges, int companies) {
        int[] counts = new int[companies];
        for (int e = 0; e < edges.size(); e++) {
            counts[edges.supplier(e)]++;
        }
        int[][] outgoing = new int[companies][];
        for (int c = 0; c < companies; c++) {
            outgoing[c] = new int[counts[c]];
        }
        int[] filled = new int[companies];
        for (int e = 0; e < edges.size(); e++) {
            int s = edges.supplier(e);
            outgoing[s][filled[s]++] = e;
        }
        return outgoing;
    }
}
