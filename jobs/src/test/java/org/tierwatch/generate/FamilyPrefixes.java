package org.tierwatch.generate;

import java.util.Map;

/**
 * The HS prefix table of the project's product families, written out independently of the
 * generator so the tests classify records the way the pipeline will.
 */
final class FamilyPrefixes {

    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("03", "fish_raw"), Map.entry("1604", "prepared_seafood"), Map.entry("1605", "prepared_seafood"),
            Map.entry("1602", "ready_meals"), Map.entry("1902", "ready_meals"), Map.entry("2104", "ready_meals"),
            Map.entry("2106", "ready_meals"),
            Map.entry("50", "yarn_fabric"), Map.entry("51", "yarn_fabric"), Map.entry("52", "yarn_fabric"),
            Map.entry("53", "yarn_fabric"), Map.entry("54", "yarn_fabric"), Map.entry("55", "yarn_fabric"),
            Map.entry("56", "yarn_fabric"), Map.entry("58", "yarn_fabric"), Map.entry("59", "yarn_fabric"),
            Map.entry("60", "yarn_fabric"),
            Map.entry("61", "garments"), Map.entry("62", "garments"), Map.entry("63", "garments"),
            Map.entry("6210", "ppe"), Map.entry("630790", "ppe"), Map.entry("401519", "ppe"), Map.entry("392620", "ppe"),
            Map.entry("6216", "ppe"), Map.entry("9020", "ppe"),
            Map.entry("0501", "hair"), Map.entry("6703", "hair"), Map.entry("6704", "wigs_eyelashes"),
            Map.entry("8532", "electronic_components"), Map.entry("8533", "electronic_components"),
            Map.entry("8534", "electronic_components"), Map.entry("8541", "electronic_components"),
            Map.entry("8542", "electronic_components"),
            Map.entry("85", "electrical_equipment"), Map.entry("8471", "electrical_equipment"),
            Map.entry("84", "machinery"), Map.entry("87", "vehicles"), Map.entry("44", "wood"), Map.entry("89", "ships"),
            Map.entry("25", "minerals"), Map.entry("26", "minerals"), Map.entry("27", "minerals"));

    private static final Map<String, java.util.Set<String>> OUTPUTS = Map.of(
            "fish_raw", java.util.Set.of("prepared_seafood", "ready_meals"),
            "prepared_seafood", java.util.Set.of("ready_meals"),
            "yarn_fabric", java.util.Set.of("garments", "ppe"),
            "hair", java.util.Set.of("wigs_eyelashes"),
            "electronic_components", java.util.Set.of("electrical_equipment", "machinery", "vehicles"),
            "electrical_equipment", java.util.Set.of("machinery", "vehicles"),
            "machinery", java.util.Set.of("vehicles"));

    private FamilyPrefixes() {
    }

    static String familyOf(String hsCode) {
        String digits = hsCode.replaceAll("[^0-9]", "");
        for (int length = Math.min(digits.length(), 6); length >= 2; length--) {
            String family = PREFIXES.get(digits.substring(0, length));
            if (family != null) {
                return family;
            }
        }
        return "other";
    }

    static boolean canBecome(String input, String output) {
        return input.equals(output) || OUTPUTS.getOrDefault(input, java.util.Set.of()).contains(output);
    }
}
