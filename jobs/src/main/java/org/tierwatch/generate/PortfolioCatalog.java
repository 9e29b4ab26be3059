package org.tierwatch.generate;

import static org.tierwatch.generate.TradeFamily.ELECTRICAL_EQUIPMENT;
import static org.tierwatch.generate.TradeFamily.ELECTRONIC_COMPONENTS;
import static org.tierwatch.generate.TradeFamily.FISH_RAW;
import static org.tierwatch.generate.TradeFamily.GARMENTS;
import static org.tierwatch.generate.TradeFamily.HAIR;
import static org.tierwatch.generate.TradeFamily.MACHINERY;
import static org.tierwatch.generate.TradeFamily.OTHER;
import static org.tierwatch.generate.TradeFamily.PPE;
import static org.tierwatch.generate.TradeFamily.PREPARED_SEAFOOD;
import static org.tierwatch.generate.TradeFamily.READY_MEALS;
import static org.tierwatch.generate.TradeFamily.VEHICLES;
import static org.tierwatch.generate.TradeFamily.WIGS_EYELASHES;
import static org.tierwatch.generate.TradeFamily.YARN_FABRIC;

import java.util.List;

/**
 * What the portfolio sells and what goes into it: the finished-goods families with their share of
 * SKUs, product names, categories, components and the spine of families an exposure chain climbs.
 */
final class PortfolioCatalog {

    /** A component of a finished good and the family its supplier ships. */
    record Component(String name, TradeFamily family) {
    }

    static final TradeFamily[] FINISHED = {READY_MEALS, GARMENTS, PPE, WIGS_EYELASHES, MACHINERY, VEHICLES,
        ELECTRICAL_EQUIPMENT};
    private static final int[] FINISHED_WEIGHTS = {20, 25, 10, 5, 15, 10, 15};

    private PortfolioCatalog() {
    }

    static TradeFamily finishedFamily(int roll100) {
        int roll = roll100;
        for (int i = 0; i < FINISHED.length; i++) {
            roll -= FINISHED_WEIGHTS[i];
            if (roll < 0) {
                return FINISHED[i];
            }
        }
        return ELECTRICAL_EQUIPMENT;
    }

    static String category(TradeFamily family) {
        return switch (family) {
            case READY_MEALS -> "Food";
            case GARMENTS -> "Clothing";
            case PPE -> "PPE";
            case WIGS_EYELASHES -> "Beauty";
            case MACHINERY -> "Machinery";
            case VEHICLES -> "Vehicles";
            default -> "Electricals";
        };
    }

    static List<String> productNames(TradeFamily family) {
        return switch (family) {
            case READY_MEALS -> List.of("Chicken Curry Ready Meal 400g", "Prawn Laksa 380g", "Fish Pie 450g",
                    "Seafood Paella 500g", "Beef Lasagne 400g", "Salmon Noodle Bowl 350g", "Tuna Pasta Bake 400g");
            case GARMENTS -> List.of("Men's Crew T-Shirt", "Women's Chino Trousers", "Kids' Hoodie",
                    "Cotton Pyjama Set", "Knitted Jumper", "Denim Jacket");
            case PPE -> List.of("Disposable Coverall Type 5/6", "Nitrile Gloves Box of 100", "FFP2 Face Mask",
                    "Hi-Vis Vest", "Surgical Gown");
            case WIGS_EYELASHES -> List.of("Lace Front Wig", "Synthetic Bob Wig", "Mink-Effect False Eyelashes",
                    "Clip-In Hair Extensions");
            case MACHINERY -> List.of("Centrifugal Pump 5kW", "Pallet Lifter 2t", "Industrial Fan 600mm",
                    "Air Compressor 50L", "Pressure Washer");
            case VEHICLES -> List.of("City E-Bike 28in", "Electric Scooter", "Cargo E-Bike", "Utility Trailer Kit");
            default -> List.of("USB-C Charger 65W", "Wi-Fi Router AX3000", "Laptop 14in", "LED Panel Light",
                    "Power Bank 20000mAh", "Smart Plug");
        };
    }

    static List<Component> components(TradeFamily family) {
        return switch (family) {
            case READY_MEALS -> List.of(new Component("Prawns", PREPARED_SEAFOOD), new Component("Fish fillet", FISH_RAW),
                    new Component("Cooked meal base", READY_MEALS), new Component("Tray packaging", OTHER));
            case GARMENTS -> List.of(new Component("Cotton fabric", YARN_FABRIC), new Component("Knitted panels", YARN_FABRIC),
                    new Component("Finished garment", GARMENTS), new Component("Buttons and trims", OTHER));
            case PPE -> List.of(new Component("Nonwoven fabric", YARN_FABRIC), new Component("Assembled coverall", PPE),
                    new Component("Elastic", YARN_FABRIC), new Component("Zip", OTHER));
            case WIGS_EYELASHES -> List.of(new Component("Processed hair", HAIR), new Component("Wig cap", WIGS_EYELASHES),
                    new Component("Finished wig", WIGS_EYELASHES), new Component("Packaging", OTHER));
            case MACHINERY -> List.of(new Component("Control board", ELECTRONIC_COMPONENTS),
                    new Component("Electric motor", ELECTRICAL_EQUIPMENT), new Component("Pump housing", MACHINERY),
                    new Component("Steel frame", OTHER));
            case VEHICLES -> List.of(new Component("Controller PCB", ELECTRONIC_COMPONENTS),
                    new Component("Battery pack", ELECTRICAL_EQUIPMENT), new Component("Drive unit", MACHINERY),
                    new Component("Frame and parts", VEHICLES));
            default -> List.of(new Component("PCB assembly", ELECTRONIC_COMPONENTS),
                    new Component("Power supply", ELECTRICAL_EQUIPMENT), new Component("Plastic housing", OTHER));
        };
    }

    /**
     * The families a chain to an SKU of this family climbs, from raw input to the SKU's own family;
     * every family in it can become every later one.
     */
    static List<TradeFamily> spine(TradeFamily family) {
        return switch (family) {
            case READY_MEALS -> List.of(FISH_RAW, PREPARED_SEAFOOD, READY_MEALS);
            case GARMENTS -> List.of(YARN_FABRIC, GARMENTS);
            case PPE -> List.of(YARN_FABRIC, PPE);
            case WIGS_EYELASHES -> List.of(HAIR, WIGS_EYELASHES);
            case MACHINERY -> List.of(ELECTRONIC_COMPONENTS, ELECTRICAL_EQUIPMENT, MACHINERY);
            case VEHICLES -> List.of(ELECTRONIC_COMPONENTS, ELECTRICAL_EQUIPMENT, MACHINERY, VEHICLES);
            default -> List.of(ELECTRONIC_COMPONENTS, ELECTRICAL_EQUIPMENT);
        };
    }

    /** The component name for a chain's direct supplier of {@code component} family in an SKU of {@code sku} family. */
    static String componentName(TradeFamily sku, TradeFamily component) {
        for (Component c : components(sku)) {
            if (c.family() == component) {
                return c.name();
            }
        }
        return "Sub-assembly";
    }
}
