package org.tierwatch.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/** Invents companies: names from {@link NameWords}, places from the gazetteer and the atlas. */
final class CompanyFactory {

    private static final String[] STREETS = {"Zhongshan", "Renmin", "Jiefang", "Huanghe", "Changjiang", "Jianshe",
        "Xinhua", "Gongye", "Kaifa", "Binhai", "Heping", "Youyi"};
    private static final String[] STREETS_CHINESE = {"中山路", "人民路", "解放路", "黄河路", "长江路", "建设路",
        "新华路", "工业路", "开发大道", "滨海路", "和平路", "友谊路"};
    private static final Set<String> COUNTY_LEVEL = Set.of("Xinmin", "Liaozhong", "Wafangdian", "Zhuanghe", "Pulandian",
            "Donggang", "Fengcheng", "Kuandian", "Haicheng", "Gaizhou", "Dashiqiao", "Linghai", "Beizhen", "Xingcheng",
            "Suizhong", "Dengta", "Kaiyuan", "Diaobingshan", "Beipiao", "Lingyuan", "Jiutai", "Dehui", "Yushu",
            "Gongzhuling", "Jiaohe", "Huadian", "Shulan", "Panshi", "Shuangliao", "Lishu", "Meihekou", "Ji'an",
            "Linjiang", "Kunshan", "Xiaolan", "Guzhen", "Xinglongtai");
    /** City, district, street and its characters: streets and districts that look north-eastern but are not. */
    private static final String[][] TRAP_STREETS = {
        {"Qingdao", "Shibei", "Liaoning Road", "辽宁路"},
        {"Qingdao", "Shibei", "Jilin Road", "吉林路"},
        {"Qingdao", "Shinan", "Dalian Road", "大连路"},
        {"Shanghai", "Yangpu", "Dalian Road", "大连路"},
        {"Shanghai", "Yangpu", "Liaoning Road", "辽宁路"},
        {"Tianjin", "Heping", "Liaoning Road", "辽宁路"},
        {"Tianjin", "Heping", "Jilin Road", "吉林路"},
        {"Tianjin", "Heping", "Nanjing Road", "南京路"},
        {"Beijing", "Chaoyang", "Jianguo Road", "建国路"},
        {"Zhongshan", "Xiaolan", "Dongsheng Road", "东升路"},
        {"Jingzhou", "Shashi", "Beijing Road", "北京路"},
        {"Jingzhou", "Jingzhou", "Jingzhong Road", "荆中路"}};
    private static final String[][] JALAN_PLACES = {
        {"Jl. Perindustrian Bayan Lepas %d", "11900", "Bayan Lepas", "Penang"},
        {"JL SS %d/4", "47500", "Subang Jaya", "Selangor"},
        {"Jl. Perusahaan Maju %d", "13600", "Perai", "Penang"},
        {"JL Tebrau %d", "81100", "Johor Bahru", "Johor"}};

    private final List<ForeignCountry> countries = WorldAtlas.COUNTRIES;

    /** A new company of the given profile, family and role; {@code index} also makes its key. */
    Company create(int index, CompanyProfile profile, TradeFamily family, CompanyRole role, SplittableRandom random) {
        return switch (profile) {
            case LIAONING -> chinese(index, pick(ChinaGazetteer.LIAONING, random), family, role, random, false, null);
            case JILIN -> {
                ChinaCity city = pick(ChinaGazetteer.JILIN, random);
                boolean yanbianKorean = !city.koreanName().isEmpty() && random.nextInt(3) == 0;
                yield chinese(index, city, family, role, random, yanbianKorean, null);
            }
            case CHINA_ELSEWHERE -> chinese(index, pick(ChinaGazetteer.ELSEWHERE, random), family, role, random, false, null);
            case TRAP_STREET -> {
                String[] trap = TRAP_STREETS[random.nextInt(TRAP_STREETS.length)];
                yield chinese(index, ChinaGazetteer.elsewhere(trap[0]), family, role, random, false, trap);
            }
            case TRAP_NUMBER -> trapNumber(index, family, role, random);
            case MALAYSIA_JALAN -> jalan(index, family, role, random);
            case KOREAN_SEOUL -> korean(index, WorldAtlas.country("KR"), family, role, random);
            case KOREAN_QINGDAO -> chinese(index, ChinaGazetteer.elsewhere("Qingdao"), family, role, random, true, null);
            case FOREIGN_CLEAN -> foreign(index, cleanCountry(family, random), family, role, random);
            case FOREIGN_ANY -> foreign(index, pick(countries, random), family, role, random);
        };
    }

