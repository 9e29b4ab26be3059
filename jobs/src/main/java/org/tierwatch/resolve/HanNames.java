package org.tierwatch.resolve;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Chinese company names: the legal forms at their end, and a glossary of business words that
 * English-language records translate rather than transliterate (水产 is AQUATIC in
 * {@code ... AQUATIC FOODS CO., LTD.}, never SHUICHAN). Trade names and places are left to
 * Han-to-Latin transliteration.
 */
final class HanNames {

  /** Legal forms at the end of a Chinese name, longest first, with their canonical Latin form. */
  static final List<Map.Entry<String, String>> LEGAL_FORMS =
      longestFirst(
          Map.of(
              "股份有限公司", "LTD",
              "有限责任公司", "LTD",
              "有限公司", "LTD",
              "有限會社", "LTD",
              "有限公司分公司", "LTD",
              "公司", "CO",
              "株式会社", "KK"));

  /** Business words translated to the English word that the Latin pipeline then canonicalises. */
  static final List<Map.Entry<String, String>> GLOSSARY =
      longestFirst(
          Map.ofEntries(
              Map.entry("进出口", "IMPORT EXPORT"),
              Map.entry("贸易", "TRADING"),
              Map.entry("商贸", "TRADING"),
              Map.entry("经贸", "TRADING"),
              Map.entry("水产品", "AQUATIC PRODUCT"),
              Map.entry("水产", "AQUATIC"),
              Map.entry("海产品", "SEAFOOD"),
              Map.entry("海产", "SEAFOOD"),
              Map.entry("海洋", "OCEAN"),
              Map.entry("渔业", "FISHERY"),
              Map.entry("食品", "FOOD"),
              Map.entry("电子", "ELECTRONIC"),
              Map.entry("电器", "ELECTRIC"),
              Map.entry("科技", "TECHNOLOGY"),
              Map.entry("技术", "TECHNOLOGY"),
              Map.entry("实业", "INDUSTRIAL"),
              Map.entry("工业", "INDUSTRIAL"),
              Map.entry("服装", "GARMENT"),
              Map.entry("服饰", "APPAREL"),
              Map.entry("制衣", "GARMENT"),
              Map.entry("纺织", "TEXTILE"),
              Map.entry("针织", "KNITTING"),
              Map.entry("面料", "FABRIC"),
              Map.entry("防护用品", "PROTECTIVE PRODUCTS"),
              Map.entry("医疗用品", "MEDICAL SUPPLIES"),
              Map.entry("劳保用品", "LABOR PROTECTION"),
              Map.entry("发制品", "HAIR PRODUCTS"),
              Map.entry("发制品原料", "HAIR MATERIAL"),
              Map.entry("化妆品", "COSMETICS"),
              Map.entry("电路", "CIRCUIT"),
              Map.entry("电气", "ELECTRICAL"),
              Map.entry("电源", "POWER"),
              Map.entry("重工", "HEAVY INDUSTRY"),
              Map.entry("制造", "MANUFACTURING"),
              Map.entry("汽车零部件", "AUTO PARTS"),
              Map.entry("零部件", "PARTS"),
              Map.entry("汽车", "MOTOR"),
              Map.entry("车辆", "VEHICLE"),
              Map.entry("木业", "WOOD INDUSTRY"),
              Map.entry("木材", "TIMBER"),
              Map.entry("木制品", "WOOD PRODUCTS"),
              Map.entry("造船", "SHIPBUILDING"),
              Map.entry("船舶", "MARINE"),
              Map.entry("工程", "ENGINEERING"),
              Map.entry("船厂", "SHIPYARD"),
              Map.entry("矿业", "MINING"),
              Map.entry("矿产", "MINERALS"),
              Map.entry("资源", "RESOURCES"),
              Map.entry("机械", "MACHINERY"),
              Map.entry("设备", "EQUIPMENT"),
              Map.entry("国际", "INTERNATIONAL"),
              Map.entry("发展", "DEVELOPMENT"),
              Map.entry("投资", "INVESTMENT"),
              Map.entry("物流", "LOGISTICS"),
              Map.entry("化工", "CHEMICAL"),
              Map.entry("医药", "PHARMACEUTICAL"),
              Map.entry("制品", "PRODUCT"),
              Map.entry("产品", "PRODUCT"),
              Map.entry("加工", "PROCESSING"),
              Map.entry("工艺品", "CRAFT"),
              Map.entry("假发", "WIG"),
              Map.entry("集团", "GROUP"),
              Map.entry("控股", "HOLDING"),
              Map.entry("工厂", "FACTORY"),
              Map.entry("厂", "FACTORY")));

  private HanNames() {}

  /** True for a code point of the Han script (CJK ideographs in any block). */
  static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  /** The entries of a word list sorted longest first (then alphabetically), for greedy matching. */
  static List<Map.Entry<String, String>> longestFirst(Map<String, String> words) {
    return words.entrySet().stream()
        .sorted(
            Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length())
                .thenComparing(Map.Entry::getKey))
        .map(e -> Map.entry(e.getKey(), e.getValue()))
        .toList();
  }
}
