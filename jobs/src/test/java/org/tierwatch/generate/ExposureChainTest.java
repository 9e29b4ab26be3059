package org.tierwatch.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follows the generated records themselves (parties from the truth, families from the HS codes)
 * to check that exposure is where the truth says and nowhere else.
 */
class ExposureChainTest {

    @TempDir
    static Path tmp;

    private static GeneratedData data;
    /** supplier key -> buyer key -> family -> weight. */
    private static final Map<String, Map<String, Map<String, Double>>> links = new HashMap<>();
    private static final Map<String, Double> inboundWeight = new HashMap<>();
    private static final Map<String, Set<String>> shipped = new HashMap<>();
    private static final Map<String, Set<String>> bomSuppliersBySku = new HashMap<>();
    /** What a company ships, plus the component families a BOM names it for (the risk model's states). */
    private static final Map<String, Set<String>> outputs = new HashMap<>();
    private static final Map<String, List<String>> truthBySku = new HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        new SyntheticDataGenerator().generate(new GeneratorSettings(0.002, 11L, LocalDate.of(2026, 3, 31)), tmp);
        data = new GeneratedData(tmp);
        for (GeneratedData.Trade t : data.trades) {
            links.computeIfAbsent(t.supplierKey(), k -> new HashMap<>())
                    .computeIfAbsent(t.buyerKey(), k -> new HashMap<>())
                    .merge(t.family(), t.weight(), Double::sum);
            inboundWeight.merge(t.buyerKey() + "|" + t.family(), t.weight(), Double::sum);
            shipped.computeIfAbsent(t.supplierKey(), k -> new HashSet<>()).add(t.family());
            outputs.computeIfAbsent(t.supplierKey(), k -> new HashSet<>()).add(t.family());
        }
        for (Rfc4180.Row row : data.bom) {
            String supplier = data.supplierKeyById.get(row.get(3));
            bomSuppliersBySku.computeIfAbsent(row.get(0), k -> new HashSet<>()).add(supplier);
            outputs.computeIfAbsent(supplier, k -> new HashSet<>()).add(FamilyPrefixes.familyOf(row.get(2)));
        }
        for (Rfc4180.Row row : data.truthProducts) {
            truthBySku.put(row.get(0), row.fields());
        }
    }

    @Test
    void evidenceInTheRecordsReachesExactlyTheExposedSkus() {
        Set<String> evidence = new TreeSet<>(data.watchlistedKeys);
        data.provinceByKey.forEach((key, province) -> {
            if (!province.equals("OTHER")) {
                evidence.add(key);
            }
        });
        for (GeneratedData.Trade t : data.trades) {
            if (isKp(t.origin())) {
                evidence.add(t.supplierKey());
            }
        }
        Set<String> reached = reachable(evidence, 0.0);
        Set<String> exposedByData = new TreeSet<>();
        bomSuppliersBySku.forEach((sku, suppliers) -> {
            if (suppliers.stream().anyMatch(reached::contains)) {
                exposedByData.add(sku);
            }
        });
        Set<String> exposedByTruth = new TreeSet<>();
        truthBySku.forEach((sku, row) -> {
            if (row.get(1).equals("true")) {
                exposedByTruth.add(sku);
            }
        });
        assertFalse(exposedByTruth.isEmpty());
        assertEquals(exposedByTruth, exposedByData);
    }

    @Test
    void eachExposedSkuIsReachedFromItsSourceThroughSubstantialShares() {
        truthBySku.forEach((sku, row) -> {
            if (row.get(1).equals("true")) {
                Set<String> reached = reachable(Set.of(row.get(2)), 0.3);
                assertTrue(bomSuppliersBySku.get(sku).stream().anyMatch(reached::contains),
                        sku + " is not reached from " + row.get(2) + " with shares of at least 0.3");
            }
        });
    }

    @Test
    void everyKindOfChainIsPlantedAndSourcesCarryTheirEvidence() {
        Set<String> kinds = new HashSet<>();
        Set<String> tiers = new HashSet<>();
        truthBySku.forEach((sku, row) -> {
            if (row.get(1).equals("false")) {
                return;
            }
            String source = row.get(2);
            kinds.add(row.get(3));
            tiers.add(row.get(4));
            switch (row.get(3)) {
                case "location" -> assertFalse(data.provinceByKey.get(source).equals("OTHER"), source);
                case "dprk_origin" -> assertTrue(data.trades.stream()
                        .anyMatch(t -> t.supplierKey().equals(source) && isKp(t.origin())), source);
                case "watchlist" -> assertTrue(data.watchlistedKeys.contains(source), source);
                case "reimport" -> assertReimport(source);
                default -> throw new AssertionError("unknown kind " + row.get(3));
            }
        });
        assertEquals(Set.of("location", "dprk_origin", "watchlist", "reimport"), kinds);
        assertEquals(Set.of("1", "2", "3", "4", "5", "6"), tiers);
    }

    @Test
    void decoysInTheNorthEastFeedThePortfolioSupplyBaseButReachNoSku() {
        Set<String> upstream = new HashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        bomSuppliersBySku.values().forEach(queue::addAll);
        Map<String, Set<String>> suppliersOf = new HashMap<>();
        links.forEach((supplier, buyers) -> buyers.keySet()
                .forEach(buyer -> suppliersOf.computeIfAbsent(buyer, k -> new HashSet<>()).add(supplier)));
        while (!queue.isEmpty()) {
            String company = queue.poll();
            if (upstream.add(company)) {
                queue.addAll(suppliersOf.getOrDefault(company, Set.of()));
            }
        }
        Set<String> sources = new HashSet<>();
        truthBySku.values().forEach(row -> sources.add(row.get(2)));
        long decoys = upstream.stream()
                .filter(key -> !data.provinceByKey.get(key).equals("OTHER") && !sources.contains(key))
                .count();
        assertTrue(decoys >= 4, "north-east decoys upstream of the portfolio: " + decoys);
    }

    private static void assertReimport(String processor) {
        assertFalse(data.provinceByKey.get(processor).equals("OTHER"));
        Set<String> fishFrom = new HashSet<>();
        links.forEach((supplier, buyers) -> {
            if (buyers.getOrDefault(processor, Map.of()).containsKey("fish_raw")) {
                fishFrom.add(data.countryByKey.get(supplier));
            }
        });
        Set<String> shippedTo = new HashSet<>();
        links.getOrDefault(processor, Map.of()).keySet().forEach(buyer -> shippedTo.add(data.countryByKey.get(buyer)));
        fishFrom.retainAll(shippedTo);
        assertFalse(fishFrom.isEmpty(), "no country both sends raw fish to and receives fish from " + processor);
    }

    /** Companies reached from the sources along links whose family can become what the buyer ships. */
    private static Set<String> reachable(Set<String> sources, double minimumShare) {
        Set<String> seen = new HashSet<>();
        ArrayDeque<String[]> queue = new ArrayDeque<>();
        Set<String> reached = new HashSet<>(sources);
        for (String source : sources) {
            for (String family : shipped.getOrDefault(source, Set.of())) {
                queue.add(new String[] {source, family});
            }
        }
        while (!queue.isEmpty()) {
            String[] state = queue.poll();
            if (!seen.add(state[0] + "|" + state[1])) {
                continue;
            }
            links.getOrDefault(state[0], Map.of()).forEach((buyer, byFamily) -> {
                Double weight = byFamily.get(state[1]);
                if (weight == null || weight / inboundWeight.get(buyer + "|" + state[1]) < minimumShare) {
                    return;
                }
                for (String output : outputs.getOrDefault(buyer, Set.of())) {
                    if (FamilyPrefixes.canBecome(state[1], output)) {
                        reached.add(buyer);
                        queue.add(new String[] {buyer, output});
                    }
                }
            });
        }
        return reached;
    }

    private static boolean isKp(String origin) {
        return origin.equals("KP") || origin.equals("NORTH KOREA");
    }
}
