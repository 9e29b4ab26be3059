package org.tierwatch.generate;

import org.tierwatch.ingest.CsvWriter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the ground truth that does not come out of the record stream: every company's province
 * (and, for debugging resolution, its canonical name and role) and every SKU's exposure.
 */
final class TruthWriter {

    private TruthWriter() {
    }

    static void write(TradeWorld world, ExposureTruth exposure, Path outDir) throws IOException {
        Path dir = outDir.resolve("truth");
        try (CsvWriter locations = new CsvWriter(dir.resolve("locations.csv"), InputColumns.TRUTH_LOCATIONS);
                CsvWriter companies = new CsvWriter(dir.resolve("companies.csv"), InputColumns.TRUTH_COMPANIES)) {
            for (Company c : world.companies) {
                locations.writeRow(c.key(), c.truthProvince());
                companies.writeRow(c.key(), c.canonicalName(), c.country(), c.truthProvince(), c.city(),
                        c.family().id(), c.role().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        PlantedChain[] chainBySku = new PlantedChain[world.skus.size()];
        for (PlantedChain chain : world.chains) {
            chainBySku[chain.sku()] = chain;
        }
        try (CsvWriter products = new CsvWriter(dir.resolve("products.csv"), InputColumns.TRUTH_PRODUCTS)) {
            for (int s = 0; s < world.skus.size(); s++) {
                PlantedChain chain = chainBySku[s];
                boolean exposed = exposure.exposed(s);
                products.writeRow(world.skus.get(s).sku(), Boolean.toString(exposed),
                        exposed ? world.company(exposure.source(s)).key() : "",
                        chain == null ? "" : chain.kind().name().toLowerCase(java.util.Locale.ROOT),
                        chain == null ? "" : Integer.toString(chain.tier()));
            }
        }
    }

    /** Writes watchlist/watchlist.csv and truth/watchlist.csv (which company each line names). */
    static void writeWatchlist(TradeWorld world, Path outDir) throws IOException {
        try (CsvWriter watchlist = new CsvWriter(outDir.resolve("watchlist/watchlist.csv"), InputColumns.WATCHLIST);
                CsvWriter truth = new CsvWriter(outDir.resolve("truth/watchlist.csv"), InputColumns.TRUTH_WATCHLIST)) {
            for (WatchlistEntry entry : world.watchlist) {
                String line = Long.toString(watchlist.lines() + 1);
                watchlist.writeRow(entry.entityName(), entry.aliases(), entry.address(), entry.country(),
                        entry.identifiers(), entry.source(), entry.evidenceType(), entry.listedOn().toString());
                truth.writeRow(line, entry.entityName(), entry.company() < 0 ? "" : world.company(entry.company()).key());
            }
        }
    }
}
