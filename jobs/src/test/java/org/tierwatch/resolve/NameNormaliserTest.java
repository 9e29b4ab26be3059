package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameNormaliserTest {

  private final NameNormaliser normaliser = ResolveFixtures.NORMALISER;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "HAIDA FOODS CO LTD | HAIDA FOOD | LTD",
        "HAIDA FOODS CO.,LTD. | HAIDA FOOD | LTD",
        "Haida Foods Co., Ltd | HAIDA FOOD | LTD",
        "HAIDA FOODS COMPANY LIMITED | HAIDA FOOD | LTD",
        "HAIDA FOODS LIMITED | HAIDA FOOD | LTD",
        "HAIDA PTE. LTD. | HAIDA | LTD",
        "ACME INC. | ACME | INC",
        "ACME INCORPORATED | ACME | INC",
        "ACME LLC | ACME | LLC",
        "ACME L.L.C. | ACME | LLC",
        "ACME PLC | ACME | PLC",
        "ACME CORPORATION | ACME | CORP",
        "FISCHER GMBH | FISCHER | GMBH",
        "FISCHER GmbH & Co. KG | FISCHER | GMBH & CO KG",
        "POLMAR SP. Z O.O. | POLMAR | SP Z OO",
        "POLMAR SP Z OO | POLMAR | SP Z OO",
        "SRI MAJU SDN. BHD. | SRI MAJU | SDN BHD",
        "NORFISK AS | NORFISK | AS",
        "NORFISK A/S | NORFISK | AS",
        "PESCADOS RUBEN S.L. | PESCADO RUBEN | SL",
        "PESCADOS RUBEN SL | PESCADO RUBEN | SL",
        "CONSERVE ITALIA S.P.A. | CONSERVE ITALIA | SPA",
        "CONSERVE ITALIA SPA | CONSERVE ITALIA | SPA",
        "PESCANOVA S.A. | PESCANOVA | SA",
        "VISSER B.V. | VISSER | BV",
        "OOO ROMASHKA | ROMASHKA | OOO",
        "PT MAJU JAYA | MAJU JAYA | PT",
        "KANGHUI 有限公司 | KANGHUI | LTD",
        "HAIDA FOODS COMPAVY LIMITED | HAIDA FOOD | LTD",
        "HAIDA FOODS COMPANY LMIITED | HAIDA FOOD | LTD",
        "HAIDA FOODS CO LDT | HAIDA FOOD | LTD",
        "HAIDA FOODS O.,LTD. | HAIDA FOOD | LTD",
        "HAIDA FOODS C LTD | HAIDA FOOD | LTD",
        "HAIDA FOODS CO TD | HAIDA FOOD | LTD",
        "ACME CORPORATOIN | ACME | CORP",
        "LIMTED | LIMTED | ",
      })
  void stripsLegalForms(String raw, String core, String legalForm) {
    NormalisedName name = normaliser.normalise(raw);
    assertEquals(core, name.core());
    assertEquals(legalForm, name.legalForm());
    assertFalse(name.placeholder());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "HUAXIN COMM GRP | HUAXIN COMM GRP",
        "HUAXIN COMMUNICATIONS GROUP | HUAXIN COMM GRP",
        "HUAXIN INT'L TRADING | HUAXIN INTL TRADING",
        "HUAXIN INTERNATIONAL TRADE | HUAXIN INTL TRADING",
        "HUAXIN MFG | HUAXIN MFG",
        "HUAXIN MANUFACTURING | HUAXIN MFG",
        "HUAXIN ELEC | HUAXIN ELEC",
        "HUAXIN ELECTRONICS | HUAXIN ELEC",
        "HUAXIN ELECTRICAL | HUAXIN ELEC",
        "HUAXIN IMP & EXP | HUAXIN IMP EXP",
        "HUAXIN IMPORT AND EXPORT | HUAXIN IMP EXP",
        "HUAXIN IMPEX | HUAXIN IMP EXP",
        "HUAXIN INDUSTRIES | HUAXIN IND",
        "HUAXIN TECHNOLOGIES | HUAXIN TECH",
        "HUAXIN PROTECTIVE CLOTHING | HUAXIN PROTECTIVE GARMENT",
        "HUAXIN PROTECTIVE GARMENTS | HUAXIN PROTECTIVE GARMENT",
        "화신 의류 유한회사 (HUAXIN MFG CO LTD) | HUAXIN MFG",
        "HUAXIN MFG CO LTD (화신 의류 유한회사) | HUAXIN MFG",
      })
  void canonicalisesAbbreviationsAndPlurals(String raw, String core) {
    assertEquals(core, normaliser.normalise(raw).core());
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "TO ORDER",
        "TO ORDER OF SHIPPER",
        "TO THE ORDER OF BANK OF CHINA DALIAN BRANCH",
        "SAME AS CONSIGNEE",
        "Same as consignee",
        "N/A",
        "NA",
        "n.a.",
        "NONE",
        "UNKNOWN",
        "",
        "   ",
        "---",
        "12345",
        "CO., LTD.",
        "同上",
        "有限公司",
        "(N/A)",
        "X",
        "xxxx",
        "X X X",
      })
  void recognisesPlaceholders(String raw) {
    NormalisedName name = normaliser.normalise(raw);
    assertTrue(name.placeholder());
    assertTrue(name.tokens().isEmpty());
    assertEquals(raw, name.raw());
  }

  @Test
  void treatsNullAsPlaceholder() {
    assertTrue(normaliser.normalise(null).placeholder());
  }

  @Test
  void splitsOffLeadingPlace() {
    NormalisedName name = normaliser.normalise("DANDONG KANGHUI FOODS CO LTD");
    assertEquals(List.of("KANGHUI", "FOOD"), name.tokens());
    assertEquals("DANDONG", name.leadingPlace());
  }

  @Test
  void splitsOffProvinceAndCityWithTheirSuffixes() {
    NormalisedName name = normaliser.normalise("LIAONING PROVINCE DANDONG CITY KANGHUI FOODS");
    assertEquals(List.of("KANGHUI", "FOOD"), name.tokens());
    assertEquals("LIAONING DANDONG", name.leadingPlace());
  }

  @Test
  void takesASecondPlaceOnlyWhenItCanLieInTheFirst() {
    NameNormaliser withChengde = NameNormaliser.withPlaces("HANGZHOU", "CHENGDE", "LIAONING",
        "DANDONG");
    NormalisedName tradeName = withChengde.normalise("HANGZHOU CHENGDE CLOTHING GROUP CO LTD");
    assertEquals("HANGZHOU", tradeName.leadingPlace());
    assertEquals(List.of("CHENGDE", "GARMENT", "GRP"), tradeName.tokens());
    NormalisedName han = withChengde.normalise("杭州诚德制衣集团有限公司");
    assertEquals("HANGZHOU", han.leadingPlace());
    assertEquals("CHENGDE", han.tokens().get(0));
    NormalisedName twoPlaces = withChengde.normalise("LIAONING DANDONG KANGHUI FOODS");
    assertEquals("LIAONING DANDONG", twoPlaces.leadingPlace());
    assertEquals(List.of("KANGHUI", "FOOD"), twoPlaces.tokens());
  }

  @Test
  void takesPlaceFromParentheses() {
    NormalisedName name = normaliser.normalise("KANGHUI (DANDONG) FOODS CO., LTD.");
    assertEquals(List.of("KANGHUI", "FOOD"), name.tokens());
    assertEquals("DANDONG", name.leadingPlace());
  }

  @Test
  void takesPlaceFromTheEndWhenNoneLeads() {
    NormalisedName name = normaliser.normalise("KANGHUI FOODS DANDONG CO LTD");
    assertEquals(List.of("KANGHUI", "FOOD"), name.tokens());
    assertEquals("DANDONG", name.leadingPlace());
    assertEquals(
        List.of("KANGHUI", "FOOD", "DANDONG"),
        normaliser.normalise("DALIAN KANGHUI FOOD DANDONG").tokens());
  }

  @Test
  void recognisesPlacesWrittenWithApostropheOrSplit() {
    assertEquals("NONGAN", normaliser.normalise("NONG'AN HAIDA FOODS").leadingPlace());
    assertEquals("DANDONG", normaliser.normalise("DAN DONG HAIDA FOODS").leadingPlace());
  }

  @Test
  void keepsAPlaceThatIsTheWholeName() {
    NormalisedName name = normaliser.normalise("DALIAN CO LTD");
    assertEquals(List.of("DALIAN"), name.tokens());
    assertNull(name.leadingPlace());
  }

  @Test
  void keepsPlacesThatDoNotLead() {
    NormalisedName name = normaliser.normalise("GOLDEN DALIAN FOODS");
    assertEquals(List.of("GOLDEN", "DALIAN", "FOOD"), name.tokens());
    assertNull(name.leadingPlace());
  }

  @Test
  void transliteratesChineseAndJoinsTheSyllablesOfATradeName() {
    NormalisedName name = normaliser.normalise("丹东康辉食品有限公司");
    assertEquals(List.of("KANGHUI", "FOOD"), name.tokens());
    assertEquals("DANDONG", name.leadingPlace());
    assertEquals("LTD", name.legalForm());
  }

  @Test
  void stripsChineseLegalFormsAndTranslatesBusinessWords() {
    NormalisedName name = normaliser.normalise("辽宁省丹东市康辉水产进出口集团股份有限公司");
    assertEquals(List.of("KANGHUI", "AQUATIC", "IMP", "EXP", "GRP"), name.tokens());
    assertEquals("LIAONING DANDONG", name.leadingPlace());
    assertEquals("LTD", name.legalForm());
  }

  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "丹东兴佳面料有限公司 | XINGJIA FABRIC CO., LTD.",
        "康辉针织有限公司 | KANGHUI KNITTING CO LTD",
        "康辉劳保用品有限公司 | KANGHUI LABOR PROTECTION CO LTD",
        "康辉发制品原料有限公司 | KANGHUI HAIR MATERIAL CO LTD",
        "康辉电气设备有限公司 | KANGHUI ELECTRICAL EQUIPMENT CO LTD",
        "康辉汽车零部件有限公司 | KANGHUI AUTO PARTS CO LTD",
        "康辉船舶工程有限公司 | KANGHUI MARINE ENGINEERING CO LTD",
        "康辉矿产资源有限公司 | KANGHUI MINERAL RESOURCES CO LTD",
      })
  void translatesChineseBusinessWordsAsTheCompaniesOwnEnglishNamesDo(String chinese,
      String latin) {
    assertEquals(normaliser.normalise(latin).tokens(), normaliser.normalise(chinese).tokens());
  }

  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "한빛수산물 유한공사 | HANBIT AQUATIC PRODUCTS CO., LTD.",
        "한빛수산 유한공사 | HANBIT AQUATIC CO LTD",
        "푸른바다식품 주식회사 | PUREUNBADA FOODSTUFFS CO., LTD.",
        "(주)새벽섬유 | SAEBYEOK TEXTILES CO LTD",
        "㈜누리의류 | NURI CLOTHING CO., LTD.",
        "별빛전자 주식회사 | BYEOLBIT ELECTRONICS CO., LTD.",
        "다온기계(주) | DAON MACHINERY CO LTD",
        "한결무역 유한회사 | HANGYEOL TRADING CO LTD",
        "솔가발 유한공사 | SOL WIGS CO LTD",
        "한빛수출입유한공사 | HANBIT IMPORT & EXPORT CO LTD",
        "한빛과학기술 유한공사 | HANBIT TECHNOLOGY CO LTD",
        "한빛국제그룹 | HANBIT INTERNATIONAL GROUP",
        "한빛해산물 | HANBIT SEAFOODS",
        "주식회사 한빛니트 | HANBIT KNIT CO LTD",
      })
  void normalisesAKoreanNameAsItsLatinSpelling(String korean, String latin) {
    NormalisedName hangul = normaliser.normalise(korean);
    NormalisedName english = normaliser.normalise(latin);
    assertEquals(english.tokens(), hangul.tokens());
    assertEquals(english.legalForm(), hangul.legalForm());
  }

  @Test
  void spellsHangulInTheRevisedRomanizationNotIcuTransliteration() {
    assertEquals(List.of("HANBIT"), normaliser.normalise("한빛").tokens());
    assertEquals(List.of("DAESEONG", "FOOD"), normaliser.normalise("대성식품").tokens());
  }

  @Test
  void keepsTheProductsThatOnlyTheLatinNameSays() {
    assertEquals(List.of("HANBIT", "AQUATIC"), normaliser.normalise("한빛수산 유한공사").tokens());
    assertEquals(
        List.of("HANBIT", "AQUATIC", "PROD"),
        normaliser.normalise("HANBIT AQUATIC PRODUCTS CO., LTD.").tokens());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "한빛 유한공사 | LTD",
        "한빛유한회사 | LTD",
        "한빛 주식회사 | LTD",
        "한빛(주) | LTD",
        "(주)한빛 | LTD",
        "㈜ 한빛 | LTD",
        "주식회사한빛 | LTD",
        "한빛 유한책임회사 | LLC",
        "한빛 공사 | CO",
        "한빛 회사 | CO",
      })
  void stripsKoreanLegalFormsAtEitherEnd(String raw, String legalForm) {
    NormalisedName name = normaliser.normalise(raw);
    assertEquals(List.of("HANBIT"), name.tokens());
    assertEquals(legalForm, name.legalForm());
  }

  @Test
  void treatsAKoreanLegalFormAloneAsPlaceholder() {
    assertTrue(normaliser.normalise("주식회사").placeholder());
    assertTrue(normaliser.normalise("(주)").placeholder());
  }

  @Test
  void readsNamesMixingHangulWithOtherScripts() {
    NormalisedName latinAndHangul = normaliser.normalise("HANBIT 수산 CO., LTD.");
    assertEquals(List.of("HANBIT", "AQUATIC"), latinAndHangul.tokens());
    assertEquals("LTD", latinAndHangul.legalForm());
    assertEquals(List.of("HANBIT", "KNIT"), normaliser.normalise("한빛 KNIT CO LTD").tokens());
    assertEquals(List.of("HANBIT", "TECH"), normaliser.normalise("한빛TECH").tokens());

    NormalisedName hanAndHangul = normaliser.normalise("大连 한빛수산 유한공사");
    assertEquals(List.of("HANBIT", "AQUATIC"), hanAndHangul.tokens());
    assertEquals("DALIAN", hanAndHangul.leadingPlace());
  }

  @Test
  void findsALeadingPlaceGluedToAKoreanTradeName() {
    NormalisedName name = normaliser.normalise("단동한빛수산 유한공사");
    assertEquals(List.of("HANBIT", "AQUATIC"), name.tokens());
    assertEquals("DANDONG", name.leadingPlace());
  }

  @Test
  void keepsKoreanWordsWrittenApartAsTokensThatGlueBack() {
    NormalisedName spaced = normaliser.normalise("한 빛 수산");
    assertEquals(List.of("HAN", "BIT", "AQUATIC"), spaced.tokens());
    assertEquals(normaliser.normalise("한빛수산").joined(), spaced.joined());
  }

  @Test
  void handlesPunctuation() {
    assertEquals(
        List.of("SINO", "OCEAN", "AQUATIC", "PROD"),
        normaliser.normalise("\"SINO-OCEAN\" AQUATIC PRODUCTS, CO.,LTD.").tokens());
    assertEquals(List.of("LI", "BRO"), normaliser.normalise("LI BROTHER'S").tokens());
    assertEquals(List.of("LI", "BRO"), normaliser.normalise("LI BROS.").tokens());
  }

  @Test
  void foldsFullWidthFormsWithNfkc() {
    NormalisedName fullWidth = normaliser.normalise("ＧＯＬＤＥＮ　ＴＩＤＥ　ＦＯＯＤＳ（ＤＡＮＤＯＮＧ）ＣＯ．，ＬＴＤ．");
    assertEquals(List.of("GOLDEN", "TIDE", "FOOD"), fullWidth.tokens());
    assertEquals("DANDONG", fullWidth.leadingPlace());
    assertEquals("LTD", fullWidth.legalForm());
  }

  @Test
  void foldsAccentsAndOtherScriptsToAscii() {
    assertEquals(List.of("SOCIETE", "GENERALE"), normaliser.normalise("Société Générale S.A.").tokens());
    assertEquals(List.of("VOSTOK", "RYBA"), normaliser.normalise("ООО «Восток-Рыба»").tokens());
  }

  @Test
  void dropsStopWords() {
    assertEquals(List.of("HAIXING", "FOOD"), normaliser.normalise("THE HAIXING FOOD COMPANY").tokens());
  }

  @Test
  void writesAFoldedWordAlsoInThePluralsThatFoldToIt() {
    assertEquals("ATLA", NameNormaliser.singular("ATLAS"));
    assertEquals(List.of("ATLA", "ATLAS"), NameNormaliser.writtenForms("ATLA"));
    assertTrue(NameNormaliser.writtenForms("FISHERY").contains("FISHERIES"));
    // GLASS is no plural, so GLASSS is no way of writing it.
    assertEquals(List.of("GLASS"), NameNormaliser.writtenForms("GLASS"));
  }

  @Test
  void keepsGluedNameComparableThroughJoinedForm() {
    assertEquals(
        normaliser.normalise("GOLDENTIDE AQUATIC FOOD CO LIMITED").joined(),
        normaliser.normalise("GOLDEN TIDE AQUATIC FOODS CO., LTD.").joined());
  }

  @Test
  void givesTheSameResultOnManyThreadsAtOnce() {
    List<String> names =
        List.of("丹东康辉食品有限公司", "Müller GmbH", "ООО Восток-Рыба", "GOLDENTIDE AQUATIC FOOD CO LIMITED");
    List<NormalisedName> expected = names.stream().map(normaliser::normalise).toList();
    List<NormalisedName> parallel =
        IntStream.range(0, 400)
            .parallel()
            .mapToObj(i -> normaliser.normalise(names.get(i % names.size())))
            .toList();
    for (int i = 0; i < parallel.size(); i++) {
      assertEquals(expected.get(i % names.size()), parallel.get(i));
    }
  }

  @Test
  void survivesJavaSerialisationAsSparkNeeds() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(normaliser);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      NameNormaliser copy = (NameNormaliser) in.readObject();
      assertEquals("DANDONG", copy.normalise("DANDONG KANGHUI").leadingPlace());
    }
  }
}
