package org.tierwatch.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The invented world while it is planned and then written: companies, trade links, portfolio,
 * planted chains and watchlist. Planners append to it in a fixed order, so the same seed gives the
 * same world; nothing here is iterated in hash order.
 */
final class TradeWorld {

    final List<Company> companies = new ArrayList<>();
    final EdgeList edges = new EdgeList();
    final List<Sku> skus = new ArrayList<>();
    final List<List<BomLine>> bom = new ArrayList<>();
    final List<Integer> directSuppliers = new ArrayList<>();
    final List<Disclosure> disclosures = new ArrayList<>();
    final List<PlantedChain> chains = new ArrayList<>();
    final List<WatchlistEntry> watchlist = new ArrayList<>();
    /**
     * Tries at inventing a name whose core no other company has: distinct companies with one name
     * would turn resolution errors into exposure the truth does not know. Past the limit a core
     * may repeat in another city or country, never within one city: registries in China and
     * Korea refuse a trade name already registered there, so a name taken in the city is
     * lengthened by another brand word ({@link CompanyFactory#withSecondBrand}).
     */
    private static final int NAME_ATTEMPTS = 40;
    /**
     * Tries at a lengthened name free in its city: one more brand word every WORD_ATTEMPTS tries,
     * since a large city of Korean-named companies can run out of two-word names.
     */
    private static final int WORD_ATTEMPTS = 100;
    private static final int CITY_NAME_ATTEMPTS = 400;

    private final CompanyFactory factory = new CompanyFactory();
    private final Set<String> nameCores = new HashSet<>();
    private final Set<String> registeredNames = new HashSet<>();
    private boolean[] direct = new boolean[0];
    int owner = -1;

    /** Adds a new company and returns its index. */
    int newCompany(CompanyProfile profile, TradeFamily family, CompanyRole role, SplittableRandom random) {
        int index = companies.size();
        return add(() -> factory.create(index, profile, family, role, random), random);
    }

    /** Adds a new company in a given foreign country and returns its index. */
    int newCompanyIn(String country, TradeFamily family, CompanyRole role, SplittableRandom random) {
        int index = companies.size();
        return add(() -> factory.createIn(index, country, family, role, random), random);
    }

    private int add(Supplier<Company> invent, SplittableRandom random) {
        Company company = invent.get();
        for (int attempt = 1; attempt < NAME_ATTEMPTS && nameCores.contains(company.nameCore()); attempt++) {
            company = invent.get();
        }
        for (int attempt = 0; company.registeredNames().stream().anyMatch(registeredNames::contains); attempt++) {
            if (attempt == CITY_NAME_ATTEMPTS) {
                throw new IllegalStateException("no free company name left in " + company.city() + ", "
                        + company.country() + " after " + CITY_NAME_ATTEMPTS + " tries");
            }
            company = invent.get();
            for (int words = 0; words <= attempt / WORD_ATTEMPTS; words++) {
                company = factory.withSecondBrand(company, random);
            }
        }
        nameCores.add(company.nameCore());
        registeredNames.addAll(company.registeredNames());
        companies.add(company);
        return company.index();
    }

    Company company(int index) {
        return companies.get(index);
    }

    /** Registers a company as a direct (tier-1) supplier once; its supplier id follows the order. */
    void addDirectSupplier(int company) {
        if (company >= direct.length) {
            direct = java.util.Arrays.copyOf(direct, Math.max(company + 1, direct.length * 2));
        }
        if (!direct[company]) {
            direct[company] = true;
            directSuppliers.add(company);
        }
    }

    static String supplierId(int position) {
        return String.format(java.util.Locale.ROOT, "SUP%05d", position + 1);
    }
}
