package org.tierwatch.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads a generated directory back with the strict CSV reader and checks rows against the contract. */
final class GeneratedData {

    /** A trade record that passed the contract checks, with its parties from the truth. */
    record Trade(String source, String recordId, String supplierKey, String buyerKey, String family, double weight,
            String origin) {
    }

    final Path dir;
    final List<Trade> trades = new ArrayList<>();
    final Set<String> invalidRows = new HashSet<>();
    final Set<String> listedMalformed = new HashSet<>();
    final Map<String, List<String>> partyRows = new HashMap<>();
    final Map<String, String> provinceByKey = new HashMap<>();
    final Map<String, String> countryByKey = new HashMap<>();
    final Map<String, String> supplierKeyById = new HashMap<>();
    final Set<String> watchlistedKeys = new HashSet<>();
    final List<Rfc4180.Row> truthProducts;
    final List<Rfc4180.Row> bom;
    long bolRows;
    long importRows;
    long validRows;

    GeneratedData(Path dir) throws IOException {
        this.dir = dir;
        for (Rfc4180.Row row : rows("truth/parties.csv")) {
            partyRows.computeIfAbsent(row.get(0) + "|" + row.get(1), k -> new ArrayList<>())
                    .add(row.get(2) + "=" + row.get(3));
        }
        for (Rfc4180.Row row : rows("truth/locations.csv")) {
            provinceByKey.put(row.get(0), row.get(1));
        }
        for (Rfc4180.Row row : rows("truth/companies.csv")) {
            countryByKey.put(row.get(0), row.get(2));
        }
        for (Rfc4180.Row row : rows("truth/suppliers.csv")) {
            supplierKeyById.put(row.get(0), row.get(1));
        }
        for (Rfc4180.Row row : rows("truth/watchlist.csv")) {
            if (!row.get(2).isEmpty()) {
                watchlistedKeys.add(row.get(2));
            }
        }
        for (Rfc4180.Row row : rows("truth/malformed.csv")) {
            listedMalformed.add(row.get(0) + ":" + row.get(1));
        }
        truthProducts = rows("truth/products.csv");
        bom = rows("portfolio/bom.csv");
        readTrade("bol", InputColumns.BOL);
        readTrade("imports", InputColumns.IMPORTS);
    }

    /** Data rows of a file under the directory (header dropped). */
    List<Rfc4180.Row> rows(String relative) throws IOException {
        List<Rfc4180.Row> all = Rfc4180.read(dir.resolve(relative));
        return all.subList(1, all.size());
    }

    private void readTrade(String folder, List<String> header) throws IOException {
        boolean bol = folder.equals("bol");
        List<Path> files;
        try (Stream<Path> list = Files.list(dir.resolve(folder))) {
            files = list.sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String fileDate = name.substring(name.indexOf('-') + 1, name.length() - 4);
            List<Rfc4180.Row> all = Rfc4180.read(file);
            if (!all.get(0).fields().equals(header)) {
                throw new IllegalStateException(file + ": header " + all.get(0).fields());
            }
            for (Rfc4180.Row row : all.subList(1, all.size())) {
                if (bol) {
                    bolRows++;
                } else {
                    importRows++;
                }
                String where = folder + "/" + name + ":" + row.line();
                if (!valid(row, bol, fileDate)) {
                    invalidRows.add(where);
                    continue;
                }
                validRows++;
                List<String> parties = partyRows.getOrDefault(folder + "|" + row.get(0), List.of());
                String supplierRole = bol ? "shipper=" : "exporter=";
                String buyerRole = bol ? "consignee=" : "importer=";
                String supplier = parties.stream().filter(p -> p.startsWith(supplierRole)).findFirst()
                        .map(p -> p.substring(supplierRole.length())).orElse(null);
                String buyer = parties.stream().filter(p -> p.startsWith(buyerRole)).findFirst()
                        .map(p -> p.substring(buyerRole.length())).orElse(null);
                String hs = bol ? row.get(13) : row.get(11);
                double weight = Double.parseDouble(bol ? row.get(14) : row.get(16));
                String origin = bol ? row.get(11) : row.get(10);
                trades.add(new Trade(folder, row.get(0), supplier, buyer,
                        hs.isEmpty() ? "other" : FamilyPrefixes.familyOf(hs), weight, origin));
            }
        }
    }

    private static boolean valid(Rfc4180.Row row, boolean bol, String fileDate) {
        if (row.fields().size() != 17) {
            return false;
        }
        int[] required = bol ? new int[] {0, 1, 2, 5} : new int[] {0, 1, 3, 6};
        for (int column : required) {
            if (row.get(column).isBlank()) {
                return false;
            }
        }
        try {
            if (!LocalDate.parse(row.get(1)).toString().equals(fileDate)) {
                return false;
            }
        } catch (DateTimeParseException e) {
            return false;
        }
        int[] numbers = bol ? new int[] {14, 15, 16} : new int[] {13, 14, 16};
        for (int column : numbers) {
            String value = row.get(column);
            if (!value.isEmpty()) {
                try {
                    Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
