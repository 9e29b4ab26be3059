package org.tierwatch.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes watchlist entries the way investigations and lists name companies: a spelling of the
 * name, aliases, a partial address and sometimes the registration code.
 */
final class WatchlistPlanner {

    private static final String[][] SOURCES = {
        {"Synthetic NGO investigation", "investigation"},
        {"Synthetic sanctions list", "sanctions"},
        {"Synthetic media report", "media"}};

    private final TradeWorld world;
    private final LocalDate endDate;

    WatchlistPlanner(TradeWorld world, LocalDate endDate) {
        this.world = world;
        this.endDate = endDate;
    }

    /** Lists a company of the world. */
    void list(int company, SplittableRandom random) {
        world.watchlist.add(entry(company, world.company(company), random));
    }

    /** Lists an invented company that trades nowhere in the data. */
    void listAbsent(Company phantom, SplittableRandom random) {
        world.watchlist.add(entry(-1, phantom, random));
    }

    private WatchlistEntry entry(int index, Company company, SplittableRandom random) {
        String name = company.brand() + " " + company.industry();
        if (!company.cityPrefix().isEmpty() && random.nextBoolean()) {
            name = company.cityPrefix() + " " + name;
        }
        name = name.toUpperCase(Locale.ROOT) + (random.nextBoolean() ? " CO., LTD." : "");
        List<String> aliases = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String alias = NameVariants.mention(company, random).replace("|", " ");
            if (!alias.equals(name) && !aliases.contains(alias)) {
                aliases.add(alias);
            }
        }
        if (!company.chineseName().isEmpty() && !aliases.contains(company.chineseName())) {
            aliases.add(company.chineseName());
        }
        String address = random.nextInt(3) == 0 ? company.city() + ", " + company.country() : company.address();
        String identifiers = company.uscc().isEmpty() ? "" : "USCC " + company.uscc();
        String[] source = SOURCES[random.nextInt(SOURCES.length)];
        LocalDate listed = endDate.minusDays(30 + random.nextInt(1500));
        return new WatchlistEntry(index, name, String.join("|", aliases), address, company.country(), identifiers,
                source[0], source[1], listed);
    }
}
