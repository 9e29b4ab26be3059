package org.tierwatch.generate;

import java.util.List;

/**
 * The Chinese cities companies are placed in. North-east facts follow DOMAIN.md; the cities
 * elsewhere include the trap places (Qingdao, Shanghai and Tianjin streets named after the
 * north-east, Chaoyang District Beijing, Heping District Tianjin, Zhongshan, Jingzhou in Hubei).
 */
final class ChinaGazetteer {

    private static final String LN = "LIAONING";
    private static final String JL = "JILIN";

    static final List<ChinaCity> LIAONING = List.of(
            city("Shenyang", "沈阳", LN, "110000", "024", "210100", "CNDAL", "", "Hunnan", "Sujiatun", "Xinmin", "Liaozhong"),
            city("Dalian", "大连", LN, "116000", "0411", "210200", "CNDAL", "", "Ganjingzi", "Shahekou", "Xigang", "Jinzhou", "Lushunkou", "Wafangdian", "Zhuanghe", "Pulandian"),
            city("Dandong", "丹东", LN, "118000", "0415", "210600", "CNDDG", "단동", "Donggang", "Zhenxing", "Yuanbao", "Fengcheng", "Kuandian"),
            city("Anshan", "鞍山", LN, "114000", "0412", "210300", "CNYIK", "", "Haicheng", "Tiedong"),
            city("Yingkou", "营口", LN, "115000", "0417", "210800", "CNYIK", "", "Bayuquan", "Gaizhou", "Dashiqiao"),
            city("Jinzhou", "锦州", LN, "121000", "0416", "210700", "CNJNZ", "", "Linghai", "Beizhen"),
            city("Huludao", "葫芦岛", LN, "125000", "0429", "211400", "CNHUD", "", "Xingcheng", "Suizhong"),
            city("Liaoyang", "辽阳", LN, "111000", "0419", "211000", "CNDAL", "", "Dengta"),
            city("Panjin", "盘锦", LN, "124000", "0427", "211100", "CNPAJ", "", "Xinglongtai"),
            city("Tieling", "铁岭", LN, "112000", "024", "211200", "CNDAL", "", "Kaiyuan", "Diaobingshan"),
            city("Chaoyang", "朝阳", LN, "122000", "0421", "211300", "CNJNZ", "", "Beipiao", "Lingyuan"));

    static final List<ChinaCity> JILIN = List.of(
            city("Changchun", "长春", JL, "130000", "0431", "220100", "CNDAL", "", "Chaoyang", "Jiutai", "Dehui", "Yushu", "Gongzhuling"),
            city("Jilin", "吉林市", JL, "132000", "0432", "220200", "CNDAL", "", "Jiaohe", "Huadian", "Shulan", "Panshi"),
            city("Yanji", "延吉", JL, "133000", "0433", "222400", "CNDAL", "연길", "Yanbian"),
            city("Hunchun", "珲春", JL, "133300", "0433", "222400", "CNDAL", "훈춘", "Yanbian"),
            city("Tumen", "图们", JL, "133100", "0433", "222400", "CNDAL", "도문", "Yanbian"),
            city("Siping", "四平", JL, "136000", "0434", "220300", "CNDAL", "", "Shuangliao", "Lishu"),
            city("Tonghua", "通化", JL, "134000", "0435", "220500", "CNDAL", "", "Meihekou", "Ji'an"),
            city("Baishan", "白山", JL, "134300", "0439", "220600", "CNDAL", "", "Linjiang"));

    static final List<ChinaCity> ELSEWHERE = List.of(
            city("Qingdao", "青岛", "SHANDONG", "266000", "0532", "370200", "CNTAO", "", "Shibei", "Shinan", "Huangdao", "Chengyang"),
            city("Yantai", "烟台", "SHANDONG", "264000", "0535", "370600", "CNYNT", "", "Zhifu", "Laishan"),
            city("Shanghai", "上海", "SHANGHAI", "200000", "021", "310000", "CNSHA", "", "Yangpu", "Pudong", "Minhang", "Jiading"),
            city("Tianjin", "天津", "TIANJIN", "300000", "022", "120000", "CNTXG", "", "Heping", "Binhai", "Hexi", "Nankai"),
            city("Beijing", "北京", "BEIJING", "100000", "010", "110000", "CNTXG", "", "Chaoyang", "Haidian", "Daxing", "Fengtai"),
            city("Guangzhou", "广州", "GUANGDONG", "510000", "020", "440100", "CNCAN", "", "Tianhe", "Baiyun", "Panyu"),
            city("Shenzhen", "深圳", "GUANGDONG", "518000", "0755", "440300", "CNYTN", "", "Bao'an", "Longgang", "Nanshan"),
            city("Zhongshan", "中山", "GUANGDONG", "528400", "0760", "442000", "CNZSN", "", "Xiaolan", "Guzhen", "Huangpu"),
            city("Ningbo", "宁波", "ZHEJIANG", "315000", "0574", "330200", "CNNGB", "", "Beilun", "Yinzhou"),
            city("Hangzhou", "杭州", "ZHEJIANG", "310000", "0571", "330100", "CNNGB", "", "Xiaoshan", "Yuhang"),
            city("Suzhou", "苏州", "JIANGSU", "215000", "0512", "320500", "CNSHA", "", "Wujiang", "Kunshan"),
            city("Nanjing", "南京", "JIANGSU", "210000", "025", "320100", "CNNKG", "", "Jiangning", "Pukou"),
            city("Xiamen", "厦门", "FUJIAN", "361000", "0592", "350200", "CNXMN", "", "Huli", "Haicang"),
            city("Jingzhou", "荆州", "HUBEI", "434000", "0716", "421000", "CNWUH", "", "Shashi", "Jingzhou"),
            city("Wuhan", "武汉", "HUBEI", "430000", "027", "420100", "CNWUH", "", "Hanyang", "Dongxihu"));

    private ChinaGazetteer() {
    }

    /** The city of the given English name outside the north-east. */
    static ChinaCity elsewhere(String name) {
        for (ChinaCity city : ELSEWHERE) {
            if (city.name().equals(name)) {
                return city;
            }
        }
        throw new IllegalArgumentException("no such city: " + name);
    }

    private static ChinaCity city(String name, String chineseName, String province, String postcode, String areaCode,
            String divisionCode, String port, String koreanName, String... districts) {
        return new ChinaCity(name, chineseName, province, provinceName(province), provinceChinese(province), postcode,
                areaCode, divisionCode, List.of(districts), port, koreanName);
    }

    private static String provinceName(String province) {
        return province.charAt(0) + province.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String provinceChinese(String province) {
        return switch (province) {
            case LN -> "辽宁省";
            case JL -> "吉林省";
            case "SHANDONG" -> "山东省";
            case "GUANGDONG" -> "广东省";
            case "ZHEJIANG" -> "浙江省";
            case "JIANGSU" -> "江苏省";
            case "FUJIAN" -> "福建省";
            case "HUBEI" -> "湖北省";
            case "SHANGHAI" -> "上海市";
            case "TIANJIN" -> "天津市";
            case "BEIJING" -> "北京市";
            default -> throw new IllegalArgumentException("no Chinese name for " + province);
        };
    }
}
