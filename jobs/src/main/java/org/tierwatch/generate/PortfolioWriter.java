package org.tierwatch.generate;

import org.tierwatch.ingest.CsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes portfolio/{products,bom,suppliers,disclosures}.csv. Besides the planted disclosures, about
 * a fifth of the ordinary direct suppliers disclose their own suppliers with the shares the trade
 * data gives them.
 */
final class PortfolioWriter {

    private final TradeWorld world;
    private final SplittableRandom random;
    private int bomRows;
    private int disclosureRows;

    PortfolioWriter(TradeWorld world, SplittableRandom random) {
        this.world = world;
        this.random = random;
    }

    void write(Path outDir) throws IOException {
        Path dir = outDir.resolve("portfolio");
        try (CsvWriter products = new CsvWriter(dir.resolve("products.csv"), InputColumns.PRODUCTS)) {
            for (Sku sku : world.skus) {
                String hs = random.nextBoolean() ? sku.hsCode()
                        : sku.hsCode().substring(0, 4) + "." + sku.hsCode().substring(4);
                products.writeRow(sku.sku(), sku.productName(), sku.category(), hs, Long.toString(sku.annualSpendUsd()));
            }
        }
        int[] position = new int[world.companies.size()];
        Arrays.fill(position, -1);
        for (int p = 0; p < world.directSuppliers.size(); p++) {
            position[world.directSuppliers.get(p)] = p;
        }
        try (CsvWriter bom = new CsvWriter(dir.resolve("bom.csv"), InputColumns.BOM)) {
            for (List<BomLine> lines : world.bom) {
                for (BomLine line : lines) {
                    bom.writeRow(world.skus.get(line.sku()).sku(), line.component(), line.hsCode(),
                            TradeWorld.supplierId(position[line.supplier()]), share(line.share()));
                    bomRows++;
                }
            }
        }
        try (CsvWriter suppliers = new CsvWriter(dir.resolve("suppliers.csv"), InputColumns.SUPPLIERS);
                CsvWriter truth = new CsvWriter(outDir.resolve("truth/suppliers.csv"), InputColumns.TRUTH_SUPPLIERS)) {
            for (int p = 0; p < world.directSuppliers.size(); p++) {
                Company c = world.company(world.directSuppliers.get(p));
                truth.writeRow(TradeWorld.supplierId(p), c.key());
                String name = random.nextInt(10) < 7 ? c.canonicalName() : NameVariants.mention(c, random);
                int roll = random.nextInt(10);
                String address = roll < 8 ? c.address() : roll == 8 ? "" : firstNonEmpty(c.chineseAddress(), c.address());
                String registration = !c.uscc().isEmpty() && random.nextInt(10) < 8 ? c.uscc() : "";
                long spend = Math.round(StrictMath.exp(11 + 3 * random.nextDouble()));
                suppliers.writeRow(TradeWorld.supplierId(p), name, address, c.country(), registration,
                        Long.toString(spend));
            }
        }
        try (CsvWriter disclosures = new CsvWriter(dir.resolve("disclosures.csv"), InputColumns.DISCLOSURES);
                CsvWriter truth = new CsvWriter(outDir.resolve("truth/disclosures.csv"),
                        InputColumns.TRUTH_DISCLOSURES)) {
            for (Disclosure d : allDisclosures()) {
                Company sub = world.company(d.subSupplier());
                truth.writeRow(Long.toString(disclosures.lines() + 1), TradeWorld.supplierId(position[d.supplier()]),
                        sub.key());
                disclosures.writeRow(TradeWorld.supplierId(position[d.supplier()]), NameVariants.mention(sub, random),
                        AddressVariants.mention(sub, true, random), sub.country(), d.family().hsCode(0),
                        share(d.share()));
                disclosureRows++;
            }
        }
    }

    int bomRows() {
        return bomRows;
    }

    int disclosureRows() {
        return disclosureRows;
    }

    private List<Disclosure> allDisclosures() {
        boolean[] discloses = new boolean[world.companies.size()];
        for (int d : world.directSuppliers) {
            discloses[d] = world.company(d).role() == CompanyRole.DIRECT && random.nextInt(5) == 0;
        }
        List<Disclosure> all = new ArrayList<>(world.disclosures);
        EdgeList edges = world.edges;
        for (int e = 0; e < edges.size(); e++) {
            int buyer = edges.buyer(e);
            if (discloses[buyer] && !edges.has(e, EdgeList.BACKGROUND)) {
                double share = (double) edges.rows(e) / edges.inboundRows(buyer, edges.family(e));
                all.add(new Disclosure(buyer, edges.supplier(e), edges.family(e), Math.round(share * 100) / 100.0));
            }
        }
        return all;
    }

    private static String firstNonEmpty(String a, String b) {
        return a.isEmpty() ? b : a;
    }

    private static String share(double share) {
        return String.format(Locale.ROOT, "%.3f", share);
    }
}
