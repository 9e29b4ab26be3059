package org.tierwatch.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plants the exposure chains and the decoys. A chain is a fresh path of companies from an
 * evidence-bearing source at tier 1 to 6 to a dedicated direct supplier of one SKU; every hop
 * carries a family that can become the next company's, and each planted link is sized to carry
 * most of its buyer's inbound of that family. Decoys are north-east companies attached upstream of
 * the portfolio through a family that cannot become their buyer's.
 */
final class ChainPlanter {

    private static final ChainKind[] KIND_CYCLE = {ChainKind.LOCATION, ChainKind.DPRK_ORIGIN, ChainKind.WATCHLIST,
        ChainKind.REIMPORT, ChainKind.LOCATION};
    private static final String[] FISHING_COUNTRIES = {"GB", "NO", "IS", "US", "CA", "NL", "DE", "FR", "ES"};

    private final TradeWorld world;
    private final UpstreamPlanner upstream;
    private final WatchlistPlanner watchlist;
    private final SplittableRandom random;

    ChainPlanter(TradeWorld world, UpstreamPlanner upstream, WatchlistPlanner watchlist, SplittableRandom random) {
        this.world = world;
        this.upstream = upstream;
        this.watchlist = watchlist;
        this.random = random;
    }

    void plant(WorldSize size) {
        List<Integer> attachable = new ArrayList<>();
        for (Company c : world.companies) {
            if (c.role() == CompanyRole.DIRECT || c.role() == CompanyRole.UPSTREAM) {
                attachable.add(c.index());
            }
        }
        boolean[] taken = new boolean[world.skus.size()];
        for (int i = 0; i < size.exposedSkus(); i++) {
            ChainKind kind = KIND_CYCLE[i % KIND_CYCLE.length];
            int tier = 1 + i % UpstreamPlanner.MAX_TIER;
            int sku = pickSku(kind, taken);
            if (sku < 0) {
                kind = ChainKind.LOCATION;
                sku = pickSku(kind, taken);
            }
            if (sku < 0) {
                break;
            }
            taken[sku] = true;
            plantChain(sku, kind, tier);
        }
        for (int i = 0; i < size.decoys(); i++) {
            plantDecoy(attachable.get(random.nextInt(attachable.size())), i);
        }
    }

    private int pickSku(ChainKind kind, boolean[] taken) {
        List<Integer> candidates = new ArrayList<>();
        for (int s = 0; s < world.skus.size(); s++) {
            TradeFamily f = world.skus.get(s).family();
            boolean fits = switch (kind) {
                case DPRK_ORIGIN -> f == TradeFamily.GARMENTS || f == TradeFamily.WIGS_EYELASHES;
                case REIMPORT -> f == TradeFamily.READY_MEALS;
                default -> true;
            };
            if (fits && !taken[s]) {
                candidates.add(s);
            }
        }
        return candidates.isEmpty() ? -1 : candidates.get(random.nextInt(candidates.size()));
    }

    private void plantChain(int sku, ChainKind kind, int tier) {
        TradeFamily skuFamily = world.skus.get(sku).family();
        List<TradeFamily> spine = PortfolioCatalog.spine(skuFamily);
        int start = sourceSpineIndex(kind, spine);
        int end = start + random.nextInt(spine.size() - start);
        if (kind == ChainKind.REIMPORT && tier == 1) {
            end = start;
        }
        TradeFamily[] families = new TradeFamily[tier + 1];
        int at = start;
        families[tier] = spine.get(start);
        for (int j = tier - 1; j >= 2; j--) {
            at += random.nextInt(end - at + 1);
            families[j] = spine.get(at);
        }
        if (tier > 1) {
            families[1] = spine.get(end);
        }
        String fishingCountry = tier == 1 ? world.company(world.owner).country()
                : FISHING_COUNTRIES[random.nextInt(FISHING_COUNTRIES.length)];

        int[] companies = new int[tier + 1];
        companies[tier] = newSource(kind, families[tier]);
        for (int j = tier - 1; j >= 1; j--) {
            boolean processorBuyer = kind == ChainKind.REIMPORT && j == tier - 1;
            companies[j] = processorBuyer
                    ? world.newCompanyIn(fishingCountry, families[j], CompanyRole.CHAIN, random)
                    : world.newCompany(ProfileMix.clean(families[j], random), families[j], CompanyRole.CHAIN, random);
        }
        int plantedIntoDirect = 0;
        for (int j = tier; j >= 2; j--) {
            addCleanInbound(companies[j - 1], families[j]);
            int flags = EdgeList.PLANTED | sourceFlags(kind, j == tier);
            int rows = dominantRows(companies[j - 1], families[j]);
            world.edges.add(companies[j], companies[j - 1], families[j], rows, flags);
            plantedIntoDirect = rows;
        }
        int direct = companies[1];
        world.addDirectSupplier(direct);
        world.edges.add(direct, world.owner, families[1], 3 + random.nextInt(8),
                EdgeList.PLANTED | sourceFlags(kind, tier == 1));
        if (kind == ChainKind.REIMPORT) {
            int fleet = world.newCompanyIn(fishingCountry, TradeFamily.FISH_RAW, CompanyRole.FLEET, random);
            world.edges.add(fleet, companies[tier], TradeFamily.FISH_RAW,
                    dominantRows(companies[tier], TradeFamily.FISH_RAW), EdgeList.PLANTED);
        }
        addBomLine(sku, skuFamily, direct, families[1]);
        if (tier >= 2 && random.nextInt(10) < 4) {
            double disclosed = (double) plantedIntoDirect / world.edges.inboundRows(direct, families[2]);
            world.disclosures.add(new Disclosure(direct, companies[2], families[2], Math.round(disclosed * 100) / 100.0));
        }
        if (kind == ChainKind.WATCHLIST) {
            watchlist.list(companies[tier], random);
        }
        List<Integer> path = new ArrayList<>();
        for (int j = tier; j >= 1; j--) {
            path.add(companies[j]);
        }
        world.chains.add(new PlantedChain(sku, kind, tier, path));
    }

