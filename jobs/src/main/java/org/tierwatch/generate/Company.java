package org.tierwatch.generate;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An invented company: its truth key, the parts of its canonical name (so that variants can drop
 * or respell them), where it is, how to reach it, what it ships and its role in the trade world.
 * Optional text is empty, never null.
 */
record Company(
        int index,
        String key,
        String cityPrefix,
        String brand,
        String industry,
        String legalForm,
        String chineseName,
        String koreanName,
        String country,
        String province,
        String city,
        String address,
        String chineseAddress,
        String koreanAddress,
        String postcode,
        String phoneCountry,
        String areaCode,
        String phoneLocal,
        String uscc,
        String port,
        TradeFamily family,
        CompanyRole role) {

    Company {
        requireNonNull(key, "key is null");
        requireNonNull(cityPrefix, "cityPrefix is null");
        requireNonNull(brand, "brand is null");
        requireNonNull(industry, "industry is null");
        requireNonNull(legalForm, "legalForm is null");
        requireNonNull(chineseName, "chineseName is null");
        requireNonNull(koreanName, "koreanName is null");
        requireNonNull(country, "country is null");
        requireNonNull(province, "province is null");
        requireNonNull(city, "city is null");
        requireNonNull(address, "address is null");
        requireNonNull(chineseAddress, "chineseAddress is null");
        requireNonNull(koreanAddress, "koreanAddress is null");
        requireNonNull(postcode, "postcode is null");
        requireNonNull(phoneCountry, "phoneCountry is null");
        requireNonNull(areaCode, "areaCode is null");
        requireNonNull(phoneLocal, "phoneLocal is null");
        requireNonNull(uscc, "uscc is null");
        requireNonNull(port, "port is null");
        requireNonNull(family, "family is null");
        requireNonNull(role, "role is null");
    }

    /** The name as the company registers it, e.g. "Dalian Haixin Aquatic Products Co., Ltd.". */
    String canonicalName() {
        StringBuilder name = new StringBuilder();
        if (!cityPrefix.isEmpty()) {
            name.append(cityPrefix).append(' ');
        }
        name.append(brand).append(' ').append(industry);
        if (!legalForm.isEmpty()) {
            name.append(' ').append(legalForm);
        }
        return name.toString();
    }

    /** The same company under another brand (and its Hangul name to match). */
    Company withBrand(String newBrand, String newKoreanName) {
        return new Company(index, key, cityPrefix, newBrand, industry, legalForm, chineseName, newKoreanName, country,
                province, city, address, chineseAddress, koreanAddress, postcode, phoneCountry, areaCode, phoneLocal,
                uscc, port, family, role);
    }

    /** LIAONING, JILIN or OTHER: the answer the locator should find. */
    String truthProvince() {
        return province.equals("LIAONING") || province.equals("JILIN") ? province : "OTHER";
    }

    boolean northEast() {
        return !truthProvince().equals("OTHER");
    }

    /** Brand and industry in capitals: what stays of the name when variants drop city and legal form. */
    String nameCore() {
        return (brand + " " + industry).toUpperCase(Locale.ROOT);
    }

    /**
     * Its names where a registry keeps them, in every script it has one: no two companies of one
     * city may share any of them. A company registered in Korean or Chinese is registered by that
     * name, and several English industry words translate to one Korean or Chinese word.
     */
    List<String> registeredNames() {
        String place = country + "/" + city.toUpperCase(Locale.ROOT) + "/";
        List<String> names = new ArrayList<>(3);
        names.add(place + nameCore());
        if (!koreanName.isEmpty()) {
            names.add(place + koreanName);
        }
        if (!chineseName.isEmpty()) {
            names.add(place + chineseName);
        }
        return names;
    }
}
