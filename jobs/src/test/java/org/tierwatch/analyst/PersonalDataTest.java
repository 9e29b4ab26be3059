package org.tierwatch.analyst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierwatch.spark.SparkSessionExtension;

/** Personal data in party text is masked; company names, addresses and ids are not. */
@ExtendWith(SparkSessionExtension.class)
class PersonalDataTest {
  private static final String[] PERSONAL = {
      "MR. LI WEI, TEL +86 411 8461 2271",
      "MS. NGUYEN THI LAN, TEL +84 225 3791 044",
      "MR. TOM HALE, MARLOW STREET APPAREL, TEL +44 113 496 0412",
      "MS. EMMA CROSS, TEL +44 20 7946 0733",
      "ATTN: Jane O'Neil, jane.oneil@example.co.uk",
      "Dr Wang Fang (0411) 8461-2200",
  };

  private static final String[] NOT_PERSONAL = {
      "DALIAN NORTHTIDE AQUATIC FOODS CO., LTD.",
      "NO. 158 BINHAI INDUSTRIAL ROAD, GANJINGZI DISTRICT, DALIAN, LIAONING 116031, CHINA",
      "91210211573902140N",
      "HANBIT KNIT CO., LTD. (주식회사 한빛니트)",
      "HARBOUR OFFICE, 3 MERCHANT QUAY, PETERHEAD AB42 1DU, SCOTLAND",
      "shipments:bol:NTDL2601040148",
  };

  @Test
  void masksNamesPhonesAndEmailsOfIndividuals() {
    assertEquals("[person], [phone]", PersonalData.mask(PERSONAL[0]));
    assertEquals("[person], MARLOW STREET APPAREL, [phone]", PersonalData.mask(PERSONAL[2]));
    assertEquals("[person], [e-mail]", PersonalData.mask(PERSONAL[4]));
    assertEquals("[person] [phone]", PersonalData.mask(PERSONAL[5]));
    for (String text : PERSONAL) {
      assertTrue(PersonalData.contains(text), text);
      String masked = PersonalData.mask(text);
      assertFalse(masked.matches(".*\\d{3}.*"), masked);
      assertFalse(masked.matches("(?i).*(WEI|LAN|HALE|CROSS|NEIL|FANG).*"), masked);
    }
  }

  @Test
  void leavesCompanyNamesAddressesAndIdentifiersAlone() {
    for (String text : NOT_PERSONAL) {
      assertEquals(text, PersonalData.mask(text));
      assertFalse(PersonalData.contains(text), text);
    }
    assertNull(PersonalData.mask(null));
  }

  @Test
  void sparkSqlMasksExactlyAsJavaDoes(SparkSession spark) {
    for (String text : concat(PERSONAL, NOT_PERSONAL)) {
      String sql = "SELECT " + PersonalData.maskSql("t") + " FROM (SELECT '"
          + text.replace("\\", "\\\\").replace("'", "\\'") + "' AS t)";
      assertEquals(PersonalData.mask(text), spark.sql(sql).head().getString(0), text);
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
