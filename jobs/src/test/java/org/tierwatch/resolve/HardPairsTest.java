package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hand-written hard pairs, realistic for customs and bill-of-lading parties: every case goes
 * through normalisation, blocking and scoring as production would, and the share classified right
 * is measured. A positive is right when the pair shares a blocking key and scores at or above the
 * match threshold; a negative is right when it scores below it.
 */
class HardPairsTest {

  private record Side(String name, String country, String address, String registration, String phone) {}

  private record Case(Side a, Side b, boolean same) {}

  private static Side side(String name, String country) {
    return new Side(name, country, null, null, null);
  }

  private static Case same(Side a, Side b) {
    return new Case(a, b, true);
  }

  private static Case different(Side a, Side b) {
    return new Case(a, b, false);
  }

  private static final List<Case> CASES =
      List.of(
          // the anchors
          same(side("GOLDEN TIDE AQUATIC FOODS CO., LTD.", "CN"),
              side("GOLDENTIDE AQUATIC FOOD CO LIMITED", "CN")),
          same(side("GOLDEN TIDE AQUATIC FOODS CO., LTD.", "CN"),
              side("DANDONG GOLDEN TIDE AQUATIC FOODS", "CN")),
          same(side("GOLDENTIDE AQUATIC FOOD CO LIMITED", "CN"),
              side("DANDONG GOLDEN TIDE AQUATIC FOODS", null)),
          same(side("HUAXIN COMM GRP CO LTD", "CN"),
              side("HUAXIN COMMUNICATIONS GROUP COMPANY LIMITED", "CN")),
          same(side("AQUATIC FOODS GOLDEN TIDE LTD", "CN"),
              side("Golden Tide Aquatic Foods Co Ltd", "CN")),
          // transliteration, places, full-width forms
          same(side("Dandong Kanghui Foods Co.,Ltd", "CN"), side("丹东康辉食品有限公司", "CN")),
          same(side("KANGHUI (DANDONG) FOOD CO LTD", "CN"),
              side("DANDONG KANGHUI FOODS CO., LTD.", "CN")),
          same(side("ＤＡＬＩＡＮ　ＢＥＩＬＵＮ　ＳＥＡＦＯＯＤ", "CN"),
              side("DALIAN BEILUN SEAFOOD CO LTD", "CN")),
          same(side("SHENYANG YUANDA INTL TRADING CO LTD", "CN"),
              side("YUANDA INTERNATIONAL TRADE (SHENYANG) CO., LTD.", "CN")),
          same(side("HUNCHUN XIANGYU SEAFOOD PROCESSING", "CN"),
              side("HUNCHUN XIANGYU SEA FOOD PROCESSING CO LTD", "CN")),
          same(side("YANBIAN HONGDA ELEC MFG", "CN"),
              side("HONGDA ELECTRONICS MANUFACTURING CO., LTD.", "CN")),
          same(side("ZHONGHE FISHERY (DALIAN) CO.,LTD", "CN"),
              side("DALIAN ZHONGHE FISHERIES CO LTD", "CN")),
          same(side("SINO-OCEAN AQUATIC PRODUCTS IMP & EXP CO", "CN"),
              side("SINO OCEAN AQUATIC PRODUCTS IMPORT AND EXPORT CO LTD", "CN")),
          same(side("THE HAIXING FOOD COMPANY", "CN"), side("HAIXING FOODS CO LTD", "CN")),
          same(side("KANGHUI FOODS DANDONG", "CN"), side("DANDONG KANGHUI FOOD CO., LTD", "CN")),
          same(side("辽宁省丹东市金潮水产有限公司", "CN"), side("DANDONG JINCHAO AQUATIC CO LTD", "CN")),
          // legal forms and scripts of other countries
          same(side("Müller Fischverarbeitung GmbH", "DE"),
              side("MUELLER FISCHVERARBEITUNG GMBH & CO. KG", "DE")),
          same(side("BJØRNSEN SEAFOOD A/S", "NO"), side("BJORNSEN SEAFOOD AS", "NO")),
          same(side("POLMAR SP. Z O.O.", "PL"), side("POLMAR SP Z OO", "PL")),
          same(side("PESCANOVA S.A.", "ES"), side("Pescanova SA", null)),
          same(side("ООО Восток-Рыба", "RU"), side("VOSTOK RYBA LLC", "RU")),
          same(side("SAMSUNG ELECTRONICS CO., LTD.", "KR"), side("SAMSUNG ELECTRONICS CO LTD", "KR")),
          // Korean names in Hangul and in Latin letters, in the Revised or an older romanisation
          same(new Side("한빛수산 유한공사", "CN", "NO 18 RENMIN ROAD YANJI 133000", null, null),
              new Side("HANBIT AQUATIC PRODUCTS CO., LTD.", "CN", "18 Renmin Road, Yanji 133000",
                  null, null)),
          same(side("별빛전자 주식회사", "KR"), side("BYEOLBIT ELECTRONICS CO., LTD.", "KR")),
          same(side("진우섬유 주식회사", "KR"), side("JINWOO TEXTILE CO LTD", "KR")),
          same(new Side("대성식품 주식회사", "KR", "77 Teheran-ro, Gangnam-gu, Seoul", null, null),
              new Side("DAESUNG FOODS CO., LTD.", "KR", "77 TEHERAN-RO GANGNAM-GU SEOUL", null,
                  null)),
          // weak names saved by other evidence
          same(new Side("LIAONING OCEAN FISHING CO., LTD", "CN",
                  "NO 18 GANGWAN STREET ZHONGSHAN DISTRICT DALIAN 116001", null, null),
              new Side("LIAONING OCEAN FISHING COMPANY LIMITED", "CN",
                  "18 Gangwan Street, Zhongshan District, Dalian 116001", null, null)),
          same(new Side("TIANYI GARMENT CO LTD", "CN", null, "91210600MA0XXXXX1R", null),
              new Side("DANDONG TIANYI CLOTHING CO., LTD.", "CN", null, "91210600MA0XXXXX1R", null)),
          same(side("DANDONG KANGHUI CO LTD", "CN"), side("DANDONG KANGHUI FOODS CO LTD", "CN")),
          same(side("DALIAN HAIYNAG AQUATIC PRODUCTS", "CN"),
              side("DALIAN HAIYANG AQUATIC PRODUCTS CO LTD", "CN")),
          // look-alikes that are other companies
          different(side("GOLDEN TIDE AQUATIC FOODS CO LTD", "CN"),
              side("GOLDEN STAR AQUATIC FOODS CO LTD", "CN")),
          different(side("GOLDEN TIDE AQUATIC FOODS CO LTD", "CN"),
              side("GOLDEN TIDE AQUATIC FOODS LTD", "US")),
          different(side("DANDONG TRADING CO LTD", "CN"), side("DALIAN TRADING CO LTD", "CN")),
          different(side("HUAXIN COMM GRP", "CN"), side("HUAXING COMM GRP", "CN")),
          different(side("SHENYANG YUANDA INTL TRADING", "CN"),
              side("SHENYANG YUANDA ALUMINIUM INDUSTRY ENGINEERING", "CN")),
          different(side("TO ORDER", null), side("TO ORDER OF BANK OF CHINA", null)),
          different(side("SAME AS CONSIGNEE", null), side("SAME AS CONSIGNEE", null)),
          different(side("N/A", "CN"), side("NA", "CN")),
          different(side("DALIAN OCEAN FISHERIES", "CN"), side("DALIAN OCEAN FOODS", "CN")),
          different(side("ASIA PACIFIC TRADING LTD", "HK"), side("ASIA PACIFIC TRADING LTD", "SG")),
          different(side("GREAT WALL ELECTRONICS", "CN"), side("GREAT WALL MOTOR", "CN")),
          different(side("JINHAI SEAFOOD CO LTD", "CN"), side("JINHUI SEAFOOD CO LTD", "CN")),
          different(side("HAIXING FOOD CO LTD", "CN"), side("HAIXIANG FOOD CO LTD", "CN")),
          different(side("CHINA NATIONAL CHEMICAL", "CN"), side("CHINA NATIONAL MACHINERY", "CN")),
          different(side("DALIAN HONGDA ELECTRONICS", "CN"), side("YANJI HONGDA ELECTRONICS", "CN")),
          different(side("GOLDEN TIDE AQUATIC FOODS", "CN"), side("GOLDEN TIDE ELECTRONICS", "CN")),
          different(side("DANDONG KANGHUI FOODS CO LTD", "CN"),
              side("DANDONG KANGHUI FOODS CO LTD", "KP")),
          different(side("NORDIC SEAFOOD A/S", "DK"), side("NORDIC SEA FOOD TRADING AS", "NO")),
          different(side("KANGHUI FOODS", "CN"), side("KANGHUI TEXTILE", "CN")),
          different(side("SINO OCEAN AQUATIC PRODUCTS", "CN"), side("SINO OCEAN FISHERY", "CN")),
          different(side("한빛수산 유한공사", "CN"), side("HANBIT ELECTRONICS CO LTD", "CN")),
          different(side("NEOSTAR TRADING CO LTD", "KR"), side("NUSTAR TRADING CO LTD", "KR")));

