package org.tierwatch.generate;

import java.util.SplittableRandom;

/** Writes a six-digit HS code the ways records do: plain, dotted, national 8 or 10 digits, or cut to 4. */
final class HsFormat {

    private HsFormat() {
    }

    /**
     * One written form of {@code code6}. Planted links never cut to four digits, because some
     * families (face masks 630790, gloves 401519) change family when cut.
     */
    static String write(String code6, boolean planted, SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 50) {
            return code6;
        }
        if (roll < 70) {
            return code6.substring(0, 4) + "." + code6.substring(4);
        }
        if (roll < 85) {
            return code6 + "00" + random.nextInt(10) + random.nextInt(10);
        }
        if (roll < 95 || planted) {
            return code6 + "00";
        }
        return code6.substring(0, 4);
    }
}
