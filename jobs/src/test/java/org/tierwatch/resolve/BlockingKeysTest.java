package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlockingKeysTest {

  private final BlockingKeys blocking = new BlockingKeys(1000);

  private Set<String> keys(String raw) {
    return blocking.keys(ResolveFixtures.NORMALISER.normalise(raw), ResolveFixtures.STATS);
  }

  private Set<String> shared(String a, String b) {
    Set<String> keys = new HashSet<>(keys(a));
    keys.retainAll(keys(b));
    return keys;
  }

  @Test
  void anchorVariantsShareAKey() {
    List<String> variants =
        List.of(
            "GOLDEN TIDE AQUATIC FOODS CO., LTD.",
            "GOLDENTIDE AQUATIC FOOD CO LIMITED",
            "DANDONG GOLDEN TIDE AQUATIC FOODS",
            "AQUATIC FOODS GOLDEN TIDE");
    for (String a : variants) {
      for (String b : variants) {
        assertFalse(shared(a, b).isEmpty(), a + " and " + b + " share no key");
      }
    }
    assertFalse(shared("COMM GRP HUAXIN", "HUAXIN COMMUNICATIONS GROUP").isEmpty());
    assertFalse(shared("Dandong Kanghui Foods Co.,Ltd", "丹东康辉食品有限公司").isEmpty());
  }

  @Test
  void unrelatedNamesShareNoKey() {
    assertTrue(shared("GOLDEN TIDE AQUATIC FOODS", "HUAXIN COMM GRP").isEmpty());
    assertTrue(shared("KANGHUI FOODS", "BEILUN SEAFOOD").isEmpty());
    assertTrue(shared("DALIAN OCEAN FISHERIES", "DALIAN OCEAN FOODS").isEmpty());
  }

  @Test
  void givesPlaceholdersNoKey() {
    assertTrue(keys("TO ORDER").isEmpty());
    assertTrue(keys("SAME AS CONSIGNEE").isEmpty());
  }

  @Test
  void derivesEachKindOfKey() {
    Set<String> keys = keys("GOLDEN TIDE AQUATIC FOODS CO LTD");
    assertTrue(keys.contains("S:AQUATIC FOOD GOLDEN TIDE"), keys::toString);
    assertTrue(keys.contains("J:GOLDENTIDEAQUATICFOOD"), keys::toString);
    assertTrue(keys.contains("T:TIDE"), keys::toString);
    assertTrue(keys.contains("T:GOLDEN"), keys::toString);
    assertTrue(keys.contains("T:GOLDENTIDE"), keys::toString);
    assertTrue(keys.contains("A:DEIT"), keys::toString);
  }

  @Test
  void givesNoTokenKeyForATooCommonToken() {
    Set<String> keys = keys("GOLDEN TIDE AQUATIC FOODS CO LTD");
    assertFalse(keys.contains("T:AQUATIC"), keys::toString);
    assertFalse(keys.contains("T:FOOD"), keys::toString);
    assertFalse(keys.contains("T:AQUATICFOOD"), keys::toString);
    Set<String> generic = keys("TRADING CO LTD");
    assertTrue(generic.stream().noneMatch(key -> key.startsWith("T:")), generic::toString);
  }

  @Test
  void catchesATranspositionInTheRarestToken() {
    assertEquals(Set.of("A:AAGHINY"), shared("HAIYNAG SEAFOOD", "HAIYANG SEAFOOD"));
  }

  @Test
  void bringsAHangulNameTogetherWithItsOlderRomanisation() {
    assertEquals(Set.of("T:DAESUNG"), shared("대성식품 주식회사", "DAESUNG FOODS CO LTD"));
    assertTrue(shared("진우전자", "JINWOO ELECTRONICS").contains("T:JINU"));
    assertTrue(shared("NEOSTAR TRADING", "NUSTAR TRADING").isEmpty());
  }

  @Test
  void spellsTheFirstConsonantOfAHangulNameTheOlderWay() {
    assertTrue(shared("경일식품 주식회사", "KYUNGIL FOODS CO LTD").contains("T:KYUNGIL"));
    // Only a name written in Hangul is read as Korean: pinyin GANG and KANG stay apart.
    assertTrue(shared("GANGHUI FOODS", "KANGHUI FOODS").isEmpty());
  }

  @Test
  void bringsANameGluedToAnAbbreviatedWordTogetherWithItsWords() {
    assertTrue(shared("KYUNGILIMPORTS CO LTD", "KYUNGIL IMPORTS LIMITED")
        .contains("J:KYUNGILIMP"));
  }

  @Test
  void keysEachTelephoneNumberByItsLastEightDigits() {
    assertEquals(Set.of("P:69796557", "P:84651234"),
        BlockingKeys.phoneKeys(List.of("+82 2 6979 6557", "02-6979-6557", "0411 8465 1234")));
    assertTrue(BlockingKeys.phoneKeys(List.of("ext 1234")).isEmpty());
  }

  @Test
  void keysEachRegistrationIdByItsLettersAndDigits() {
    assertEquals(Set.of("R:9132010004028630WK", "R:1234567890"),
        BlockingKeys.registrationKeys(List.of("9132 0100-0402 8630wk", "9132010004028630WK",
            "123.456.7890")));
    assertTrue(BlockingKeys.registrationKeys(List.of(" - ")).isEmpty());
  }

  @Test
  void isStableAcrossCalls() {
    assertEquals(
        List.copyOf(keys("DANDONG KANGHUI FOODS")), List.copyOf(keys("DANDONG KANGHUI FOODS")));
  }

  @Test
  void makesShinglesForMinHash() {
    NormalisedName name = ResolveFixtures.NORMALISER.normalise("KANGHUI CO");
    assertEquals(Set.of("KAN", "ANG", "NGH", "GHU", "HUI"), BlockingKeys.shingles(name, 3));
    assertTrue(BlockingKeys.shingles(ResolveFixtures.NORMALISER.normalise("N/A"), 3).isEmpty());
  }

  @Test
  void rejectsANonPositiveCap() {
    assertThrows(IllegalArgumentException.class, () -> new BlockingKeys(0));
  }
}
