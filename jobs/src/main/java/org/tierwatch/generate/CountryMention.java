package org.tierwatch.generate;

import java.util.SplittableRandom;

/** Writes a country as records do: mostly the ISO code, sometimes the name, sometimes nothing. */
final class CountryMention {

    private CountryMention() {
    }

    static String of(String code, SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 72) {
            return code;
        }
        if (roll < 90) {
            return code.equals("CN") ? (roll < 86 ? "CHINA" : "PEOPLE'S REPUBLIC OF CHINA") : WorldAtlas.country(code).name();
        }
        return "";
    }
}
