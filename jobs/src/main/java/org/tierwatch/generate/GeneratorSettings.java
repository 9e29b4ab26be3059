package org.tierwatch.generate;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * What to generate: the scale factor (1 = one million BOL rows and one million declaration lines),
 * the seed that makes the output reproducible, and the last day of the 365 days the trade covers.
 */
public record GeneratorSettings(double scale, long seed, LocalDate endDate) {

    /** Days of trade data, ending at {@link #endDate()}. */
    public static final int DAYS = 365;

    public GeneratorSettings {
        requireNonNull(endDate, "endDate is null");
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number, got " + scale);
        }
    }

    /** The first day of the covered period. */
    public LocalDate startDate() {
        return endDate.minusDays(DAYS - 1L);
    }
}
