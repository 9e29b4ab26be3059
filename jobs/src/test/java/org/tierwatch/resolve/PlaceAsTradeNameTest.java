package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceAsTradeNameTest {
  /** Chengde is a city of Hebei, Hangzhou of Zhejiang, Dandong of Liaoning. */
  private static final NameNormaliser NORMALISER =
      NameNormaliser.withPlaces("HANGZHOU", "CHENGDE", "LIAONING", "DANDONG");

  private static NormalisedName name(String raw) {
    return NORMALISER.normalise(raw);
  }

  @Test
  void readsALeadingPlaceAsTheTradeNameTheOtherNameWritesAfterItsPlace() {
    NormalisedName short_ = name("CHENGDE CLOTHING GROUP CO LTD");
    NormalisedName full = name("HANGZHOU CHENGDE CLOTHING GROUP CO LTD");
    assertEquals("CHENGDE", short_.leadingPlace());
    assertEquals(List.of("CHENGDE", "GARMENT", "GRP"), full.tokens());

    NormalisedName read = PlaceAsTradeName.readAgainst(short_, full);
    assertEquals(List.of("CHENGDE", "GARMENT", "GRP"), read.tokens());
    assertNull(read.leadingPlace());
    assertSame(full, PlaceAsTradeName.readAgainst(full, short_), "HANGZHOU is no token of the other");
  }

  @Test
  void leavesAPlaceBothNamesLeadWith() {
    NormalisedName a = name("DANDONG KANGHUI FOODS");
    NormalisedName b = name("LIAONING DANDONG KANGHUI FOODS");
    assertSame(a, PlaceAsTradeName.readAgainst(a, b));
    assertSame(b, PlaceAsTradeName.readAgainst(b, a));
  }

  @Test
  void leavesAPlaceTheOtherNameDoesNotBeginWith() {
    NormalisedName a = name("CHENGDE CLOTHING GROUP");
    assertSame(a, PlaceAsTradeName.readAgainst(a, name("HANGZHOU MINGDA CHENGDE CLOTHING")));
    assertSame(a, PlaceAsTradeName.readAgainst(a, name("CHENGDE CLOTHING GROUP")));
  }

  @Test
  void givesTheTwoSpellingsOfOneCompanyABlockAndAMatch() {
    BlockingKeys keys = new BlockingKeys(1000);
    NormalisedName short_ = name("CHENGDE CLOTHING GROUP");
    NormalisedName full = name("HANGZHOU CHENGDE CLOTHING GROUP");
    assertTrue(keys.keys(short_, ResolveFixtures.STATS).contains("S:CHENGDE GARMENT GRP"));
    assertTrue(keys.keys(full, ResolveFixtures.STATS).contains("S:CHENGDE GARMENT GRP"));

    MatchModel model = MatchModel.defaults();
    String address = "782 Jianshe Rd., Xiaoshan District, Hangzhou, Zhejiang 310017";
    PairScore score = new PairScorer(model).score(
        PartyRecord.single(short_, "CN", address, null, null),
        PartyRecord.single(full, "CN", address, null, null), ResolveFixtures.STATS);
    assertTrue(score.isMatch(model), score::explain);
    assertTrue(score.explain().contains("CHENGDE"), score::explain);
  }
}
