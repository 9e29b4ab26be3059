package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class MisspeltPlaceTest {
  private static NormalisedName name(String raw) {
    return ResolveFixtures.NORMALISER.normalise(raw);
  }

  @Test
  void takesAFirstWordOneTypingErrorFromThePlaceAsThePlace() {
    for (String misspelt : List.of("YIGKOU", "YINGKUO", "YINNGKOU", "YINGKOY")) {
      NormalisedName read = MisspeltPlace.readAgainst(name(misspelt + " WEIYU FOOD"), "YINGKOU");
      assertEquals("YINGKOU", read.leadingPlace(), misspelt);
      assertEquals(List.of("WEIYU", "FOOD"), read.tokens(), misspelt);
    }
  }

  @Test
  void leavesANameAloneWhenTheReadingIsNotSafe() {
    NormalisedName twoErrors = name("YIGKUO WEIYU FOOD");
    assertSame(twoErrors, MisspeltPlace.readAgainst(twoErrors, "YINGKOU"));
    NormalisedName ownPlace = name("DALIAN YIGKOU FOOD");
    assertSame(ownPlace, MisspeltPlace.readAgainst(ownPlace, "YINGKOU"));
    NormalisedName oneWord = name("YIGKOU");
    assertSame(oneWord, MisspeltPlace.readAgainst(oneWord, "YINGKOU"));
    NormalisedName shortPlace = name("JAN WEIYU FOOD");
    assertSame(shortPlace, MisspeltPlace.readAgainst(shortPlace, "JIAN"));
    NormalisedName anyName = name("YIGKOU WEIYU FOOD");
    assertSame(anyName, MisspeltPlace.readAgainst(anyName, null));
  }
}
