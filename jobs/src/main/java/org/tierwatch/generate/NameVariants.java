package org.tierwatch.generate;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Spells a company's name the way one trade record might: legal-form variants, a dropped legal
 * form, clerks' abbreviations, one or two typos, glued tokens, an added or dropped city prefix,
 * capitals, or the Chinese- or Korean-script name.
 */
final class NameVariants {

    private static final String[] CO_LTD = {"CO., LTD.", "CO LTD", "CO.,LTD.", "COMPANY LIMITED", "CO.,LTD", "CO. LTD",
        "LTD", ""};
    private static final String[] GROUP_CO_LTD = {"GROUP CO., LTD.", "GRP CO LTD", "GROUP COMPANY LIMITED", "GROUP",
        "GROUP CO.,LTD.", ""};
    private static final String[][] ABBREVIATIONS = {
        {"INTERNATIONAL", "INTL"}, {"MANUFACTURING", "MFG"}, {"COMMERCE", "COMM"}, {"GROUP", "GRP"},
        {"INDUSTRIAL", "IND"}, {"TECHNOLOGY", "TECH"}, {"PRODUCTS", "PRODS"}, {"IMPORT & EXPORT", "IMP & EXP"},
        {"ELECTRONIC", "ELEC"}, {"EQUIPMENT", "EQUIP"}};

    private NameVariants() {
    }

    /** One spelling of the company's name. */
    static String mention(Company company, SplittableRandom random) {
        int roll = random.nextInt(100);
        if (!company.chineseName().isEmpty() && roll < 12) {
            return company.chineseName();
        }
        if (!company.koreanName().isEmpty() && roll < 10) {
            return company.koreanName();
        }
        if (roll >= 88) {
            return company.canonicalName();
        }
        StringBuilder name = new StringBuilder(64);
        String prefix = company.cityPrefix();
        int prefixRoll = random.nextInt(10);
        if (!prefix.isEmpty() && prefixRoll == 0) {
            prefix = "";
        } else if (prefix.isEmpty() && company.country().equals("CN") && prefixRoll == 0) {
            prefix = company.city();
        }
        if (!prefix.isEmpty()) {
            name.append(prefix).append(' ');
        }
        name.append(company.brand());
        name.append(random.nextInt(20) == 0 ? "" : " ");
        name.append(company.industry());
        String legal = legalVariant(company.legalForm(), random);
        if (!legal.isEmpty()) {
            name.append(' ').append(legal);
        }
        String text = name.toString();
        boolean upper = random.nextInt(100) < 75;
        if (upper) {
            text = text.toUpperCase(Locale.ROOT);
            if (random.nextInt(100) < 20) {
                text = abbreviate(text);
            }
        }
        int typoRoll = random.nextInt(100);
        if (typoRoll < 8) {
            text = Typos.apply(text, typoRoll < 2 ? 2 : 1, random);
        }
        return text;
    }

    private static String legalVariant(String legalForm, SplittableRandom random) {
        return switch (legalForm) {
            case "Co., Ltd." -> CO_LTD[random.nextInt(CO_LTD.length)];
            case "Group Co., Ltd." -> GROUP_CO_LTD[random.nextInt(GROUP_CO_LTD.length)];
            default -> switch (random.nextInt(4)) {
                case 0 -> "";
                case 1 -> legalForm.replace(".", "");
                default -> legalForm;
            };
        };
    }

    private static String abbreviate(String upper) {
        String text = upper;
        for (String[] pair : ABBREVIATIONS) {
            text = text.replace(pair[0], pair[1]);
        }
        return text;
    }
}
