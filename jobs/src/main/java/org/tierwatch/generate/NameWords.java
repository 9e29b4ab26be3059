package org.tierwatch.generate;

import java.util.SplittableRandom;

/**
 * Word lists from which company names are invented: pinyin syllables with their characters,
 * industry words per family in English, Chinese and Korean, and brand words for companies
 * elsewhere. Names are invented so that no real company is named.
 */
final class NameWords {

    static final String[] SYLLABLES = {
        "hai", "xin", "hua", "feng", "long", "tai", "sheng", "da", "jin", "yuan", "kang", "fu", "rui", "hong",
        "tian", "cheng", "bao", "heng", "yu", "mei", "li", "an", "xiang", "rong", "de", "hao", "jia", "ming",
        "wei", "zhong", "xing", "guang", "yang", "bo", "run", "shun", "chang", "tong", "ying", "qi"};
    static final String[] SYLLABLE_CHARACTERS = {
        "海", "鑫", "华", "丰", "龙", "泰", "盛", "大", "金", "源", "康", "富", "瑞", "宏",
        "天", "诚", "宝", "恒", "宇", "美", "利", "安", "祥", "荣", "德", "豪", "佳", "明",
        "威", "中", "兴", "光", "洋", "博", "润", "顺", "昌", "通", "盈", "奇"};

    /** Two halves: the first names Yanbian companies, the second Korean-named companies elsewhere. */
    static final String[] KOREAN_BRANDS = {"Hanbit", "Daesung", "Samjin", "Sejin", "Jinwoo", "Sungil", "Hanil", "Daewon",
        "Samil", "Taeyang", "Hwasin", "Sambo", "Daehan", "Mirae", "Saehan", "Haneul", "Dongil", "Kyungil", "Donga",
        "Kukje", "Pungsan", "Yuil", "Jeil", "Hanyang"};
    static final String[] KOREAN_BRANDS_HANGUL = {"한빛", "대성", "삼진", "세진", "진우", "성일", "한일", "대원", "삼일",
        "태양", "화신", "삼보", "대한", "미래", "새한", "하늘", "동일", "경일", "동아", "국제", "풍산", "유일", "제일", "한양"};

    static final String[] WESTERN_BRANDS = {"Northwind", "Bluewater", "Summit", "Atlas", "Harbor", "Pioneer", "Crown",
        "Meridian", "Evergreen", "Silverline", "Oakridge", "Redstone", "Highland", "Coastal", "Granite", "Sterling",
        "Falcon", "Horizon", "Keystone", "Liberty", "Westbrook", "Brightwave", "Ironwood", "Lakeside", "Polaris",
        "Riverside", "Sunrise", "Unity", "Vanguard", "Zenith", "Nordic", "Saffron", "Orchid", "Lotus", "Baltic",
        "Anchor", "Beacon", "Cedar", "Delta", "Emerald"};

    /** Qualifiers that customs clerks abbreviate (COMM, GRP, INTL, MFG, IND, TECH). */
    static final String[] QUALIFIERS = {"International", "Manufacturing", "Commerce", "Group", "Industrial", "Technology"};
    static final String[] QUALIFIERS_CHINESE = {"国际", "制造", "商贸", "集团", "实业", "科技"};

    private NameWords() {
    }

    /** A two-syllable pinyin brand such as "Haixin", with its characters in {@code characters[0]}. */
    static String chineseBrand(SplittableRandom random, String[] characters) {
        int a = random.nextInt(SYLLABLES.length);
        int b = random.nextInt(SYLLABLES.length);
        characters[0] = SYLLABLE_CHARACTERS[a] + SYLLABLE_CHARACTERS[b];
        String first = SYLLABLES[a];
        return Character.toUpperCase(first.charAt(0)) + first.substring(1) + SYLLABLES[b];
    }

