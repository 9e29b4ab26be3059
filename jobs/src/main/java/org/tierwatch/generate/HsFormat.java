package org.tierwatch.generate;

import java.util.SplittableRandom;

/** Writes a six-digit HS code the ways records do: plain, dotted, national 8 or 10 digits, or cut to 4. */
final class HsFormat {

    private HsFormat() {
    }

    /**
     * One written form of {@code code6}. Codes whose four-digit heading belongs to another family
     * (face masks 630790 in garments' 63, gloves 401519 and 392620 in other) are never cut, so the
     * noise cannot move a record between families and open a path the truth does not know.
     */
    static String write(String code6, SplittableRandom random) {
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
        if (roll < 95 || code6.startsWith("6307") || code6.startsWith("4015") || code6.startsWith("3926")) {
            return code6 + "00";
        }
        return code6.substring(0, 4);
    }
}
