package org.tierwatch.generate;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A Chinese city the generator places companies in: province, Chinese names, postcode, telephone
 * area code, administrative division code (for USCCs), districts, seaport, and the Korean form
 * used in Yanbian and Dandong (empty elsewhere).
 */
record ChinaCity(
        String name,
        String chineseName,
        String province,
        String provinceName,
        String provinceChinese,
        String postcode,
        String areaCode,
        String divisionCode,
        List<String> districts,
        String port,
        String koreanName) {

    ChinaCity {
        requireNonNull(name, "name is null");
        requireNonNull(chineseName, "chineseName is null");
        requireNonNull(province, "province is null");
        requireNonNull(provinceName, "provinceName is null");
        requireNonNull(provinceChinese, "provinceChinese is null");
        requireNonNull(postcode, "postcode is null");
        requireNonNull(areaCode, "areaCode is null");
        requireNonNull(divisionCode, "divisionCode is null");
        requireNonNull(districts, "districts is null");
        requireNonNull(port, "port is null");
        requireNonNull(koreanName, "koreanName is null");
        districts = List.copyOf(districts);
    }

    /** Municipalities (Beijing, Tianjin, Shanghai) are their own province in an address. */
    boolean municipality() {
        return province.equals("BEIJING") || province.equals("TIANJIN") || province.equals("SHANGHAI");
    }

    /** True for Liaoning and Jilin. */
    boolean northEast() {
        return province.equals("LIAONING") || province.equals("JILIN");
    }
}
