package org.tierwatch.generate;

import org.tierwatch.ingest.CsvWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Streams the trade records of every planned link into one BOL file and one declaration file per
 * day, with the party truth and the list of deliberately malformed rows beside them. Rows are
 * produced link by link and written at once; nothing holds them in memory.
 */
final class TradeRowWriter implements Closeable {

    private static final String[] CARRIERS = {"MAEU", "MSCU", "COSU", "EGLV", "ONEY", "HLCU", "CMDU", "OOLU", "YMLU",
        "ZIMU"};
    private static final long ID_SPACE = 10_000_000_000L;
    private static final long ID_STRIDE = 7_919_461L;

    private final TradeWorld world;
    private final SplittableRandom random;
    private final SplittableRandom malformRandom;
    private final String[] days;
    private final CsvWriter[] bolFiles;
    private final CsvWriter[] importFiles;
    private final CsvWriter parties;
    private final CsvWriter malformed;
    private long bolRows;
    private long importRows;
    private long malformedRows;
    private long missingHsRows;
    private long recordCounter;

    TradeRowWriter(TradeWorld world, Path outDir, LocalDate start, SplittableRandom random,
            SplittableRandom malformRandom) throws IOException {
        this.world = world;
        this.random = random;
        this.malformRandom = malformRandom;
        this.days = new String[GeneratorSettings.DAYS];
        this.bolFiles = new CsvWriter[days.length];
        this.importFiles = new CsvWriter[days.length];
        this.parties = new CsvWriter(outDir.resolve("truth/parties.csv"), InputColumns.TRUTH_PARTIES);
        this.malformed = new CsvWriter(outDir.resolve("truth/malformed.csv"), InputColumns.TRUTH_MALFORMED);
        for (int d = 0; d < days.length; d++) {
            days[d] = start.plusDays(d).toString();
            bolFiles[d] = new CsvWriter(outDir.resolve(bolFile(d)), InputColumns.BOL);
            importFiles[d] = new CsvWriter(outDir.resolve(importFile(d)), InputColumns.IMPORTS);
        }
    }

    /** Writes every link's rows; about {@code malformedRate} of the background rows are broken. */
    void writeAll(double malformedRate) throws IOException {
        EdgeList edges = world.edges;
        long backgroundRows = 0;
        for (int e = 0; e < edges.size(); e++) {
            if (edges.has(e, EdgeList.BACKGROUND)) {
                backgroundRows += edges.rows(e);
            }
        }
        BitSet broken = pickBroken(backgroundRows, malformedRate);
        long backgroundOrdinal = 0;
        int toggle = 1;
        for (int e = 0; e < edges.size(); e++) {
            int rows = edges.rows(e);
            int bolCount = rows / 2;
            if (rows % 2 == 1) {
                bolCount += toggle;
                toggle = 1 - toggle;
            }
            boolean background = edges.has(e, EdgeList.BACKGROUND);
            for (int i = 0; i < rows; i++) {
                boolean breakIt = background && broken.get((int) backgroundOrdinal++);
                writeRow(e, i < bolCount, breakIt);
            }
        }
    }

    private BitSet pickBroken(long backgroundRows, double rate) {
        BitSet broken = new BitSet();
        if (backgroundRows == 0) {
            return broken;
        }
        long wanted = Math.min(backgroundRows / 4, Math.max(4, Math.round(world.edges.totalRows() * rate)));
        int picked = 0;
        while (picked < wanted) {
            int at = (int) (malformRandom.nextLong(backgroundRows));
            if (!broken.get(at)) {
                broken.set(at);
                picked++;
            }
        }
        return broken;
    }

