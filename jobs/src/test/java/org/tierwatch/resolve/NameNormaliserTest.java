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