    /**
     * The company with another brand word before its own, for a name already taken in its city:
     * a Korean brand gets a second Korean word from its own half of the list (in both scripts), a
     * Western brand a Western word. A Chinese brand is returned as it is; a fresh draw of two
     * syllables is the better way to a free Chinese name.
     */
    Company withSecondBrand(Company company, SplittableRandom random) {
        List<String> korean = Arrays.asList(NameWords.KOREAN_BRANDS);
        List<String> words = Arrays.asList(company.brand().split(" "));
        int k = korean.indexOf(words.get(0));
        if (k >= 0) {
            int half = korean.size() / 2;
            List<Integer> unused = new ArrayList<>();
            for (int j = k < half ? 0 : half; j < (k < half ? half : korean.size()); j++) {
                if (!words.contains(korean.get(j))) {
                    unused.add(j);
                }
            }
            if (unused.isEmpty()) {
                return company;
            }
            int j = pick(unused, random);
            String koreanName = company.koreanName().isEmpty() ? ""
                    : NameWords.KOREAN_BRANDS_HANGUL[j] + company.koreanName();
            return company.withBrand(korean.get(j) + " " + company.brand(), koreanName);
        }
        if (company.country().equals("CN")) {
            return company;
        }
        String word = NameWords.WESTERN_BRANDS[random.nextInt(NameWords.WESTERN_BRANDS.length)];
        return company.withBrand(word + " " + company.brand(), company.koreanName());
    }

    /** A new company in the given country (China excluded). */
    Company createIn(int index, String countryCode, TradeFamily family, CompanyRole role, SplittableRandom random) {
        return foreign(index, WorldAtlas.country(countryCode), family, role, random);
    }

    /** A country without overseas-labour evidence for the family, so upstream companies stay clean. */
    ForeignCountry cleanCountry(TradeFamily family, SplittableRandom random) {
        List<ForeignCountry> clean = new ArrayList<>();
        for (ForeignCountry c : countries) {
            if (c.overseasLabourFamilies().isEmpty() && !c.code().equals("AE")) {
                clean.add(c);
            }
        }
        return pick(clean, random);
    }

    static String key(int index) {
        return String.format(Locale.ROOT, "CK%07d", index);
    }

