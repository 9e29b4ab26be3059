package org.tierwatch.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plans the clean supply tree above the direct suppliers, down to tier 6: every company gets
 * inbound trade of families that can become its own (plus some that cannot, like steel into a
 * pump maker) from companies one tier deeper. Pools per tier and family are reused once a tier has
 * its share of the company budget, so the tree is a shared DAG like real supply bases.
 */
final class UpstreamPlanner {

    static final int MAX_TIER = 6;
    private static final TradeFamily[] NON_PASSING = {TradeFamily.OTHER, TradeFamily.MINERALS, TradeFamily.WOOD};

    private final TradeWorld world;
    private final SplittableRandom random;
    private final List<List<Integer>> byFamily = new ArrayList<>();

    UpstreamPlanner(TradeWorld world, SplittableRandom random) {
        this.world = world;
        this.random = random;
        for (int f = 0; f < TradeFamily.values().length; f++) {
            byFamily.add(new ArrayList<>());
        }
    }

    void plan(WorldSize size) {
        List<Integer> tier = new ArrayList<>(world.directSuppliers);
        for (int d : tier) {
            world.edges.add(d, world.owner, world.company(d).family(), 3 + geometric(6), 0);
        }
        int[] targets = tierTargets(size, tier.size());
        for (int t = 1; t < MAX_TIER; t++) {
            List<List<Integer>> deeper = new ArrayList<>();
            for (int f = 0; f < TradeFamily.values().length; f++) {
                deeper.add(new ArrayList<>());
            }
            List<Integer> next = new ArrayList<>();
            for (int buyer : tier) {
                int inbound = t == 1 ? 2 + random.nextInt(2) : (t >= 3 && random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(3));
                List<Integer> chosen = new ArrayList<>();
                for (int k = 0; k < inbound; k++) {
                    TradeFamily family = inputFamily(world.company(buyer).family());
                    List<Integer> pool = deeper.get(family.ordinal());
                    int supplier;
                    if (pool.isEmpty() || (next.size() < targets[t + 1] && random.nextInt(10) < 6)) {
                        supplier = world.newCompany(ProfileMix.clean(family, random), family, CompanyRole.UPSTREAM, random);
                        pool.add(supplier);
                        next.add(supplier);
                        byFamily.get(family.ordinal()).add(supplier);
                    } else {
                        supplier = pool.get(random.nextInt(pool.size()));
                    }
                    if (!chosen.contains(supplier)) {
                        chosen.add(supplier);
                        world.edges.add(supplier, buyer, family, 1 + geometric(3), 0);
                    }
                }
            }
            tier = next;
        }
    }

    /** Clean upstream companies of a family (tiers 2 to 6), in creation order. */
    List<Integer> poolOf(TradeFamily family) {
        return byFamily.get(family.ordinal());
    }

    private TradeFamily inputFamily(TradeFamily output) {
        if (random.nextInt(100) < 15) {
            return NON_PASSING[random.nextInt(NON_PASSING.length)];
        }
        List<TradeFamily> inputs = output.inputs();
        return inputs.get(random.nextInt(inputs.size()));
    }

    /** Companies to create per tier (index = tier), growing 1.5x per tier within 28% of the company budget. */
    private static int[] tierTargets(WorldSize size, int directCount) {
        int[] targets = new int[MAX_TIER + 1];
        double growth = 0;
        for (int t = 2; t <= MAX_TIER; t++) {
            growth += StrictMath.pow(1.5, t - 1);
        }
        double budget = size.companies() * 0.28;
        double factor = Math.min(1.0, budget / (directCount * growth));
        for (int t = 2; t <= MAX_TIER; t++) {
            targets[t] = (int) Math.max(1, Math.round(directCount * StrictMath.pow(1.5, t - 1) * factor));
        }
        return targets;
    }

    private int geometric(double mean) {
        return (int) (-StrictMath.log(1 - random.nextDouble()) * mean);
    }
}