  private final PairScorer scorer = new PairScorer(MatchModel.defaults());
  private final BlockingKeys blocking = new BlockingKeys(1000);

  @Test
  void classifiesTheHardPairs() {
    int right = 0;
    int positives = 0;
    int positivesRight = 0;
    List<String> wrong = new ArrayList<>();
    for (Case c : CASES) {
      PartyRecord a = record(c.a());
      PartyRecord b = record(c.b());
      boolean blocked = sharesKey(a.name(), b.name());
      PairScore score = scorer.score(a, b, ResolveFixtures.STATS);
      boolean merged = blocked && score.isMatch(scorer.model());
      boolean correct = merged == c.same();
      String line =
          (correct ? "RIGHT " : "WRONG ")
              + (c.same() ? "same " : "diff ")
              + c.a().name() + " | " + c.b().name() + " | blocked=" + blocked + " | "
              + score.explain();
      System.out.println(line);
      if (correct) {
        right++;
      } else {
        wrong.add(line);
      }
      if (c.same()) {
        positives++;
        positivesRight += correct ? 1 : 0;
      }
    }
    System.out.printf(
        "hard pairs: %d/%d right (positives %d/%d, negatives %d/%d)%n",
        right, CASES.size(), positivesRight, positives, right - positivesRight,
        CASES.size() - positives);
    assertTrue(CASES.size() >= 30, "at least 30 hard pairs");
    // Precision first: no negative may merge. Two positives whose names alone are thin evidence
    // (a typo in the trade name; a dropped business word) may fall to review instead of merging.
    assertTrue(
        wrong.stream().noneMatch(line -> line.startsWith("WRONG diff")), String.join("\n", wrong));
    assertTrue(wrong.size() <= 2, String.join("\n", wrong));
  }

  private boolean sharesKey(NormalisedName a, NormalisedName b) {
    Set<String> keys = new HashSet<>(blocking.keys(a, ResolveFixtures.STATS));
    keys.retainAll(blocking.keys(b, ResolveFixtures.STATS));
    return !keys.isEmpty();
  }

  private static PartyRecord record(Side side) {
    return PartyRecord.single(
        ResolveFixtures.NORMALISER.normalise(side.name()),
        side.country(),
        side.address(),
        side.registration(),
        side.phone());
  }
}