    private Company chinese(int index, ChinaCity city, TradeFamily family, CompanyRole role, SplittableRandom random,
            boolean koreanNamed, String[] trap) {
        String[] characters = new String[1];
        String brand;
        String koreanName = "";
        if (koreanNamed) {
            int k = koreanBrand(city.northEast(), random);
            brand = NameWords.KOREAN_BRANDS[k];
            characters[0] = "";
            koreanName = NameWords.KOREAN_BRANDS_HANGUL[k] + NameWords.industryHangul(family) + " 유한공사";
        } else {
            brand = NameWords.chineseBrand(random, characters);
        }
        String[] industries = NameWords.industries(family);
        int industryIndex = random.nextInt(industries.length);
        String industry = industries[industryIndex];
        String industryChinese = NameWords.industriesChinese(family)[industryIndex];
        int q = random.nextInt(NameWords.QUALIFIERS.length);
        if (random.nextInt(4) == 0 && !industry.contains(NameWords.QUALIFIERS[q])) {
            industry = NameWords.QUALIFIERS[q] + " " + industry;
            industryChinese = NameWords.QUALIFIERS_CHINESE[q] + industryChinese;
        }
        String legalForm = random.nextInt(6) == 0 ? "Group Co., Ltd." : "Co., Ltd.";
        String cityPrefix = random.nextInt(5) == 0 ? "" : city.name();
        String cityChinese = city.chineseName().endsWith("市") ? city.chineseName() : city.chineseName() + "市";
        String chineseName = characters[0].isEmpty() || random.nextInt(3) == 0 ? ""
                : cityChinese.replace("市", "") + characters[0] + industryChinese
                        + (legalForm.startsWith("Group") ? "集团有限公司" : "有限公司");

        int number = 1 + random.nextInt(899);
        String district = trap != null ? trap[1] : pick(city.districts(), random);
        String streetName = trap != null ? trap[2] : STREETS[random.nextInt(STREETS.length)] + " Road";
        String streetChinese = trap != null ? trap[3] : STREETS_CHINESE[random.nextInt(STREETS_CHINESE.length)];
        String postcode = city.postcode().substring(0, 4) + twoDigits(random);
        StringBuilder address = new StringBuilder();
        if (random.nextBoolean()) {
            address.append("No. ").append(number).append(' ').append(streetName);
        } else {
            address.append(number).append(' ').append(streetName.replace(" Road", " Rd."));
        }
        if (district.equals("Yanbian")) {
            address.append(", ").append(city.name()).append(", Yanbian Korean Autonomous Prefecture");
        } else if (COUNTY_LEVEL.contains(district)) {
            address.append(", ").append(district).append(", ").append(city.name()).append(" City");
        } else {
            address.append(", ").append(district).append(" District, ").append(city.name());
        }
        if (!city.municipality()) {
            address.append(", ").append(city.provinceName()).append(random.nextBoolean() ? " Province" : "");
        }
        address.append(' ').append(postcode).append(", China");
        String chineseAddress = (city.municipality() ? "" : city.provinceChinese()) + cityChinese + streetChinese + number
                + "号";
        String koreanAddress = city.koreanName().isEmpty() ? ""
                : "중국 " + city.koreanName() + "시 " + (city.province().equals("JILIN") ? "연변 " : "") + "인민로 " + number
                        + "호";
        String uscc = random.nextInt(10) < 7 ? Uscc.newCode(city.divisionCode(), random) : "";
        return new Company(index, key(index), cityPrefix, brand, industry, legalForm, chineseName, koreanName, "CN",
                city.province(), city.name(), address.toString(), chineseAddress, koreanAddress, postcode, "+86",
                city.areaCode(), localNumber(8, random), uscc, city.port(), family, role);
    }

    private Company trapNumber(int index, TradeFamily family, CompanyRole role, SplittableRandom random) {
        Company base = chinese(index, pick(ChinaGazetteer.ELSEWHERE, random), family, role, random, false, null);
        String number = (11 + random.nextInt(3)) + String.format(Locale.ROOT, "%04d", random.nextInt(10_000));
        String prefix = switch (random.nextInt(3)) {
            case 0 -> "Room " + number + ", ";
            case 1 -> "Unit " + number + ", ";
            default -> "Order No. " + number + ", ";
        };
        return new Company(base.index(), base.key(), base.cityPrefix(), base.brand(), base.industry(), base.legalForm(),
                base.chineseName(), base.koreanName(), base.country(), base.province(), base.city(),
                prefix + base.address(), base.chineseAddress(), base.koreanAddress(), base.postcode(),
                base.phoneCountry(), base.areaCode(), base.phoneLocal(), base.uscc(), base.port(), family, role);
    }

    private Company jalan(int index, TradeFamily family, CompanyRole role, SplittableRandom random) {
        String[] place = JALAN_PLACES[random.nextInt(JALAN_PLACES.length)];
        String street = String.format(Locale.ROOT, place[0], 1 + random.nextInt(20));
        String address = "Lot " + (1 + random.nextInt(300)) + ", " + street + ", " + place[1] + " " + place[2] + ", "
                + place[3] + ", Malaysia";
        if (random.nextBoolean()) {
            address = address.toUpperCase(Locale.ROOT);
        }
        String brand = NameWords.WESTERN_BRANDS[random.nextInt(NameWords.WESTERN_BRANDS.length)];
        String[] industries = NameWords.westernIndustries(family);
        return new Company(index, key(index), "", brand, industries[random.nextInt(industries.length)],
                random.nextBoolean() ? "Sdn. Bhd." : "Berhad", "", "", "MY", "", place[2], address, "", "", place[1],
                "+60", "4", localNumber(7, random), "", "MYPKG", family, role);
    }

