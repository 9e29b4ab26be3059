package org.tierwatch.generate;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a company's address the way one trade record might: full, in capitals, truncated,
 * missing, only the postcode, only a telephone number, in Chinese script, or in Korean script
 * (Yanbian, Dandong and Seoul companies).
 */
final class AddressVariants {

    private AddressVariants() {
    }

    /**
     * One address for a record. {@code legible} favours full addresses: planted sources must stay
     * locatable from their records for the chain to be findable at all.
     */
    static String mention(Company company, boolean legible, SplittableRandom random) {
        int roll = random.nextInt(100);
        if (legible && roll >= 40 && roll < 70 && random.nextBoolean()) {
            roll = random.nextInt(40);
        }
        String full = company.address();
        if (roll < 40) {
            return roll < 24 ? full.toUpperCase(Locale.ROOT) : full;
        }
        if (roll < 57) {
            return truncate(full, random);
        }
        if (roll < 68) {
            return "";
        }
        if (roll < 74) {
            return postcodeOnly(company, random);
        }
        if (roll < 80) {
            return "TEL " + phone(company, random);
        }
        if (roll < 90 && !company.chineseAddress().isEmpty()) {
            return company.chineseAddress();
        }
        if (roll < 95 && !company.koreanAddress().isEmpty()) {
            return company.koreanAddress();
        }
        return full.toUpperCase(Locale.ROOT) + " TEL: " + phone(company, random);
    }

    /** The company's telephone number in one of the ways records write it. */
    static String phone(Company company, SplittableRandom random) {
        String local = company.phoneLocal();
        if (!company.phoneCountry().equals("+86")) {
            return company.phoneCountry() + " " + company.areaCode() + " " + local;
        }
        String area = company.areaCode();
        String trunkless = area.substring(1);
        return switch (random.nextInt(5)) {
            case 0 -> "+86 " + trunkless + " " + local.substring(0, 4) + " " + local.substring(4);
            case 1 -> "(" + area + ") " + local;
            case 2 -> area + "-" + local;
            case 3 -> "86-" + trunkless + "-" + local;
            default -> "+86-" + trunkless + "-" + local;
        };
    }

    private static String postcodeOnly(Company company, SplittableRandom random) {
        String postcode = company.postcode();
        if (postcode.isEmpty()) {
            return "";
        }
        return switch (random.nextInt(3)) {
            case 0 -> postcode;
            case 1 -> company.country() + " " + postcode;
            default -> "P.C. " + postcode;
        };
    }

    private static String truncate(String full, SplittableRandom random) {
        if (full.length() < 16) {
            return full;
        }
        int cut = 12 + random.nextInt(Math.max(1, full.length() - 16));
        String text = full.substring(0, cut).trim();
        return random.nextBoolean() ? text.toUpperCase(Locale.ROOT) : text;
    }
}