    private int sourceSpineIndex(ChainKind kind, List<TradeFamily> spine) {
        return switch (kind) {
            case DPRK_ORIGIN -> spine.size() - 1;
            case REIMPORT -> spine.indexOf(TradeFamily.PREPARED_SEAFOOD);
            default -> {
                List<Integer> risky = new ArrayList<>();
                for (int i = 0; i < spine.size(); i++) {
                    if (spine.get(i).riskySector()) {
                        risky.add(i);
                    }
                }
                yield risky.get(random.nextInt(risky.size()));
            }
        };
    }

    private int newSource(ChainKind kind, TradeFamily family) {
        CompanyProfile profile = switch (kind) {
            case LOCATION -> random.nextBoolean() ? CompanyProfile.LIAONING : CompanyProfile.JILIN;
            case REIMPORT -> CompanyProfile.LIAONING;
            case DPRK_ORIGIN -> CompanyProfile.CHINA_ELSEWHERE;
            case WATCHLIST -> null;
        };
        if (profile == null) {
            return random.nextBoolean()
                    ? world.newCompanyIn("HK", family, CompanyRole.SOURCE, random)
                    : world.newCompany(CompanyProfile.CHINA_ELSEWHERE, family, CompanyRole.SOURCE, random);
        }
        return world.newCompany(profile, family, CompanyRole.SOURCE, random);
    }

    private static int sourceFlags(ChainKind kind, boolean fromSource) {
        if (!fromSource) {
            return 0;
        }
        return switch (kind) {
            case DPRK_ORIGIN -> EdgeList.KP_ORIGIN;
            case REIMPORT -> EdgeList.ORIGIN_BUYER_COUNTRY;
            default -> 0;
        };
    }

    /** A clean second supplier of the same family, so planted shares are large but not 1. */
    private void addCleanInbound(int buyer, TradeFamily family) {
        List<Integer> pool = upstream.poolOf(family);
        if (!pool.isEmpty() && random.nextInt(4) != 0) {
            world.edges.add(pool.get(random.nextInt(pool.size())), buyer, family, 1 + random.nextInt(3), 0);
        }
    }

    /** Rows that make a link carry about three quarters or more of its buyer's inbound of the family. */
    private int dominantRows(int buyer, TradeFamily family) {
        return Math.max(4, 3 * world.edges.inboundRows(buyer, family) + 2);
    }

    private void addBomLine(int sku, TradeFamily skuFamily, int direct, TradeFamily family) {
        double share = Math.floor((0.35 + 0.25 * random.nextDouble()) * 1000) / 1000;
        List<BomLine> lines = world.bom.get(sku);
        for (int i = 0; i < lines.size(); i++) {
            BomLine line = lines.get(i);
            lines.set(i, line.withShare(Math.floor(line.share() * (1 - share) * 1000) / 1000));
        }
        String hs = family.hsCode(random.nextInt(family.codeCount()));
        lines.add(new BomLine(sku, PortfolioCatalog.componentName(skuFamily, family), family, hs, direct, share));
    }

    private void plantDecoy(int buyer, int ordinal) {
        TradeFamily buyerFamily = world.company(buyer).family();
        List<TradeFamily> blocked = new ArrayList<>();
        for (TradeFamily f : TradeFamily.values()) {
            if (f.riskySector() && !f.canBecome(buyerFamily)) {
                blocked.add(f);
            }
        }
        TradeFamily family = blocked.get(random.nextInt(blocked.size()));
        CompanyProfile profile = ordinal % 2 == 0 ? CompanyProfile.LIAONING : CompanyProfile.JILIN;
        int decoy = world.newCompany(profile, family, CompanyRole.DECOY, random);
        world.edges.add(decoy, buyer, family, dominantRows(buyer, family), 0);
    }
}
