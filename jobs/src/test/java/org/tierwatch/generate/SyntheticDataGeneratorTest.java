package org.tierwatch.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticDataGeneratorTest {

    private static final LocalDate END = LocalDate.of(2026, 6, 30);

    @TempDir
    static Path tmp;

    private static GenerationSummary summary;
    private static GeneratedData data;

    @BeforeAll
    static void generateOnce() throws IOException {
        summary = new SyntheticDataGenerator().generate(new GeneratorSettings(0.001, 7L, END), tmp.resolve("a"));
        data = new GeneratedData(tmp.resolve("a"));
    }

    @Test
    void sameSeedGivesIdenticalFilesAndAnotherSeedDoesNot() throws Exception {
        new SyntheticDataGenerator().generate(new GeneratorSettings(0.001, 7L, END), tmp.resolve("b"));
        new SyntheticDataGenerator().generate(new GeneratorSettings(0.001, 8L, END), tmp.resolve("c"));
        Map<String, String> a = hashes(tmp.resolve("a"));
        assertEquals(a, hashes(tmp.resolve("b")));
        Map<String, String> c = hashes(tmp.resolve("c"));
        assertEquals(a.keySet(), c.keySet());
        assertNotEquals(a.get("truth/parties.csv"), c.get("truth/parties.csv"));
    }

    @Test
    void writesOneFilePerDayOfTheYearEndingAtTheEndDate() throws IOException {
        try (Stream<Path> bol = Files.list(tmp.resolve("a/bol")); Stream<Path> imports = Files.list(tmp.resolve("a/imports"))) {
            List<String> names = bol.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(365, names.size());
            assertEquals("bol-" + END.minusDays(364) + ".csv", names.get(0));
            assertEquals("bol-" + END + ".csv", names.get(364));
            assertEquals(365, imports.count());
        }
    }

    @Test
    void rowCountsMatchTheSummary() throws IOException {
        assertEquals(1_000, summary.bolRows());
        assertEquals(1_000, summary.importRows());
        assertEquals(summary.bolRows(), data.bolRows);
        assertEquals(summary.importRows(), data.importRows);
        assertEquals(summary.products(), data.rows("portfolio/products.csv").size());
        assertEquals(summary.bomRows(), data.rows("portfolio/bom.csv").size());
        assertEquals(summary.suppliers(), data.rows("portfolio/suppliers.csv").size());
        assertEquals(summary.disclosures(), data.rows("portfolio/disclosures.csv").size());
        assertEquals(summary.watchlistEntries(), data.rows("watchlist/watchlist.csv").size());
        assertEquals(summary.companies(), data.provinceByKey.size());
        assertEquals(summary.exposedSkus(),
                data.truthProducts.stream().filter(r -> r.get(1).equals("true")).count());
        assertTrue(summary.products() >= 20);
    }

    @Test
    void malformedRowsAreExactlyTheListedOnes() {
        assertEquals(data.listedMalformed, data.invalidRows);
        assertEquals(summary.malformedRows(), data.invalidRows.size());
        assertTrue(summary.malformedRows() >= 4);
    }

    @Test
    void everyPartyRowRefersToAValidRecordAndEveryValidRecordHasBothParties() {
        long recordsWithParties = data.trades.stream()
                .filter(t -> t.supplierKey() != null && t.buyerKey() != null).count();
        assertEquals(data.validRows, recordsWithParties);
        assertEquals(data.validRows, data.partyRows.size());
        for (List<String> roles : data.partyRows.values()) {
            assertEquals(2, roles.size());
            for (String role : roles) {
                assertTrue(data.provinceByKey.containsKey(role.substring(role.indexOf('=') + 1)), role);
            }
        }
    }

    @Test
    void missingHsCodesAreAboutTwoPercent() {
        double rate = (double) summary.missingHsRows() / (summary.bolRows() + summary.importRows());
        assertTrue(rate > 0.01 && rate < 0.035, "missing HS rate " + rate);
    }

    @Test
    void provincesAreTheThreeTruthValues() {
        assertEquals(Set.of("LIAONING", "JILIN", "OTHER"), Set.copyOf(data.provinceByKey.values()));
    }

    @Test
    void bomSharesStayWithinOneAndNameKnownSuppliers() throws IOException {
        Map<String, Double> shareBySku = new HashMap<>();
        for (Rfc4180.Row row : data.bom) {
            shareBySku.merge(row.get(0), Double.parseDouble(row.get(4)), Double::sum);
            assertTrue(data.supplierKeyById.containsKey(row.get(3)), row.get(3));
        }
        assertEquals(summary.products(), shareBySku.size());
        shareBySku.forEach((sku, share) -> assertTrue(share <= 1.0 + 1e-9, sku + " " + share));
        for (Rfc4180.Row row : data.rows("portfolio/products.csv")) {
            assertTrue(Set.of("ready_meals", "garments", "ppe", "wigs_eyelashes", "machinery", "vehicles",
                    "electrical_equipment").contains(FamilyPrefixes.familyOf(row.get(3))), row.fields().toString());
        }
    }

    @Test
    void registrationCodesCarryAValidCheckCharacterAndTheirProvince() throws IOException {
        int checked = 0;
        for (Rfc4180.Row row : data.rows("portfolio/suppliers.csv")) {
            String code = row.get(4);
            if (code.isEmpty()) {
                continue;
            }
            assertEquals(Uscc.checkCharacter(code.substring(0, 17)), code.charAt(17), code);
            String province = data.provinceByKey.get(data.supplierKeyById.get(row.get(0)));
            assertEquals(province.equals("LIAONING"), code.startsWith("9121"), code);
            assertEquals(province.equals("JILIN"), code.startsWith("9122"), code);
            checked++;
        }
        assertTrue(checked > 0);
    }

    @Test
    void refusesToWriteOverEarlierOutput() {
        assertThrows(IllegalArgumentException.class, () -> new SyntheticDataGenerator()
                .generate(new GeneratorSettings(0.001, 7L, END), tmp.resolve("a")));
    }

    @Test
    void rejectsANonPositiveScale() {
        assertThrows(IllegalArgumentException.class, () -> new GeneratorSettings(0, 1, END));
        assertFalse(new GeneratorSettings(0.5, 1, END).startDate().isAfter(END));
    }

    private static Map<String, String> hashes(Path root) throws IOException, NoSuchAlgorithmException {
        Map<String, String> hashes = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            hashes.put(root.relativize(file).toString().replace('\\', '/'),
                    HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file))));
        }
        return hashes;
    }
}
