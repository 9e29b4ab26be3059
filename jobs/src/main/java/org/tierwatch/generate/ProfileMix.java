package org.tierwatch.generate;

import java.util.SplittableRandom;

/** Which kind of company to invent for a place in the trade world. */
final class ProfileMix {

    private static final int[] BACKGROUND_FAMILY_WEIGHTS = {7, 5, 5, 9, 12, 4, 2, 2, 9, 12, 10, 6, 3, 1, 3, 10};
    private static final int BACKGROUND_FAMILY_TOTAL = java.util.Arrays.stream(BACKGROUND_FAMILY_WEIGHTS).sum();

    private ProfileMix() {
    }

    /**
     * A company upstream of the portfolio: never in the north-east and never in a country with
     * overseas-labour evidence for its family, but often with a trap address or a Korean name.
     */
    static CompanyProfile clean(TradeFamily family, SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 45) {
            return CompanyProfile.CHINA_ELSEWHERE;
        }
        if (roll < 53) {
            return CompanyProfile.TRAP_STREET;
        }
        if (roll < 57) {
            return CompanyProfile.TRAP_NUMBER;
        }
        if (roll < 60) {
            return WorldAtlas.country("MY").overseasLabour(family) ? CompanyProfile.FOREIGN_CLEAN
                    : CompanyProfile.MALAYSIA_JALAN;
        }
        if (roll < 63) {
            return CompanyProfile.KOREAN_SEOUL;
        }
        if (roll < 66) {
            return CompanyProfile.KOREAN_QINGDAO;
        }
        return CompanyProfile.FOREIGN_CLEAN;
    }

    /** A background company: anywhere, the north-east included. */
    static CompanyProfile background(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 7) {
            return CompanyProfile.LIAONING;
        }
        if (roll < 11) {
            return CompanyProfile.JILIN;
        }
        if (roll < 49) {
            return CompanyProfile.CHINA_ELSEWHERE;
        }
        if (roll < 53) {
            return CompanyProfile.TRAP_STREET;
        }
        if (roll < 55) {
            return CompanyProfile.TRAP_NUMBER;
        }
        if (roll < 57) {
            return CompanyProfile.MALAYSIA_JALAN;
        }
        if (roll < 59) {
            return CompanyProfile.KOREAN_SEOUL;
        }
        if (roll < 61) {
            return CompanyProfile.KOREAN_QINGDAO;
        }
        return CompanyProfile.FOREIGN_ANY;
    }

    /** The family a background company ships, weighted like world trade in these goods. */
    static TradeFamily backgroundFamily(SplittableRandom random) {
        int roll = random.nextInt(BACKGROUND_FAMILY_TOTAL);
        TradeFamily[] families = TradeFamily.values();
        for (int i = 0; i < families.length; i++) {
            roll -= BACKGROUND_FAMILY_WEIGHTS[i];
            if (roll < 0) {
                return families[i];
            }
        }
        return TradeFamily.OTHER;
    }
}
