package org.tierwatch.generate;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One planted exposure: the SKU it reaches, its kind, the source's tier and the companies from
 * the source (first) to the direct supplier (last).
 */
record PlantedChain(int sku, ChainKind kind, int tier, List<Integer> path) {

    PlantedChain {
        requireNonNull(kind, "kind is null");
        requireNonNull(path, "path is null");
        path = List.copyOf(path);
    }

    int source() {
        return path.get(0);
    }
}
