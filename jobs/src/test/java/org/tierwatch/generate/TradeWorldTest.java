package org.tierwatch.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TradeWorldTest {

    @Test
    void noTwoCompaniesOfOneCityShareAName() {
        TradeWorld world = new TradeWorld();
        SplittableRandom random = new SplittableRandom(11);
        // Far more Korean-named companies in Seoul than twelve brands and a few industry words name,
        // and garments and PPE that write one Korean word for their trade (의류).
        for (int i = 0; i < 300; i++) {
            world.newCompany(CompanyProfile.KOREAN_SEOUL, TradeFamily.GARMENTS, CompanyRole.BACKGROUND, random);
            world.newCompany(CompanyProfile.KOREAN_SEOUL, TradeFamily.PPE, CompanyRole.BACKGROUND, random);
            world.newCompany(CompanyProfile.KOREAN_QINGDAO, TradeFamily.GARMENTS, CompanyRole.BACKGROUND, random);
            world.newCompany(CompanyProfile.KOREAN_QINGDAO, TradeFamily.PPE, CompanyRole.BACKGROUND, random);
        }
        Set<String> names = new HashSet<>();
        int lengthened = 0;
        for (Company company : world.companies) {
            for (String name : company.registeredNames()) {
                assertTrue(names.add(name), name);
            }
            if (company.brand().contains(" ")) {
                lengthened++;
            }
        }
        assertTrue(lengthened > 600, "most of these names needed a second word: " + lengthened);
    }

    @Test
    void aLengthenedKoreanNameKeepsItsHalfOfTheBrandsAndItsHangulInStep() {
        TradeWorld world = new TradeWorld();
        SplittableRandom random = new SplittableRandom(3);
        List<String> brands = Arrays.asList(NameWords.KOREAN_BRANDS);
        int half = brands.size() / 2;
        for (int i = 0; i < 400; i++) {
            Company company = world.company(
                    world.newCompany(CompanyProfile.KOREAN_SEOUL, TradeFamily.PPE, CompanyRole.BACKGROUND, random));
            StringBuilder hangul = new StringBuilder();
            for (String word : company.brand().split(" ")) {
                int k = brands.indexOf(word);
                assertTrue(k >= half, "a Seoul company takes no brand of the Yanbian half: " + company.brand());
                hangul.append(NameWords.KOREAN_BRANDS_HANGUL[k]);
            }
            assertEquals(hangul.toString(), company.koreanName().substring(0, hangul.length()), company.koreanName());
        }
    }
}
