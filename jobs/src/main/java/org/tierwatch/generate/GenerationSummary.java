package org.tierwatch.generate;

/**
 * What one generation wrote: rows per input folder, the size of the invented world and how much
 * of it was deliberately made bad or exposed.
 */
public record GenerationSummary(
        long bolRows,
        long importRows,
        int products,
        int bomRows,
        int suppliers,
        int disclosures,
        int watchlistEntries,
        int companies,
        long malformedRows,
        long missingHsRows,
        int exposedSkus) {

    /** Portfolio rows over its four files. */
    public long portfolioRows() {
        return (long) products + bomRows + suppliers + disclosures;
    }
}
