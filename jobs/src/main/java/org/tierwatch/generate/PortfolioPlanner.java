package org.tierwatch.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Plans the portfolio: the owner, the SKUs with their HS codes, and BOM rows to direct suppliers
 * that are shared between SKUs needing the same component family.
 */
final class PortfolioPlanner {

    private static final String[] VARIANTS = {"Black", "Navy", "Grey", "White", "Small", "Medium", "Large", "Pro",
        "Lite", "Value", "Premium", "Eco"};

    private final TradeWorld world;
    private final WorldSize size;
    private final SplittableRandom random;

    PortfolioPlanner(TradeWorld world, WorldSize size, SplittableRandom random) {
        this.world = world;
        this.size = size;
        this.random = random;
    }

    void plan() {
        world.owner = world.newCompanyIn("GB", TradeFamily.OTHER, CompanyRole.OWNER, random);
        int slots = size.skus() * 3;
        double newSupplierChance = Math.min(1.0, (double) size.directSuppliers() / slots);
        List<List<Integer>> directByFamily = new ArrayList<>();
        for (int f = 0; f < TradeFamily.values().length; f++) {
            directByFamily.add(new ArrayList<>());
        }
        for (int s = 0; s < size.skus(); s++) {
            TradeFamily family = PortfolioCatalog.finishedFamily(random.nextInt(100));
            List<String> names = PortfolioCatalog.productNames(family);
            String name = names.get(random.nextInt(names.size())) + " " + VARIANTS[random.nextInt(VARIANTS.length)]
                    + " " + (char) ('A' + random.nextInt(26)) + (10 + random.nextInt(90));
            String hs = family.hsCode(random.nextInt(family.codeCount()));
            long spend = Math.round(StrictMath.exp(9 + 3 * random.nextDouble()));
            world.skus.add(new Sku(String.format(Locale.ROOT, "SKU-%06d", s + 1), name,
                    PortfolioCatalog.category(family), family, hs, spend));
            world.bom.add(bomFor(s, family, directByFamily, newSupplierChance));
        }
    }

    private List<BomLine> bomFor(int sku, TradeFamily family, List<List<Integer>> directByFamily, double newChance) {
        List<PortfolioCatalog.Component> components = new ArrayList<>(PortfolioCatalog.components(family));
        int count = 2 + random.nextInt(Math.min(3, components.size() - 1));
        double[] weights = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            weights[i] = 0.2 + random.nextDouble();
            sum += weights[i];
        }
        double total = 0.8 + 0.2 * random.nextDouble();
        List<BomLine> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PortfolioCatalog.Component component = components.remove(random.nextInt(components.size()));
            List<Integer> pool = directByFamily.get(component.family().ordinal());
            int supplier;
            if (pool.isEmpty() || random.nextDouble() < newChance) {
                TradeFamily f = component.family();
                supplier = world.newCompany(ProfileMix.clean(f, random), f, CompanyRole.DIRECT, random);
                pool.add(supplier);
                world.addDirectSupplier(supplier);
            } else {
                supplier = pool.get(random.nextInt(pool.size()));
            }
            String hs = component.family().hsCode(random.nextInt(component.family().codeCount()));
            double share = Math.floor(weights[i] / sum * total * 1000) / 1000;
            lines.add(new BomLine(sku, component.name(), component.family(), hs, supplier, share));
        }
        return lines;
    }
}
