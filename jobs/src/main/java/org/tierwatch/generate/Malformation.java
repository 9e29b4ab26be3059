package org.tierwatch.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The ways a trade row is deliberately broken, each with the reason written to
 * truth/malformed.csv. Breaks one contract rule per row so the ingest stage has one reason to give.
 */
enum Malformation {
    EMPTY_REQUIRED,
    UNPARSEABLE_DATE,
    UNPARSEABLE_NUMBER,
    WRONG_FIELD_COUNT;

    private static final String[] BAD_DATES = {"2025-13-45", "31/02/2026", "N/A", "20260230x", "next tuesday"};
    private static final String[] BAD_NUMBERS = {"12O45.5", "#VALUE!", "1.2.3", "approx. 300", "--"};

    /**
     * Breaks {@code fields} (a BOL row when {@code bol}, else a declaration line) in place or returns
     * a row of another length, and puts the reason in {@code reason[0]}.
     */
    String[] apply(String[] fields, boolean bol, SplittableRandom random, String[] reason) {
        java.util.List<String> header = bol ? InputColumns.BOL : InputColumns.IMPORTS;
        switch (this) {
            case EMPTY_REQUIRED -> {
                int[] required = bol ? new int[] {0, 2, 5} : new int[] {0, 3, 6};
                int column = required[random.nextInt(required.length)];
                fields[column] = "";
                reason[0] = "empty required column " + header.get(column);
                return fields;
            }
            case UNPARSEABLE_DATE -> {
                fields[1] = BAD_DATES[random.nextInt(BAD_DATES.length)];
                reason[0] = "unparseable date in " + header.get(1) + ": " + fields[1];
                return fields;
            }
            case UNPARSEABLE_NUMBER -> {
                int column = bol ? 14 : (random.nextBoolean() ? 13 : 16);
                fields[column] = BAD_NUMBERS[random.nextInt(BAD_NUMBERS.length)];
                reason[0] = "unparseable number in " + header.get(column) + ": " + fields[column];
                return fields;
            }
            default -> {
                String[] changed = random.nextBoolean() ? Arrays.copyOf(fields, fields.length - 1)
                        : Arrays.copyOf(fields, fields.length + 1);
                if (changed.length > fields.length) {
                    changed[fields.length] = "EXTRA";
                }
                reason[0] = "wrong field count: " + changed.length + " instead of " + fields.length;
                return changed;
            }
        }
    }
}
