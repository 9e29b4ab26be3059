package org.tierwatch.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

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
     * would turn resolution errors into exposure the truth does not know. Past the limit a
     * duplicate is kept, which at scale 1 happens for a few hundred names (mostly Korean brands).
     */
    private static final int NAME_ATTEMPTS = 40;

    private final CompanyFactory factory = new CompanyFactory();
    private final java.util.Set<String> nameCores = new java.util.HashSet<>();
    private boolean[] direct = new boolean[0];
    int owner = -1;

    /** Adds a new company and returns its index. */
    int newCompany(CompanyProfile profile, TradeFamily family, CompanyRole role, SplittableRandom random) {
        int index = companies.size();
        Company company = factory.create(index, profile, family, role, random);
        for (int attempt = 1; attempt < NAME_ATTEMPTS && !nameCores.add(company.nameCore()); attempt++) {
            company = factory.create(index, profile, family, role, random);
        }
        companies.add(company);
        return index;
    }

    /** Adds a new company in a given foreign country and returns its index. */
    int newCompanyIn(String country, TradeFamily family, CompanyRole role, SplittableRandom random) {
        int index = companies.size();
        Company company = factory.createIn(index, country, family, role, random);
        for (int attempt = 1; attempt < NAME_ATTEMPTS && !nameCores.add(company.nameCore()); attempt++) {
            company = factory.createIn(index, country, family, role, random);
        }
        companies.add(company);
        return index;
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
