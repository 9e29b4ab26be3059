package org.tierwatch.generate;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Generates synthetic Tierwatch inputs (bol/, imports/, portfolio/, watchlist/) with the ground
 * truth beside them (truth/): which company every party record names, every company's province,
 * which SKUs a planted chain exposes and which rows were made malformed. The same settings give
 * byte-identical files.
 */
public final class SyntheticDataGenerator {

    /** Share of trade rows written malformed. */
    static final double MALFORMED_RATE = 0.0005;

    private static final long PORTFOLIO_STREAM = 0x9E3779B97F4A7C15L;
    private static final long UPSTREAM_STREAM = 0xC2B2AE3D27D4EB4FL;
    private static final long CHAIN_STREAM = 0x165667B19E3779F9L;
    private static final long BACKGROUND_STREAM = 0x27D4EB2F165667C5L;
    private static final long ROW_STREAM = 0x85EBCA77C2B2AE63L;
    private static final long MALFORM_STREAM = 0xFF51AFD7ED558CCDL;
    private static final long WRITER_STREAM = 0xC4CEB9FE1A85EC53L;

    /** Plans the world and writes it under {@code outDir}, which must not already hold generated data. */
    public GenerationSummary generate(GeneratorSettings settings, Path outDir) throws IOException {
        requireNonNull(settings, "settings is null");
        requireNonNull(outDir, "outDir is null");
        refuseOldOutput(outDir);
        WorldSize size = WorldSize.at(settings.scale());
        long seed = settings.seed();
        TradeWorld world = new TradeWorld();
        new PortfolioPlanner(world, size, stream(seed, PORTFOLIO_STREAM)).plan();
        UpstreamPlanner upstream = new UpstreamPlanner(world, stream(seed, UPSTREAM_STREAM));
        upstream.plan(size);
        WatchlistPlanner watchlist = new WatchlistPlanner(world, settings.endDate());
        new ChainPlanter(world, upstream, watchlist, stream(seed, CHAIN_STREAM)).plant(size);
        new BackgroundPlanner(world, watchlist, stream(seed, BACKGROUND_STREAM)).plan(size);
        ExposureTruth exposure = ExposureTruth.of(world);

        PortfolioWriter portfolio = new PortfolioWriter(world, stream(seed, WRITER_STREAM));
        portfolio.write(outDir);
        TruthWriter.writeWatchlist(world, outDir);
        TruthWriter.write(world, exposure, outDir);
        try (TradeRowWriter rows = new TradeRowWriter(world, outDir, settings.startDate(), stream(seed, ROW_STREAM),
                stream(seed, MALFORM_STREAM))) {
            rows.writeAll(MALFORMED_RATE);
            return new GenerationSummary(rows.bolRows(), rows.importRows(), world.skus.size(), portfolio.bomRows(),
                    world.directSuppliers.size(), portfolio.disclosureRows(), world.watchlist.size(),
                    world.companies.size(), rows.malformedRows(), rows.missingHsRows(), exposure.exposedCount());
        }
    }

    private static SplittableRandom stream(long seed, long salt) {
        return new SplittableRandom(seed * 0x5DEECE66DL + salt);
    }

    private static void refuseOldOutput(Path outDir) throws IOException {
        for (String folder : new String[] {"bol", "imports", "portfolio", "watchlist", "truth"}) {
            Path dir = outDir.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new IllegalArgumentException("output directory already holds generated data: " + dir);
                    }
                }
            }
        }
    }
}
