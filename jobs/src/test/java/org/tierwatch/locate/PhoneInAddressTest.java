package org.tierwatch.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PhoneInAddressTest {
  @Test
  void readsTheNumberAfterATelephoneLabel() {
    assertEquals("864118461227", PhoneInAddress.digits("TEL +86 411 8461 227"));
    assertEquals("02079460733", PhoneInAddress.digits("1 High St, London. Tel: 020 7946 0733"));
    assertEquals("041725503095", PhoneInAddress.digits("TEL (0417) 2550 3095"));
  }

  @Test
  void anAddressWithoutALabelledNumberHasNone() {
    assertNull(PhoneInAddress.digits("NO. 88 ZHENGYANG ROAD 266109"));
    assertNull(PhoneInAddress.digits("TEL 12 34"));
    assertNull(PhoneInAddress.digits(null));
  }

  @Test
  void theAddressWithoutItsNumberIsWhatIsLeft() {
    assertNull(PhoneInAddress.withoutPhone("TEL +86 411 8461 2270"));
    assertEquals("1 HIGH ST LONDON.", PhoneInAddress.withoutPhone("1 High St, London. Tel: 020 7946 0733"));
    assertEquals("NO. 88 ZHENGYANG ROAD", PhoneInAddress.withoutPhone("No. 88 Zhengyang Road"));
  }
}
