package org.tierwatch.generate;

import static org.tierwatch.generate.TradeFamily.FISH_RAW;
import static org.tierwatch.generate.TradeFamily.GARMENTS;
import static org.tierwatch.generate.TradeFamily.MINERALS;
import static org.tierwatch.generate.TradeFamily.PPE;
import static org.tierwatch.generate.TradeFamily.PREPARED_SEAFOOD;
import static org.tierwatch.generate.TradeFamily.SHIPS;
import static org.tierwatch.generate.TradeFamily.WOOD;
import static org.tierwatch.generate.TradeFamily.YARN_FABRIC;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The countries other than China that companies live in. Some are hosts of North Korean overseas
 * labour (their sectors in the risk model); the Malaysian, Cambodian, Mongolian and Indian
 * postcodes start with 1 like Liaoning's and Jilin's, which is a trap for naive locators.
 */
final class WorldAtlas {

    private static final Set<TradeFamily> NONE = Set.of();
    private static final Set<TradeFamily> APPAREL = EnumSet.of(YARN_FABRIC, GARMENTS, PPE);

    static final List<ForeignCountry> COUNTRIES = List.of(
            country("US", "UNITED STATES", "#####", "+1", "USLAX", List.of("Inc.", "LLC", "Corp."), NONE,
                    "Chicago, IL", "Los Angeles, CA", "Houston, TX", "Newark, NJ", "Seattle, WA"),
            country("GB", "UNITED KINGDOM", "AA# #AA", "+44", "GBFXT", List.of("Ltd", "Limited", "PLC"), NONE,
                    "Manchester", "Grimsby", "Birmingham", "Leeds", "Aberdeen"),
            country("DE", "GERMANY", "#####", "+49", "DEHAM", List.of("GmbH", "AG", "GmbH & Co. KG"), NONE,
                    "Hamburg", "Bremen", "Stuttgart", "Munich", "Duisburg"),
            country("NL", "NETHERLANDS", "#### AA", "+31", "NLRTM", List.of("B.V.", "N.V."), NONE,
                    "Rotterdam", "Venlo", "Tilburg", "Urk"),
            country("FR", "FRANCE", "#####", "+33", "FRLEH", List.of("SAS", "SARL", "S.A."), NONE,
                    "Lyon", "Boulogne-sur-Mer", "Lille", "Marseille"),
            country("IT", "ITALY", "#####", "+39", "ITGOA", List.of("S.p.A.", "S.r.l."), NONE,
                    "Milan", "Prato", "Genoa", "Bologna"),
            country("ES", "SPAIN", "#####", "+34", "ESVLC", List.of("S.L.", "S.A."), NONE,
                    "Vigo", "Valencia", "Barcelona"),
            country("NO", "NORWAY", "####", "+47", "NOAES", List.of("AS", "ASA"), NONE,
                    "Alesund", "Bergen", "Tromso"),
            country("IS", "ICELAND", "###", "+354", "ISREY", List.of("ehf.", "hf."), NONE,
                    "Reykjavik", "Akureyri"),
            country("CA", "CANADA", "A#A #A#", "+1", "CAVAN", List.of("Inc.", "Ltd."), NONE,
                    "Vancouver", "Toronto", "Halifax"),
            country("JP", "JAPAN", "###-####", "+81", "JPTYO", List.of("Co., Ltd.", "K.K."), NONE,
                    "Tokyo", "Osaka", "Nagoya", "Yokohama"),
            country("KR", "KOREA, REPUBLIC OF", "#####", "+82", "KRPUS", List.of("Co., Ltd.", "Corp."), NONE,
                    "Seoul", "Busan", "Incheon"),
            country("VN", "VIET NAM", "######", "+84", "VNSGN", List.of("Company Limited", "JSC"), NONE,
                    "Ho Chi Minh City", "Hai Phong", "Da Nang"),
            country("TH", "THAILAND", "#####", "+66", "THLCH", List.of("Co., Ltd.", "Public Co., Ltd."), NONE,
                    "Bangkok", "Samut Sakhon", "Chonburi"),
            country("IN", "INDIA", "######", "+91", "INNSA", List.of("Pvt. Ltd.", "Ltd."), NONE,
                    "New Delhi", "Gurugram", "Tiruppur", "Chennai"),
            country("BD", "BANGLADESH", "####", "+880", "BDCGP", List.of("Ltd.", "Limited"), NONE,
                    "Dhaka", "Chittagong", "Gazipur"),
            country("TR", "TURKEY", "#####", "+90", "TRIST", List.of("A.S.", "Ltd. Sti."), NONE,
                    "Istanbul", "Bursa", "Izmir"),
            country("MX", "MEXICO", "#####", "+52", "MXZLO", List.of("S.A. de C.V."), NONE,
                    "Monterrey", "Guadalajara", "Tijuana"),
            country("HK", "HONG KONG", "", "+852", "HKHKG", List.of("Limited", "Co., Limited"), NONE,
                    "Kowloon", "Kwun Tong", "Tsuen Wan"),
            country("TW", "TAIWAN", "###", "+886", "TWKHH", List.of("Co., Ltd.", "Corp."), NONE,
                    "Taipei", "Kaohsiung", "Taichung"),
            country("MY", "MALAYSIA", "#####", "+60", "MYPKG", List.of("Sdn. Bhd.", "Berhad"), EnumSet.of(MINERALS, YARN_FABRIC, GARMENTS, PPE),
                    "Bayan Lepas, Penang", "Subang Jaya, Selangor", "Johor Bahru, Johor"),
            country("RU", "RUSSIAN FEDERATION", "######", "+7", "RUVVO", List.of("OOO", "AO"),
                    EnumSet.of(WOOD, MINERALS, YARN_FABRIC, GARMENTS, PPE, FISH_RAW, PREPARED_SEAFOOD, SHIPS),
                    "Vladivostok", "Nakhodka", "Khabarovsk"),
            country("PL", "POLAND", "##-###", "+48", "PLSZZ", List.of("Sp. z o.o.", "S.A."), EnumSet.of(SHIPS),
                    "Szczecin", "Gdansk", "Gdynia"),
            country("MN", "MONGOLIA", "#####", "+976", "MNULN", List.of("LLC"), EnumSet.of(MINERALS, YARN_FABRIC, GARMENTS, PPE),
                    "Ulaanbaatar"),
            country("NG", "NIGERIA", "######", "+234", "NGAPP", List.of("Ltd", "Limited"), APPAREL,
                    "Lagos", "Kano"),
            country("KH", "CAMBODIA", "#####", "+855", "KHPNH", List.of("Co., Ltd."), EnumSet.of(YARN_FABRIC, GARMENTS, PPE, FISH_RAW, PREPARED_SEAFOOD),
                    "Phnom Penh", "Sihanoukville"),
            country("AE", "UNITED ARAB EMIRATES", "", "+971", "AEJEA", List.of("LLC", "FZE"), NONE,
                    "Dubai", "Sharjah"));

    private WorldAtlas() {
    }

    static ForeignCountry country(String code) {
        for (ForeignCountry country : COUNTRIES) {
            if (country.code().equals(code)) {
                return country;
            }
        }
        throw new IllegalArgumentException("no such country: " + code);
    }

    private static ForeignCountry country(String code, String name, String postcode, String phone, String port,
            List<String> legalForms, Set<TradeFamily> labour, String... cities) {
        return new ForeignCountry(code, name, List.of(cities), postcode, phone, port, legalForms, labour);
    }
}