    /**
     * Korean brands of Yanbian companies and of companies elsewhere come from disjoint halves of the
     * list, so a Korean-named decoy outside the north-east never shares its name with a Yanbian firm.
     */
    private static int koreanBrand(boolean northEast, SplittableRandom random) {
        int half = NameWords.KOREAN_BRANDS.length / 2;
        return (northEast ? 0 : half) + random.nextInt(half);
    }

    private Company korean(int index, ForeignCountry korea, TradeFamily family, CompanyRole role,
            SplittableRandom random) {
        int k = koreanBrand(false, random);
        String[] industries = NameWords.westernIndustries(family);
        int number = 1 + random.nextInt(200);
        String postcode = "0" + (1000 + random.nextInt(8999));
        String address = number + " Teheran-ro, Gangnam-gu, Seoul " + postcode + ", Korea";
        String koreanAddress = "서울특별시 강남구 테헤란로 " + number;
        return new Company(index, key(index), "", NameWords.KOREAN_BRANDS[k], industries[random.nextInt(industries.length)],
                "Co., Ltd.", "", NameWords.KOREAN_BRANDS_HANGUL[k] + NameWords.industryHangul(family) + " 주식회사",
                korea.code(), "", "Seoul", address, "", koreanAddress, postcode, korea.phonePrefix(), "2",
                localNumber(8, random), "", korea.port(), family, role);
    }

    private Company foreign(int index, ForeignCountry country, TradeFamily family, CompanyRole role,
            SplittableRandom random) {
        String brand = NameWords.WESTERN_BRANDS[random.nextInt(NameWords.WESTERN_BRANDS.length)];
        if (random.nextInt(4) == 0) {
            brand = brand + " " + NameWords.WESTERN_BRANDS[random.nextInt(NameWords.WESTERN_BRANDS.length)];
        }
        String[] industries = NameWords.westernIndustries(family);
        String industry = industries[random.nextInt(industries.length)];
        String qualifier = NameWords.QUALIFIERS[random.nextInt(NameWords.QUALIFIERS.length)];
        if (random.nextInt(5) == 0 && !industry.contains(qualifier)) {
            industry = industry + " " + qualifier;
        }
        String legalForm = pick(country.legalForms(), random);
        String city = pick(country.cities(), random);
        String postcode = postcode(country.postcodePattern(), random);
        String address = (1 + random.nextInt(2000)) + " "
                + NameWords.WESTERN_BRANDS[random.nextInt(NameWords.WESTERN_BRANDS.length)]
                + (random.nextBoolean() ? " Street" : " Road") + ", " + city + (postcode.isEmpty() ? "" : " " + postcode)
                + ", " + country.name();
        String areaCode = String.valueOf(10 + random.nextInt(89));
        return new Company(index, key(index), "", brand, industry, legalForm,
                "", "", country.code(), "", city, address, "", "", postcode, country.phonePrefix(), areaCode,
                localNumber(7, random), "", country.port(), family, role);
    }

    private static String postcode(String pattern, SplittableRandom random) {
        StringBuilder code = new StringBuilder(pattern.length());
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '#') {
                code.append((char) ('0' + random.nextInt(10)));
            } else if (c == 'A') {
                code.append((char) ('A' + random.nextInt(26)));
            } else {
                code.append(c);
            }
        }
        return code.toString();
    }

    private static String localNumber(int digits, SplittableRandom random) {
        StringBuilder number = new StringBuilder(digits);
        number.append((char) ('2' + random.nextInt(7)));
        for (int i = 1; i < digits; i++) {
            number.append((char) ('0' + random.nextInt(10)));
        }
        return number.toString();
    }

    private static String twoDigits(SplittableRandom random) {
        return String.format(Locale.ROOT, "%02d", random.nextInt(100));
    }

    static <T> T pick(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }
}
