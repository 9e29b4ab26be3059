package org.tierwatch.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills the world with background companies and volume trade. Shippers are Zipf-skewed (a few
 * huge shippers carry a big share of rows). Background buyers never sell upstream of the
 * portfolio, so however risky a background shipper is, it cannot reach an SKU: only planted
 * chains do.
 */
final class BackgroundPlanner {

    private static final double SHIPPER_SKEW = 1.05;
    private static final double BUYER_SKEW = 0.8;

    private final TradeWorld world;
    private final WatchlistPlanner watchlist;
    private final SplittableRandom random;
    private int kpMarked;

    BackgroundPlanner(TradeWorld world, WatchlistPlanner watchlist, SplittableRandom random) {
        this.world = world;
        this.watchlist = watchlist;
        this.random = random;
    }

    void plan(WorldSize size) {
        int backgroundCount = Math.max(20, size.companies() - world.companies.size());
        List<Integer> buyers = new ArrayList<>();
        for (int i = 0; i < backgroundCount; i++) {
            buyers.add(world.newCompany(ProfileMix.background(random), ProfileMix.backgroundFamily(random),
                    CompanyRole.BACKGROUND, random));
        }
        long remaining = 2 * size.rowsPerSource() - world.edges.totalRows();
        if (remaining < 0) {
            throw new IllegalArgumentException("scale too small: the planted structure alone needs "
                    + world.edges.totalRows() + " rows");
        }
        List<Integer> shippers = new ArrayList<>();
        for (Company c : world.companies) {
            if (c.role() != CompanyRole.OWNER) {
                shippers.add(c.index());
            }
        }
        int[] shipperOrder = shuffled(shippers);
        int[] buyerOrder = shuffled(buyers);
        double[] shipperCumulative = zipfCumulative(shipperOrder.length, SHIPPER_SKEW);
        double[] buyerCumulative = zipfCumulative(buyerOrder.length, BUYER_SKEW);
        int[] rowsByShipper = new int[shipperOrder.length];
        for (long r = 0; r < remaining; r++) {
            rowsByShipper[draw(shipperCumulative)]++;
        }
        int kpQuota = Math.max(2, backgroundCount / 2000);
        for (int rank = 0; rank < shipperOrder.length; rank++) {
            int rows = rowsByShipper[rank];
            if (rows > 0) {
                addShipperEdges(shipperOrder[rank], rows, buyerOrder, buyerCumulative, kpQuota);
            }
        }
        int listed = Math.max(2, size.exposedSkus() / 2);
        for (int i = 0; i < listed; i++) {
            watchlist.list(buyers.get(random.nextInt(buyers.size())), random);
        }
        CompanyFactory factory = new CompanyFactory();
        for (int i = 0; i < 2; i++) {
            watchlist.listAbsent(factory.create(0, CompanyProfile.CHINA_ELSEWHERE, TradeFamily.GARMENTS,
                    CompanyRole.BACKGROUND, random), random);
        }
    }

    private void addShipperEdges(int shipper, int rows, int[] buyerOrder, double[] buyerCumulative, int kpQuota) {
        int buyerCount = Math.max(1, Math.min(rows, 1 + (int) Math.sqrt(rows)));
        int[] chosen = new int[buyerCount];
        int[] counts = new int[buyerCount];
        int distinct = 0;
        for (int k = 0; k < buyerCount; k++) {
            int buyer = buyerOrder[draw(buyerCumulative)];
            if (buyer == shipper || contains(chosen, distinct, buyer)) {
                continue;
            }
            chosen[distinct++] = buyer;
        }
        if (distinct == 0) {
            chosen[distinct++] = buyerOrder[buyerOrder[0] == shipper ? 1 % buyerOrder.length : 0];
        }
        for (int r = 0; r < rows; r++) {
            int k = (int) Math.min(distinct - 1, Math.floor(distinct * StrictMath.pow(random.nextDouble(), 2)));
            counts[k]++;
        }
        Company company = world.company(shipper);
        for (int k = 0; k < distinct; k++) {
            if (counts[k] == 0) {
                continue;
            }
            int flags = EdgeList.BACKGROUND;
            boolean kpCandidate = company.role() == CompanyRole.BACKGROUND
                    && (company.family() == TradeFamily.GARMENTS || company.family() == TradeFamily.WIGS_EYELASHES);
            if (kpCandidate && kpMarked < kpQuota && random.nextInt(20) == 0) {
                flags |= EdgeList.KP_ORIGIN;
                kpMarked++;
            }
            world.edges.add(shipper, chosen[k], company.family(), counts[k], flags);
        }
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private int[] shuffled(List<Integer> items) {
        int[] order = items.stream().mapToInt(Integer::intValue).toArray();
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static double[] zipfCumulative(int n, double skew) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1.0 / StrictMath.pow(r + 1, skew);
            cumulative[r] = sum;
        }
        for (int r = 0; r < n; r++) {
            cumulative[r] /= sum;
        }
        return cumulative;
    }

    private int draw(double[] cumulative) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
    }
}
