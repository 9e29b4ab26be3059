package org.tierwatch.generate;

/** How big the invented world is at a scale factor; tiny scales keep enough of everything to test. */
record WorldSize(int companies, int skus, int directSuppliers, int exposedSkus, int decoys, long rowsPerSource) {

    static WorldSize at(double scale) {
        int skus = (int) Math.max(20, Math.round(5_000 * scale));
        return new WorldSize(
                (int) Math.max(100, Math.round(100_000 * scale)),
                skus,
                (int) Math.max(8, Math.round(skus * 0.24)),
                (int) Math.max(6, Math.round(skus * 0.04)),
                (int) Math.max(4, Math.round(skus * 0.04)),
                Math.max(1, Math.round(1_000_000 * scale)));
    }
}
