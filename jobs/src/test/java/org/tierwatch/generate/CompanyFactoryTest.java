package org.tierwatch.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CompanyFactoryTest {

    private final CompanyFactory factory = new CompanyFactory();
    private final SplittableRandom random = new SplittableRandom(5);

    @Test
    void northEastCompaniesCarryTheirProvinceInPostcodeRegistrationAndPhone() {
        for (int i = 0; i < 300; i++) {
            Company ln = factory.create(i, CompanyProfile.LIAONING, TradeFamily.FISH_RAW, CompanyRole.SOURCE, random);
            assertEquals("LIAONING", ln.truthProvince());
            assertTrue(ln.postcode().startsWith("11") || ln.postcode().startsWith("12"), ln.postcode());
            assertTrue(ln.uscc().isEmpty() || ln.uscc().startsWith("9121"), ln.uscc());
            Company jl = factory.create(i, CompanyProfile.JILIN, TradeFamily.GARMENTS, CompanyRole.SOURCE, random);
            assertEquals("JILIN", jl.truthProvince());
            assertTrue(jl.postcode().startsWith("13"), jl.postcode());
            assertTrue(jl.uscc().isEmpty() || jl.uscc().startsWith("9122"), jl.uscc());
            assertTrue(jl.areaCode().startsWith("043"), jl.areaCode());
        }
    }

    @Test
    void trapCompaniesLookNorthEasternButAreNot() {
        Set<String> traps = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            Company street = factory.create(i, CompanyProfile.TRAP_STREET, TradeFamily.ELECTRONIC_COMPONENTS,
                    CompanyRole.UPSTREAM, random);
            assertEquals("OTHER", street.truthProvince());
            String address = street.address();
            for (String trap : new String[] {"Liaoning Road", "Jilin Road", "Dalian Road", "Chaoyang District",
                "Heping District", "Zhongshan", "Jingzhou"}) {
                if (address.contains(trap)) {
                    traps.add(trap);
                }
            }
            Company number = factory.create(i, CompanyProfile.TRAP_NUMBER, TradeFamily.GARMENTS, CompanyRole.UPSTREAM,
                    random);
            assertEquals("OTHER", number.truthProvince());
            assertTrue(number.address().matches("^(Room|Unit|Order No\\.) 1[123]\\d{4}, .*"), number.address());
            Company jalan = factory.create(i, CompanyProfile.MALAYSIA_JALAN, TradeFamily.MACHINERY,
                    CompanyRole.UPSTREAM, random);
            assertEquals("MY", jalan.country());
            assertTrue(jalan.address().toUpperCase(Locale.ROOT).contains("JL"), jalan.address());
            Company seoul = factory.create(i, CompanyProfile.KOREAN_SEOUL, TradeFamily.PPE, CompanyRole.UPSTREAM,
                    random);
            assertEquals("OTHER", seoul.truthProvince());
            assertFalse(seoul.koreanName().isEmpty());
            Company qingdao = factory.create(i, CompanyProfile.KOREAN_QINGDAO, TradeFamily.PPE, CompanyRole.UPSTREAM,
                    random);
            assertEquals("SHANDONG", qingdao.province());
            assertFalse(qingdao.koreanName().isEmpty());
        }
        assertEquals(Set.of("Liaoning Road", "Jilin Road", "Dalian Road", "Chaoyang District", "Heping District",
                "Zhongshan", "Jingzhou"), traps);
    }

    @Test
    void cleanCompaniesNeverCarryOverseasLabourEvidence() {
        for (TradeFamily family : TradeFamily.values()) {
            for (int i = 0; i < 100; i++) {
                Company c = factory.create(i, ProfileMix.clean(family, random), family, CompanyRole.UPSTREAM, random);
                assertFalse(c.northEast(), c.toString());
                if (!c.country().equals("CN")) {
                    assertFalse(WorldAtlas.country(c.country()).overseasLabour(family), c.toString());
                }
            }
        }
    }

    @Test
    void nameVariantsCoverLegalFormsScriptsAndTypos() {
        Company company = null;
        for (int i = 0; company == null || company.chineseName().isEmpty() || company.cityPrefix().isEmpty(); i++) {
            company = factory.create(i, CompanyProfile.LIAONING, TradeFamily.PREPARED_SEAFOOD, CompanyRole.SOURCE,
                    random);
        }
        Set<String> variants = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            variants.add(NameVariants.mention(company, random));
        }
        String upperCore = (company.brand() + " " + company.industry()).toUpperCase(Locale.ROOT);
        assertTrue(variants.contains(company.chineseName()));
        assertTrue(variants.contains(company.canonicalName()));
        assertTrue(variants.stream().anyMatch(v -> v.endsWith("CO.,LTD.")));
        assertTrue(variants.stream().anyMatch(v -> v.endsWith("COMPANY LIMITED")));
        assertTrue(variants.stream().anyMatch(v -> v.equals(upperCore)), "legal form dropped with prefix kept or not");
        assertTrue(variants.stream().anyMatch(v -> v.startsWith(upperCore)), "city prefix dropped");
        assertTrue(variants.size() > 40, "variants: " + variants.size());
    }
}