    /** Industry words of a Chinese company of the family, in English. */
    static String[] industries(TradeFamily family) {
        return switch (family) {
            case FISH_RAW -> new String[] {"Aquatic Products", "Fishery", "Ocean Fishing"};
            case PREPARED_SEAFOOD -> new String[] {"Seafood", "Aquatic Food", "Marine Food"};
            case READY_MEALS -> new String[] {"Foodstuffs", "Food Industry", "Food"};
            case YARN_FABRIC -> new String[] {"Textile", "Knitting", "Fabric"};
            case GARMENTS -> new String[] {"Garment", "Apparel", "Clothing"};
            case PPE -> new String[] {"Protective Products", "Medical Supplies", "Labor Protection"};
            case HAIR -> new String[] {"Hair Products", "Hair Material", "Hair Products"};
            case WIGS_EYELASHES -> new String[] {"Hair Products", "Crafts", "Cosmetics"};
            case ELECTRONIC_COMPONENTS -> new String[] {"Electronics", "Electronic Technology", "Circuit"};
            case ELECTRICAL_EQUIPMENT -> new String[] {"Electric", "Electrical Equipment", "Power Technology"};
            case MACHINERY -> new String[] {"Machinery", "Heavy Industry", "Machinery Manufacturing"};
            case VEHICLES -> new String[] {"Auto Parts", "Motor", "Vehicle"};
            case WOOD -> new String[] {"Wood Industry", "Timber", "Wood Products"};
            case SHIPS -> new String[] {"Shipbuilding", "Marine Engineering", "Shipyard"};
            case MINERALS -> new String[] {"Mining", "Minerals", "Mineral Resources"};
            case OTHER -> new String[] {"Trading", "Import & Export", "Commerce"};
        };
    }

    /** The same industry words in Chinese, index for index. */
    static String[] industriesChinese(TradeFamily family) {
        return switch (family) {
            case FISH_RAW -> new String[] {"水产品", "渔业", "远洋渔业"};
            case PREPARED_SEAFOOD -> new String[] {"海产品", "水产食品", "海洋食品"};
            case READY_MEALS -> new String[] {"食品", "食品工业", "食品"};
            case YARN_FABRIC -> new String[] {"纺织", "针织", "面料"};
            case GARMENTS -> new String[] {"服装", "服饰", "制衣"};
            case PPE -> new String[] {"防护用品", "医疗用品", "劳保用品"};
            case HAIR -> new String[] {"发制品", "发制品原料", "发制品"};
            case WIGS_EYELASHES -> new String[] {"发制品", "工艺品", "化妆品"};
            case ELECTRONIC_COMPONENTS -> new String[] {"电子", "电子科技", "电路"};
            case ELECTRICAL_EQUIPMENT -> new String[] {"电器", "电气设备", "电源科技"};
            case MACHINERY -> new String[] {"机械", "重工", "机械制造"};
            case VEHICLES -> new String[] {"汽车零部件", "汽车", "车辆"};
            case WOOD -> new String[] {"木业", "木材", "木制品"};
            case SHIPS -> new String[] {"造船", "船舶工程", "船厂"};
            case MINERALS -> new String[] {"矿业", "矿产", "矿产资源"};
            case OTHER -> new String[] {"贸易", "进出口", "商贸"};
        };
    }

    /** Korean industry words for Korean-named companies. */
    static String industryHangul(TradeFamily family) {
        return switch (family) {
            case FISH_RAW, PREPARED_SEAFOOD -> "수산";
            case READY_MEALS -> "식품";
            case YARN_FABRIC -> "섬유";
            case GARMENTS, PPE -> "의류";
            case HAIR, WIGS_EYELASHES -> "가발";
            case ELECTRONIC_COMPONENTS, ELECTRICAL_EQUIPMENT -> "전자";
            case MACHINERY, VEHICLES, SHIPS -> "기계";
            default -> "무역";
        };
    }

    /** Industry words of a company outside China. */
    static String[] westernIndustries(TradeFamily family) {
        return switch (family) {
            case FISH_RAW -> new String[] {"Fisheries", "Seafoods", "Ocean Catch"};
            case PREPARED_SEAFOOD -> new String[] {"Seafood", "Fish Processing", "Marine Foods"};
            case READY_MEALS -> new String[] {"Foods", "Kitchens", "Food Group"};
            case YARN_FABRIC -> new String[] {"Textiles", "Fabrics", "Mills"};
            case GARMENTS -> new String[] {"Apparel", "Fashion", "Garments"};
            case PPE -> new String[] {"Safety Products", "Protective Wear", "Medical"};
            case HAIR, WIGS_EYELASHES -> new String[] {"Hair Fashion", "Beauty", "Hair"};
            case ELECTRONIC_COMPONENTS -> new String[] {"Electronics", "Components", "Circuits"};
            case ELECTRICAL_EQUIPMENT -> new String[] {"Power Systems", "Electric", "Devices"};
            case MACHINERY -> new String[] {"Machinery", "Engineering", "Industries"};
            case VEHICLES -> new String[] {"Motors", "Automotive", "Mobility"};
            case WOOD -> new String[] {"Timber", "Forest Products", "Wood"};
            case SHIPS -> new String[] {"Marine", "Shipyard", "Shipping"};
            case MINERALS -> new String[] {"Minerals", "Mining", "Resources"};
            case OTHER -> new String[] {"Trading", "Imports", "Logistics"};
        };
    }
}
