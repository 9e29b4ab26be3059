package org.tierwatch.generate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The product families of the project (same ids), with the HS codes and goods descriptions the
 * generator writes for each, typical shipment weights and prices, and the transformation map that
 * says which input family can become which output family.
 */
enum TradeFamily {
    FISH_RAW("fish_raw", true, 18_000, 5.0,
            "030389", "FROZEN FISH", "030617", "FROZEN SHRIMPS AND PRAWNS", "030487", "FROZEN TUNA FILLETS",
            "030499", "FROZEN FISH MEAT", "030743", "FROZEN SQUID"),
    PREPARED_SEAFOOD("prepared_seafood", true, 15_000, 8.0,
            "160420", "PREPARED FISH", "160521", "PREPARED SHRIMPS", "160414", "CANNED TUNA",
            "160554", "PREPARED SQUID", "160420", "FISH BALLS"),
    READY_MEALS("ready_meals", false, 12_000, 4.0,
            "160250", "PREPARED BEEF MEALS", "190230", "INSTANT NOODLES", "210690", "FOOD PREPARATIONS",
            "210410", "SOUPS AND BROTHS", "190220", "STUFFED PASTA"),
    YARN_FABRIC("yarn_fabric", true, 9_000, 6.0,
            "520811", "COTTON WOVEN FABRIC", "540752", "POLYESTER WOVEN FABRIC", "600622", "KNITTED FABRIC",
            "551321", "POLYESTER COTTON FABRIC", "560311", "NONWOVEN FABRIC"),
    GARMENTS("garments", true, 4_000, 15.0,
            "610910", "COTTON T-SHIRTS", "620343", "MENS TROUSERS SYNTHETIC", "611030", "PULLOVERS",
            "620462", "WOMENS TROUSERS COTTON", "630260", "TOILET LINEN"),
    PPE("ppe", true, 3_000, 10.0,
            "621010", "PROTECTIVE COVERALLS", "630790", "FACE MASKS", "401519", "NITRILE GLOVES",
            "392620", "PVC GLOVES", "902000", "BREATHING APPLIANCES"),
    HAIR("hair", true, 800, 60.0,
            "670300", "HUMAN HAIR PREPARED", "050100", "HUMAN HAIR UNWORKED"),
    WIGS_EYELASHES("wigs_eyelashes", true, 600, 120.0,
            "670411", "SYNTHETIC WIGS", "670420", "HUMAN HAIR WIGS", "670490", "FALSE EYELASHES",
            "670419", "SYNTHETIC FALSE EYELASHES"),
    ELECTRONIC_COMPONENTS("electronic_components", true, 1_200, 80.0,
            "853400", "PRINTED CIRCUIT BOARDS", "854231", "INTEGRATED CIRCUITS", "854140", "LED CHIPS",
            "853224", "CERAMIC CAPACITORS", "853321", "FIXED RESISTORS"),
    ELECTRICAL_EQUIPMENT("electrical_equipment", true, 5_000, 30.0,
            "850440", "STATIC CONVERTERS", "851762", "NETWORK EQUIPMENT", "847130", "LAPTOP COMPUTERS",
            "850110", "ELECTRIC MOTORS", "853710", "CONTROL PANELS", "850760", "LITHIUM ION BATTERIES"),
    MACHINERY("machinery", false, 9_000, 12.0,
            "841459", "INDUSTRIAL FANS", "842890", "LIFTING MACHINERY", "847989", "MACHINES NES",
            "843149", "PARTS OF CRANES", "841370", "CENTRIFUGAL PUMPS"),
    VEHICLES("vehicles", false, 14_000, 10.0,
            "870323", "PASSENGER CARS", "870899", "VEHICLE PARTS", "871200", "BICYCLES",
            "870421", "LIGHT TRUCKS", "871160", "ELECTRIC MOTORCYCLES"),
    WOOD("wood", false, 22_000, 0.6,
            "440711", "SAWN PINE", "441239", "PLYWOOD", "440399", "LOGS"),
    SHIPS("ships", false, 900_000, 5.0,
            "890190", "CARGO VESSELS", "890690", "OTHER VESSELS"),
    MINERALS("minerals", false, 25_000, 0.1,
            "260111", "IRON ORE", "270112", "BITUMINOUS COAL", "252329", "PORTLAND CEMENT"),
    OTHER("other", false, 6_000, 3.0,
            "392310", "PLASTIC BOXES", "481910", "CARTONS", "732690", "ARTICLES OF STEEL",
            "940360", "WOODEN FURNITURE", "950300", "TOYS");

    private final String id;
    private final boolean riskySector;
    private final double medianWeightKg;
    private final double usdPerKg;
    private final String[] hsCodes;
    private final String[] descriptions;

    TradeFamily(String id, boolean riskySector, double medianWeightKg, double usdPerKg, String... codesAndNames) {
        this.id = id;
        this.riskySector = riskySector;
        this.medianWeightKg = medianWeightKg;
        this.usdPerKg = usdPerKg;
        this.hsCodes = new String[codesAndNames.length / 2];
        this.descriptions = new String[codesAndNames.length / 2];
        for (int i = 0; i < hsCodes.length; i++) {
            hsCodes[i] = codesAndNames[2 * i];
            descriptions[i] = codesAndNames[2 * i + 1];
        }
    }

    /** The project-wide family id, e.g. {@code fish_raw}. */
    String id() {
        return id;
    }

    /** Seafood, apparel (PPE included), electronics and wigs: the sectors with documented exposure. */
    boolean riskySector() {
        return riskySector;
    }

    double medianWeightKg() {
        return medianWeightKg;
    }

    double usdPerKg() {
        return usdPerKg;
    }

    int codeCount() {
        return hsCodes.length;
    }

    /** A six-digit HS code of this family. */
    String hsCode(int index) {
        return hsCodes[index];
    }

    String description(int index) {
        return descriptions[index];
    }

    /** True when goods of this family can end up inside goods of {@code output} (or are the same). */
    boolean canBecome(TradeFamily output) {
        return this == output || directOutputs().contains(output);
    }

    /** The families whose goods can become this family's, this family included. */
    List<TradeFamily> inputs() {
        List<TradeFamily> inputs = new ArrayList<>();
        for (TradeFamily f : values()) {
            if (f.canBecome(this)) {
                inputs.add(f);
            }
        }
        return inputs;
    }

    private Set<TradeFamily> directOutputs() {
        return switch (this) {
            case FISH_RAW -> EnumSet.of(PREPARED_SEAFOOD, READY_MEALS);
            case PREPARED_SEAFOOD -> EnumSet.of(READY_MEALS);
            case YARN_FABRIC -> EnumSet.of(GARMENTS, PPE);
            case HAIR -> EnumSet.of(WIGS_EYELASHES);
            case ELECTRONIC_COMPONENTS -> EnumSet.of(ELECTRICAL_EQUIPMENT, MACHINERY, VEHICLES);
            case ELECTRICAL_EQUIPMENT -> EnumSet.of(MACHINERY, VEHICLES);
            case MACHINERY -> EnumSet.of(VEHICLES);
            default -> EnumSet.noneOf(TradeFamily.class);
        };
    }
}