    private void writeRow(int edge, boolean bol, boolean breakIt) throws IOException {
        EdgeList edges = world.edges;
        Company supplier = world.company(edges.supplier(edge));
        Company buyer = world.company(edges.buyer(edge));
        TradeFamily family = edges.family(edge);
        boolean planted = edges.has(edge, EdgeList.PLANTED);
        int day = random.nextInt(days.length);
        long id = (recordCounter++ * ID_STRIDE + 1_234_567L) % ID_SPACE;
        int code = random.nextInt(family.codeCount());
        // A missing HS code reads as family "other"; on a decoy's link that would let risk pass into
        // a buyer of "other", so decoy and planted links always carry their code.
        boolean keepsHs = planted || supplier.role() == CompanyRole.DECOY;
        boolean missingHs = !keepsHs && random.nextInt(50) == 0;
        String hs = missingHs ? "" : HsFormat.write(family.hsCode(code), random);
        String description = family.description(code);
        // Planted links ship heavier lots so they stay the larger part of the buyer's inbound by value too.
        double weight = family.medianWeightKg() * StrictMath.exp(0.8 * Gaussian.next(random)) * (planted ? 2 : 1);
        boolean legible = supplier.role() == CompanyRole.SOURCE || supplier.role() == CompanyRole.DECOY;
        String origin = origin(edge, supplier, buyer);
        String supplierName = NameVariants.mention(supplier, random);
        String supplierAddress = AddressVariants.mention(supplier, legible, random);
        String supplierCountry = CountryMention.of(supplier.country(), random);
        String buyerName = NameVariants.mention(buyer, random);
        String buyerAddress = AddressVariants.mention(buyer, false, random);
        String buyerCountry = CountryMention.of(buyer.country(), random);
        String quantity = Long.toString(Math.max(1, Math.round(weight / unitKg(family))));
        String recordId;
        String[] fields;
        if (bol) {
            recordId = CARRIERS[(int) (id % CARRIERS.length)] + pad10(id);
            String notify = switch (random.nextInt(20)) {
                case 0, 1, 2 -> NameVariants.mention(buyer, random);
                case 3, 4, 5, 6, 7 -> "SAME AS CONSIGNEE";
                default -> "";
            };
            String containers = weight >= 5_000 ? Long.toString(Math.max(1, Math.round(weight / 20_000)))
                    : (random.nextBoolean() ? "" : "1");
            fields = new String[] {recordId, days[day], supplierName, supplierAddress, supplierCountry, buyerName,
                buyerAddress, buyerCountry, notify, portOfLading(supplier), buyer.port(), origin,
                goodsDescription(description, quantity), hs, decimal1(weight), quantity, containers};
        } else {
            recordId = buyer.country() + pad10(id);
            double value = weight * family.usdPerKg() * StrictMath.exp(0.25 * Gaussian.next(random));
            String exporterId = !supplier.uscc().isEmpty() && random.nextInt(10) < 4 ? supplier.uscc() : "";
            fields = new String[] {recordId, days[day], buyer.country(), buyerName, buyerAddress, buyerCountry,
                supplierName, supplierAddress, supplierCountry, exporterId, origin, hs, description, decimal2(value),
                quantity, quantityUnit(family), decimal1(weight)};
        }
        CsvWriter file = bol ? bolFiles[day] : importFiles[day];
        if (breakIt) {
            Malformation kind = Malformation.values()[(int) (malformedRows % Malformation.values().length)];
            String[] reason = new String[1];
            String[] brokenFields = kind.apply(fields, bol, malformRandom, reason);
            String fileName = bol ? bolFile(day) : importFile(day);
            malformed.writeRow(fileName, Long.toString(file.lines() + 1), reason[0]);
            file.writeAnyRow(brokenFields);
            malformedRows++;
        } else {
            file.writeRow(fields);
            parties.writeRow(bol ? "bol" : "imports", recordId, bol ? "shipper" : "exporter", supplier.key());
            parties.writeRow(bol ? "bol" : "imports", recordId, bol ? "consignee" : "importer", buyer.key());
            if (missingHs) {
                missingHsRows++;
            }
        }
        if (bol) {
            bolRows++;
        } else {
            importRows++;
        }
    }

    private String origin(int edge, Company supplier, Company buyer) {
        if (world.edges.has(edge, EdgeList.KP_ORIGIN)) {
            return random.nextInt(100) < 85 ? "KP" : "NORTH KOREA";
        }
        if (world.edges.has(edge, EdgeList.ORIGIN_BUYER_COUNTRY)) {
            return buyer.country();
        }
        return random.nextInt(4) == 0 ? "" : supplier.country();
    }

    private String portOfLading(Company supplier) {
        int roll = random.nextInt(100);
        boolean northern = supplier.province().equals("SHANDONG") || supplier.province().equals("BEIJING")
                || supplier.province().equals("TIANJIN");
        if (northern && roll < 5) {
            return "CNDAL";
        }
        if (roll < 10 && supplier.country().equals("CN")) {
            return supplier.city().toUpperCase(Locale.ROOT) + ", CHINA";
        }
        return supplier.port();
    }

    private String goodsDescription(String description, String quantity) {
        return random.nextInt(5) == 0 ? quantity + " PKGS SAID TO CONTAIN " + description : description;
    }

    private static double unitKg(TradeFamily family) {
        return switch (family) {
            case GARMENTS, PPE -> 0.4;
            case WIGS_EYELASHES -> 0.2;
            case ELECTRONIC_COMPONENTS -> 0.05;
            case ELECTRICAL_EQUIPMENT -> 2.5;
            case MACHINERY -> 60;
            case VEHICLES -> 300;
            case SHIPS -> 900_000;
            default -> 1;
        };
    }

    private static String quantityUnit(TradeFamily family) {
        return switch (family) {
            case FISH_RAW, PREPARED_SEAFOOD, READY_MEALS, YARN_FABRIC, HAIR, WOOD, MINERALS -> "KGM";
            case SHIPS -> "UNT";
            default -> "PCS";
        };
    }

    private static String pad10(long id) {
        String digits = Long.toString(id);
        return "0000000000".substring(digits.length()) + digits;
    }

    private static String decimal1(double value) {
        long tenths = Math.round(value * 10);
        return (tenths / 10) + "." + (tenths % 10);
    }

    private static String decimal2(double value) {
        long cents = Math.round(value * 100);
        long rest = cents % 100;
        return (cents / 100) + (rest < 10 ? ".0" : ".") + rest;
    }

    private String bolFile(int day) {
        return "bol/bol-" + days[day] + ".csv";
    }

    private String importFile(int day) {
        return "imports/imports-" + days[day] + ".csv";
    }

    long bolRows() {
        return bolRows;
    }

    long importRows() {
        return importRows;
    }

    long malformedRows() {
        return malformedRows;
    }

    long missingHsRows() {
        return missingHsRows;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (CsvWriter writer : concat()) {
            try {
                writer.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private CsvWriter[] concat() {
        CsvWriter[] all = new CsvWriter[bolFiles.length + importFiles.length + 2];
        System.arraycopy(bolFiles, 0, all, 0, bolFiles.length);
        System.arraycopy(importFiles, 0, all, bolFiles.length, importFiles.length);
        all[all.length - 2] = parties;
        all[all.length - 1] = malformed;
        return all;
    }
}
