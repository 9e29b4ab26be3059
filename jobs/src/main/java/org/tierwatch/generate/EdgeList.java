package org.tierwatch.generate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The planned trade links, in columns: supplier, buyer, family (the supplier's), how many records
 * the link gets and flags. Also sums the structural rows into each (buyer, family) so planted links
 * can be sized to dominate the buyer's inbound of that family.
 */
final class EdgeList {

    /** Part of a planted exposure chain (never malformed, never missing its HS code). */
    static final int PLANTED = 1;
    /** Records of this link carry country of origin KP. */
    static final int KP_ORIGIN = 2;
    /** Records of this link give the buyer's country as origin (re-imported processed fish). */
    static final int ORIGIN_BUYER_COUNTRY = 4;
    /** Volume trade among unrelated companies. */
    static final int BACKGROUND = 8;

    private static final TradeFamily[] FAMILIES = TradeFamily.values();

    private int[] suppliers = new int[1024];
    private int[] buyers = new int[1024];
    private int[] rows = new int[1024];
    private byte[] families = new byte[1024];
    private byte[] flags = new byte[1024];
    private int size;
    private final Map<Long, Integer> inboundRows = new HashMap<>();

    int add(int supplier, int buyer, TradeFamily family, int rowCount, int flagBits) {
        if (size == suppliers.length) {
            int capacity = size * 2;
            suppliers = Arrays.copyOf(suppliers, capacity);
            buyers = Arrays.copyOf(buyers, capacity);
            rows = Arrays.copyOf(rows, capacity);
            families = Arrays.copyOf(families, capacity);
            flags = Arrays.copyOf(flags, capacity);
        }
        suppliers[size] = supplier;
        buyers[size] = buyer;
        rows[size] = rowCount;
        families[size] = (byte) family.ordinal();
        flags[size] = (byte) flagBits;
        if ((flagBits & BACKGROUND) == 0) {
            inboundRows.merge(inboundKey(buyer, family), rowCount, Integer::sum);
        }
        return size++;
    }

    int size() {
        return size;
    }

    int supplier(int edge) {
        return suppliers[edge];
    }

    int buyer(int edge) {
        return buyers[edge];
    }

    int rows(int edge) {
        return rows[edge];
    }

    TradeFamily family(int edge) {
        return FAMILIES[families[edge]];
    }

    boolean has(int edge, int flag) {
        return (flags[edge] & flag) != 0;
    }

    /** Rows of non-background links into the buyer for the family. */
    int inboundRows(int buyer, TradeFamily family) {
        return inboundRows.getOrDefault(inboundKey(buyer, family), 0);
    }

    /** Total rows over all links. */
    long totalRows() {
        long total = 0;
        for (int i = 0; i < size; i++) {
            total += rows[i];
        }
        return total;
    }

    private static long inboundKey(int buyer, TradeFamily family) {
        return ((long) buyer << 5) | family.ordinal();
    }
}
