package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairScorerTest {

  private final MatchModel model = MatchModel.defaults();
  private final PairScorer scorer = new PairScorer(model);

  private static PartyRecord party(String name, String country) {
    return PartyRecord.of(ResolveFixtures.NORMALISER.normalise(name), country);
  }

  private PairScore score(PartyRecord a, PartyRecord b) {
    return scorer.score(a, b, ResolveFixtures.STATS);
  }

  private static PairFeature feature(PairScore score, String name) {
    return score.features().stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no feature " + name + " in " + score.explain()));
  }

  @Test
  void matchesTheAnchorVariants() {
    List<PartyRecord> variants =
        List.of(
            party("GOLDEN TIDE AQUATIC FOODS CO., LTD.", "CN"),
            party("GOLDENTIDE AQUATIC FOOD CO LIMITED", "CN"),
            party("DANDONG GOLDEN TIDE AQUATIC FOODS", "CN"),
            party("AQUATIC FOODS, GOLDEN TIDE", null));
    for (PartyRecord a : variants) {
      for (PartyRecord b : variants) {
        PairScore score = score(a, b);
        assertTrue(score.isMatch(model), score::explain);
      }
    }
    PairScore comm = score(party("HUAXIN COMM GRP", "CN"), party("HUAXIN COMMUNICATIONS GROUP", "CN"));
    assertTrue(comm.isMatch(model), comm::explain);
  }

  @Test
  void pricesACountryAgreementByTheShareOfRecordsNamingIt() {
    PairScorer priced = new PairScorer(model,
        CountryShares.of(Map.of("CN", 600L, "CA", 15L, "KR", 385L)));
    double inChina = feature(priced.score(party("HIGHLAND MINERALS GROUP", "CN"),
        party("HIGHLAND MINERALS GROUP LTD", "CN"), ResolveFixtures.STATS), "country").weight();
    PairScore inCanada = priced.score(party("HIGHLAND MINERALS GROUP", "CA"),
        party("HIGHLAND MINERALS GROUP LTD", "CA"), ResolveFixtures.STATS);
    assertEquals(Math.log(0.98 / 0.6) / Math.log(2), inChina, 1e-9);
    assertEquals(Math.log(0.98 / 0.015) / Math.log(2), feature(inCanada, "country").weight(),
        1e-9, inCanada::explain);
    PairScore unpriced = priced.score(party("HIGHLAND MINERALS GROUP", "FR"),
        party("HIGHLAND MINERALS GROUP LTD", "FR"), ResolveFixtures.STATS);
    assertEquals(feature(score(party("HIGHLAND MINERALS GROUP", "FR"),
            party("HIGHLAND MINERALS GROUP LTD", "FR")), "country").weight(),
        feature(unpriced, "country").weight(), 1e-12,
        "a country with no share falls back to country-agree-u: " + unpriced.explain());
  }

  @Test
  void pricesTheCountryOfANameSeveralCompaniesWriteAtTheFixedPrice() {
    PairScorer priced = new PairScorer(model,
        CountryShares.of(Map.of("CN", 600L, "CA", 15L, "KR", 385L)));
    PartyRecord medical = party("DONGIL MEDICAL CO LTD", "KR");
    PairScore alone = priced.score(medical, medical, ResolveFixtures.STATS);
    PairScore shared = priced.score(medical, namesakes(medical, 4), ResolveFixtures.STATS);
    assertEquals(Math.log(0.98 / 0.385) / Math.log(2), feature(alone, "country").weight(), 1e-9,
        alone::explain);
    assertEquals(feature(score(medical, medical), "country").weight(),
        feature(shared, "country").weight(), 1e-12,
        "namesakes agree on their country whatever its share: " + shared.explain());
  }

  @Test
  void keepsALookAlikeWithOneOtherDistinctiveTokenApart() {
    PairScore score =
        score(party("GOLDEN TIDE AQUATIC FOODS", "CN"), party("GOLDEN STAR AQUATIC FOODS", "CN"));
    assertFalse(score.isMatch(model), score::explain);
    assertFalse(score.needsReview(model), score::explain);
  }

  @Test
  void vetoesTwoDifferentKnownCountries() {
    PairScore score =
        score(party("GOLDEN TIDE AQUATIC FOODS", "CN"), party("GOLDEN TIDE AQUATIC FOODS", "US"));
    assertEquals(0.0, score.probability());
    assertEquals(Double.NEGATIVE_INFINITY, score.matchWeight());
    assertEquals(Double.NEGATIVE_INFINITY, feature(score, "country").weight());
    assertTrue(score.explain().contains("CN\u2260US (veto)"), score::explain);
  }

  @Test
  void treatsAnUnknownCountryAsNeutral() {
    PairScore score =
        score(party("GOLDEN TIDE AQUATIC FOODS", null), party("GOLDEN TIDE AQUATIC FOODS", "CN"));
    assertEquals(0.0, feature(score, "country").weight());
    assertTrue(score.isMatch(model), score::explain);
  }

  @Test
  void vetoesPlaceholders() {
    PairScore score = score(party("TO ORDER", "CN"), party("TO ORDER", "CN"));
    assertEquals(0.0, score.probability());
  }

  @Test
  void weighsASharedRareTokenMoreThanASharedCommonOne() {
    PairScore rare = score(party("KANGHUI", "CN"), party("KANGHUI", "CN"));
    PairScore common = score(party("TRADING", "CN"), party("TRADING", "CN"));
    double rareWeight = feature(rare, "name").weight();
    double commonWeight = feature(common, "name").weight();
    assertTrue(rareWeight > commonWeight + 10, rare.explain() + " / " + common.explain());
    assertTrue(rare.isMatch(model), rare::explain);
    assertFalse(common.isMatch(model), common::explain);
  }

  @Test
  void adjustsForTermFrequencyFromTheStatistics() {
    NormalisedName name = ResolveFixtures.NORMALISER.normalise("HAIDA FOODS");
    PartyRecord a = PartyRecord.of(name, "CN");
    TokenStatistics rareHaida = new TokenCounts(Map.of("HAIDA", 2L, "FOOD", 6000L), 200_000);
    TokenStatistics commonHaida = new TokenCounts(Map.of("HAIDA", 5000L, "FOOD", 6000L), 200_000);
    double rare = scorer.score(a, a, rareHaida).matchWeight();
    double common = scorer.score(a, a, commonHaida).matchWeight();
    assertTrue(rare > common + 5, rare + " vs " + common);
  }

  @Test
  void penalisesAMissingRareTokenMoreThanAMissingCommonOne() {
    PairScore missingRare =
        score(party("HAIDA KANGHUI FOODS", "CN"), party("HAIDA FOODS", "CN"));
    PairScore missingCommon =
        score(party("HAIDA KANGHUI FOODS", "CN"), party("HAIDA KANGHUI", "CN"));
    assertTrue(
        feature(missingRare, "name-missing").weight()
            < feature(missingCommon, "name-missing").weight(),
        missingRare.explain() + " / " + missingCommon.explain());
  }

  @Test
  void discountsANameByHowManyCompaniesWriteIt() {
    PartyRecord alone = party("MIRAE ELECTRONICS CO LTD", "KR");
    PairScore unique = score(alone, alone);
    PairScore written = score(alone, namesakes(alone, 16));
    assertEquals(unique.matchWeight() - 4, written.matchWeight(), 1e-9, written::explain);
    assertTrue(feature(written, "name").level().endsWith("written by about 16 companies -4.0"),
        written::explain);
    assertEquals(unique.againstBits(), written.againstBits(), written::explain);
    assertEquals(written.matchWeight(), score(namesakes(alone, 16), namesakes(alone, 2))
        .matchWeight(), 1e-9, "the commoner name decides");
  }

  @Test
  void neverDiscountsANameBelowNothing() {
    PartyRecord common = namesakes(party("TRADING CO LTD", "CN"), 1_000_000);
    PairScore score = score(common, common);
    assertEquals(0.0, feature(score, "name").weight(), score::explain);
    assertEquals(0.0, score.againstBits(), score::explain);
  }

  private static PartyRecord namesakes(PartyRecord party, long namesakes) {
    return new PartyRecord(party.name(), party.country(), party.addresses(),
        party.registrationIds(), party.phoneDigits(), namesakes);
  }

  @Test
  void registrationAgreementOutweighsDifferentWording() {
    PartyRecord a =
        PartyRecord.single(
            ResolveFixtures.NORMALISER.normalise("TIANYI GARMENT"), "CN", null, "91210600MA0XXXXX1R", null);
    PartyRecord b =
        PartyRecord.single(
            ResolveFixtures.NORMALISER.normalise("TIANYI CLOTHING CO LTD"), "CN", null,
            "91210600 MA0XXXXX1R", null);
    PairScore score = score(a, b);
    assertTrue(feature(score, "registration").weight() > 15, score::explain);
    assertTrue(score.isMatch(model), score::explain);
  }

  @Test
  void aListedCityAloneNeitherAgreesNorDiffersWithAStreetAddressThere() {
    NormalisedName name = ResolveFixtures.NORMALISER.normalise("COASTAL TEXTILES INTERNATIONAL CO., LTD.");
    PartyRecord listed = PartyRecord.single(name, "HK", "Kwun Tong, HK", null, null);
    PartyRecord trader = PartyRecord.single(name, "HK", "1946 Crown Road, Kwun Tong, HONG KONG", null, null);
    PartyRecord elsewhere = PartyRecord.single(name, "HK", "1946 Crown Road, Tsuen Wan, HONG KONG", null, null);

    PairScore there = score(listed, trader);
    assertEquals("one names only a place the other has", feature(there, "address").level(), there::explain);
    assertEquals(0.0, feature(there, "address").weight(), there::explain);
    assertEquals(there.matchWeight(), score(trader, listed).matchWeight(), 1e-12, "symmetric");

    PairScore away = score(listed, elsewhere);
    assertTrue(feature(away, "address").weight() < 0, away::explain);
    assertTrue(there.matchWeight() > away.matchWeight(), there::explain);
  }

  @Test
  void comparesAddressesAndPhones() {
    NormalisedName name = ResolveFixtures.NORMALISER.normalise("OCEAN FISHING");
    PartyRecord a = PartyRecord.single(name, "CN", "18 Gangwan St, Dalian 116001", null, "+86 411 8265 1234");
    PartyRecord same = PartyRecord.single(name, "CN", "18 GANGWAN ST DALIAN 116001", null, "0411-82651234");
    PartyRecord postcode = PartyRecord.single(name, "CN", "7 Renmin Rd, Dalian 116001", null, null);
    PartyRecord other = PartyRecord.single(name, "CN", "Room 5, 99 Binhai Rd, Qingdao", null, "0532 8888 7777");

    PairScore sameScore = score(a, same);
    assertEquals("equal", feature(sameScore, "address").level());
    assertEquals("agrees", feature(sameScore, "phone").level());
    assertTrue(sameScore.isMatch(model), sameScore::explain);

    PairScore postcodeScore = score(a, postcode);
    assertEquals("postcode 116001 agrees", feature(postcodeScore, "address").level());

    PairScore cutScore = score(a, PartyRecord.single(name, "CN", "18 GANGWAN ST, DALI", null,
        null));
    assertEquals("one cut short of the other", feature(cutScore, "address").level());
    assertTrue(feature(cutScore, "address").weight() > 0, cutScore::explain);

    PairScore otherScore = score(a, other);
    assertTrue(feature(otherScore, "address").weight() < 0, otherScore::explain);
    assertTrue(feature(otherScore, "phone").weight() < 0, otherScore::explain);
    assertFalse(otherScore.isMatch(model), otherScore::explain);
  }

  @Test
  void matchesAHangulNameToTheOlderEnglishSpellingOfItsCompanyByItsNumber() {
    PartyRecord hangul = PartyRecord.single(ResolveFixtures.NORMALISER.normalise("경일무역 주식회사"),
        "KR", "151 TEHERAN-RO, GANGNAM-GU, SEOUL", null, "+82 2 69796557");
    PartyRecord english = PartyRecord.single(
        ResolveFixtures.NORMALISER.normalise("KYUNGIL IMPORTS CO., LTD."), "KR",
        "151 Teheran-ro, Gangnam-gu, Seoul 06176, Korea", null, "02 6979 6557");
    PairScore score = score(hangul, english);
    assertTrue(feature(score, "name").level().contains("GYEONGIL~KYUNGIL"), score::explain);
    assertTrue(score.isMatch(model), score::explain);

    PairScore pinyin = score(party("GANGHUI FOODS", "CN"), party("KANGHUI FOODS", "CN"));
    assertFalse(feature(pinyin, "name").level().contains("GANGHUI~KANGHUI"), pinyin::explain);
  }

  @Test
  void readsAGlossaryWordAsTheOtherEnglishWordThatACompanyChoseForIt() {
    PairScore korean = score(party("경일무역 주식회사", "KR"), party("KYUNGIL IMPORTS CO., LTD.", "KR"));
    assertTrue(feature(korean, "name").level().contains("TRADING~IMP (translated)"),
        korean::explain);
    assertEquals("all tokens agree", feature(korean, "name-complete").level(), korean::explain);

    PairScore chinese = score(party("海鑫商贸有限公司", "CN"), party("HAIXIN COMMERCE CO LTD", "CN"));
    assertTrue(feature(chinese, "name").level().contains("TRADING~COMMERCE (translated)"),
        chinese::explain);

    // Only a name written in another script carries a glossary's word; two English names chose
    // their words, and another business word names another business.
    PairScore english = score(party("KYUNGIL TRADING", "KR"), party("KYUNGIL IMPORTS", "KR"));
    assertTrue(feature(english, "name-missing").level().contains("TRADING"), english::explain);
    PairScore logistics =
        score(party("경일무역 주식회사", "KR"), party("KYUNGIL LOGISTICS CO., LTD.", "KR"));
    assertTrue(feature(logistics, "name-missing").level().contains("TRADING"),
        logistics::explain);
  }

  @Test
  void comparesARomanisedWordInItsOlderSpellingWithAMisspeltWord() {
    PairScore score = score(party("경일무역 주식회사", "KR"), party("KYUNIGL IMPORST LTD", "KR"));
    assertTrue(feature(score, "name").level().contains("GYEONGIL~KYUNIGL"), score::explain);
    assertTrue(score.features().stream().noneMatch(f -> f.name().equals("name-missing")),
        score::explain);
    assertFalse(scorer.holdsApart(score), score::explain);
  }

  @Test
  void readsAWordFoldedToTheSingularInItsPluralWhenTheOtherNameGluedIt() {
    PairScore glued = score(party("KESTREL ATLASMACHINERY CO LTD", "CN"),
        party("KESTREL ATLAS MACHINERY CO LTD", "CN"));
    assertTrue(feature(glued, "name").level().contains("ATLASMACHINERY=ATLA MACH"),
        glued::explain);
    assertTrue(glued.features().stream().noneMatch(f -> f.name().equals("name-missing")),
        glued::explain);
  }

  @Test
  void readsAnAbbreviationAsItsWordWhenTheOtherNameGluedOrMisspeltThatWord() {
    PairScore glued = score(party("KYUNGILIMPORTS CO LTD", "KR"), party("KYUNGIL IMPORTS", "KR"));
    assertTrue(feature(glued, "name").level().contains("KYUNGILIMPORT=KYUNGIL IMP"),
        glued::explain);
    assertTrue(glued.features().stream().noneMatch(f -> f.name().equals("name-missing")),
        glued::explain);

    PairScore misspelt = score(party("KYUNGIL IWPORTS", "KR"), party("KYUNGIL IMPORTS", "KR"));
    assertTrue(feature(misspelt, "name").level().contains("IWPORT~IMP"), misspelt::explain);
    assertFalse(scorer.holdsApart(misspelt), misspelt::explain);
  }

  @Test
  void readsABusinessWordOneTypingErrorOffAsThatWord() {
    PairScore score = score(party("RIVERSIDE FABRICS INDULTRIAL LTD", "NG"),
        party("RIVERSIDE FABRICS INDUSTRIAL LTD", "NG"));
    assertTrue(feature(score, "name").level().contains("INDULTRIAL~IND"), score::explain);
    assertEquals("all tokens agree", feature(score, "name-complete").level(), score::explain);
  }

  @Test
  void readsARareTokenOneTypingErrorFromACommonOneAsItsMisspelling() {
    // Jaro-Winkler forgives AKUATIC too little (0.91): without the typo rule both tokens would
    // be missing, each costing by its rarity.
    PairScore typo = score(party("GOLDEN TIDE AKUATIC FOODS", "CN"),
        party("GOLDEN TIDE AQUATIC FOODS", "CN"));
    assertTrue(feature(typo, "name").level().contains("AKUATIC~AQUATIC"), typo::explain);
    assertTrue(typo.features().stream().noneMatch(f -> f.name().equals("name-missing")),
        typo::explain);
    assertTrue(typo.isMatch(model), typo::explain);

    // Two trade names one letter apart, each as rare as the other, are two names.
    PairScore names = score(party("JINHUI FOODS", "CN"), party("JINHAI FOODS", "CN"));
    assertTrue(feature(names, "name-missing").level().contains("JINHAI"), names::explain);
    assertFalse(names.isMatch(model) || names.needsReview(model), names::explain);
  }

  @Test
  void readsAFirstWordOneTypingErrorFromTheOtherNamesPlaceAsThatPlace() {
    PairScore score = score(party("YIGKOU WEIYU AQUATIC FOOD CO LTD", "CN"),
        party("YINGKOU WEIYU AQUATIC FOOD CO LTD", "CN"));
    assertEquals("YINGKOU=YINGKOU (YIGKOU misspelt)", feature(score, "place").level(),
        score::explain);
    assertEquals("all tokens agree", feature(score, "name-complete").level(), score::explain);

    // Without a place on the other side, the word stays a word of the name.
    PairScore noPlace = score(party("YIGKOU WEIYU AQUATIC FOOD CO LTD", "CN"),
        party("WEIYU AQUATIC FOOD CO LTD", "CN"));
    assertTrue(feature(noPlace, "name-missing").level().contains("YIGKOU"), noPlace::explain);
  }

  @Test
  void holdsApartOnlyALowScoreWhoseEvidenceFavoursTwoCompanies() {
    // Two misspellings of one rare name agree only fuzzily: below review, yet the evidence is
    // for one company, and the prior alone keeps the pair from a match.
    PairScore misspelt = score(party("KYUNGILIMPORTS CO LTD", "KR"),
        party("KYUNGILIMPROTS CCO LTD", null));
    assertFalse(misspelt.needsReview(model) || misspelt.isMatch(model), misspelt::explain);
    assertTrue(misspelt.againstBits() < model.conflictAgainstBits(), misspelt::explain);
    assertFalse(scorer.holdsApart(misspelt), misspelt::explain);

    PairScore lookAlike =
        score(party("GOLDEN TIDE AQUATIC FOODS", "CN"), party("GOLDEN STAR AQUATIC FOODS", "CN"));
    assertTrue(lookAlike.againstBits() > 10, lookAlike::explain);
    assertTrue(scorer.holdsApart(lookAlike), lookAlike::explain);
    assertEquals(-lookAlike.matchWeight(), scorer.apartBits(lookAlike).orElseThrow(), 1e-9,
        "a low score weighs by its log-odds against");
    assertTrue(scorer.apartBits(misspelt).isEmpty(), misspelt::explain);

    PairScore vetoed = score(party("GOLDEN TIDE", "CN"), party("GOLDEN TIDE", "KR"));
    assertEquals(Double.POSITIVE_INFINITY, vetoed.againstBits());
    assertTrue(scorer.holdsApart(vetoed), vetoed::explain);
  }

  @Test
  void holdsTheSameNameAtAnotherNumberOnTheSameStreetApart() {
    NormalisedName name = ResolveFixtures.NORMALISER.normalise("DONGIL MEDICAL CO., LTD.");
    PartyRecord eightyOne = new PartyRecord(name, "KR",
        List.of("81 Teheran-ro, Gangnam-gu, Seoul 01766, Korea", "TEL +82 2 8867 1158"),
        List.of(), List.of());
    PartyRecord oneOhSix = PartyRecord.single(name, "KR",
        "106 TEHERAN-RO, GANGNAM-GU, SEOUL 09104, KOREA", null, null);

    PairScore score = score(eightyOne, oneOhSix);
    PairFeature address = feature(score, "address");
    assertEquals("another number on the same street", address.level(), score::explain);
    assertTrue(address.weight() < -8, score::explain);
    assertTrue(scorer.holdsApart(score), "held apart however rare the name: " + score.explain());
    // Its log-odds still favour one company, so the guard weighs its bits against instead.
    assertTrue(score.probability() >= model.reviewThreshold(), score::explain);
    assertEquals(score.againstBits(), scorer.apartBits(score).orElseThrow(), 1e-9);

    PairScore noAddress = score(eightyOne, PartyRecord.of(name, "KR"));
    assertTrue(noAddress.isMatch(model), noAddress::explain);
    assertFalse(scorer.holdsApart(noAddress), noAddress::explain);

    PairScore sameId = score(
        new PartyRecord(name, "KR", eightyOne.addresses(), List.of("110111-1234567"), List.of()),
        new PartyRecord(name, "KR", oneOhSix.addresses(), List.of("1101111234567"), List.of()));
    assertTrue(sameId.isMatch(model), sameId::explain);
    assertFalse(scorer.holdsApart(sameId), "a match for other reasons is not held apart");
  }

  @Test
  void poolsTheEvidenceOfSeveralRecordsAndTakesTheBestAgreement() {
    NormalisedName name = ResolveFixtures.NORMALISER.normalise("OCEAN FISHING");
    PartyRecord pooled = new PartyRecord(name, "CN",
        List.of("Room 5, 99 Binhai Rd, Qingdao", "18 Gangwan St, Dalian 116001"),
        List.of("91210200MA0QQQQQ1R", "91210200MA0ZZZZZ2T"), List.of("0532 8888 7777"));
    PartyRecord one = PartyRecord.single(name, "CN", "18 GANGWAN ST DALIAN 116001",
        "91210200 MA0ZZZZZ2T", "0411-82651234");

    PairScore score = score(pooled, one);
    assertEquals("equal", feature(score, "address").level());
    assertEquals("91210200MA0ZZZZZ2T agrees", feature(score, "registration").level());
    assertEquals("differs", feature(score, "phone").level());
    assertEquals(score.probability(), score(one, pooled).probability(), 1e-12);
  }

  @Test
  void scoresRecordsPooledByTheirOneAddressAsAgreeingOnIt() {
    PartyRecord pooled = new PartyRecord(
        ResolveFixtures.NORMALISER.normalise("TRADING CO LTD"), "CN",
        List.of("18 Gangwan St, Dalian 116001", "18 GANGWAN ST DALIAN 116001"), List.of(),
        List.of());
    PairScore byName = scorer.scoreWithin(pooled, ResolveFixtures.STATS);
    PairScore byAddress = scorer.scoreWithin(pooled, ResolveFixtures.STATS, true);
    assertFalse(byName.isMatch(model), byName::explain);
    assertTrue(byName.features().stream().noneMatch(f -> f.name().equals("address")),
        byName::explain);
    assertEquals("equal", feature(byAddress, "address").level(), byAddress::explain);
    assertTrue(byAddress.isMatch(model), byAddress::explain);

    PairScore nameOnly = scorer.scoreWithin(party("TRADING CO LTD", "CN"), ResolveFixtures.STATS,
        true);
    assertTrue(nameOnly.features().stream().noneMatch(f -> f.name().equals("address")),
        "records pooled by an empty address share none: " + nameOnly.explain());
    PairScore cityOnly = scorer.scoreWithin(new PartyRecord(
        ResolveFixtures.NORMALISER.normalise("TRADING CO LTD"), "CN", List.of("DALIAN"),
        List.of(), List.of()), ResolveFixtures.STATS, true);
    assertFalse(cityOnly.isMatch(model), "a city is no shared street: " + cityOnly.explain());
  }

  @Test
  void scoresWithinANameAtTheWorstItsOwnRecordsCanSay() {
    NormalisedName name = ResolveFixtures.NORMALISER.normalise("GOLDEN TIDE AQUATIC FOODS");
    PairScore twoAddresses = scorer.scoreWithin(new PartyRecord(name, "CN",
        List.of("7 Renmin Rd, Dalian", "99 Binhai Rd, Qingdao"), List.of("A1"),
        List.of("0411 8265 1234")), ResolveFixtures.STATS);
    assertTrue(twoAddresses.isMatch(model), twoAddresses::explain);
    assertEquals("at worst differs", feature(twoAddresses, "address").level());
    assertTrue(twoAddresses.features().stream().noneMatch(f -> f.name().equals("phone")),
        twoAddresses::explain);

    PairScore everythingVaries = scorer.scoreWithin(new PartyRecord(name, "CN",
        List.of("7 Renmin Rd, Dalian", "7 RENMIN RD DALIAN", "99 Binhai Rd, Qingdao"),
        List.of("A1", "B2"), List.of("0411 8265 1234", "0532 8888 7777")),
        ResolveFixtures.STATS);
    PairScore worstPair = score(
        new PartyRecord(name, "CN", List.of("7 Renmin Rd, Dalian"), List.of("A1"),
            List.of("0411 8265 1234")),
        new PartyRecord(name, "CN", List.of("99 Binhai Rd, Qingdao"), List.of("B2"),
            List.of("0532 8888 7777")));
    assertEquals(worstPair.matchWeight(), everythingVaries.matchWeight(), 1e-9);

    PairScore twoPlaces = scorer.scoreWithin(new PartyRecord(name, "CN",
        List.of("No. 12 Binhai Road, Zhongshan District, Dalian 116001",
            "No. 40 Binhai Road, Zhongshan District, Dalian 116002", "Dalian"),
        List.of(), List.of()), ResolveFixtures.STATS);
    assertEquals("at worst another number on the same street",
        feature(twoPlaces, "address").level(), twoPlaces::explain);
    assertTrue(twoPlaces.matchWeight() < twoAddresses.matchWeight() - 6, twoPlaces::explain);
    assertTrue(scorer.holdsApart(twoPlaces), twoPlaces::explain);
    assertFalse(scorer.holdsApart(twoAddresses), twoAddresses::explain);

    PairScore generic = scorer.scoreWithin(new PartyRecord(
        ResolveFixtures.NORMALISER.normalise("TRADING CO LTD"), "CN",
        List.of("DALIAN", "SHENYANG"), List.of(), List.of()), ResolveFixtures.STATS);
    assertFalse(generic.isMatch(model), generic::explain);
    PairScore placeholder = scorer.scoreWithin(party("TO ORDER", "CN"), ResolveFixtures.STATS);
    assertEquals(0, placeholder.probability());
  }

  @Test
  void matchesAHangulNameToItsLatinSpellingWhenCountryAndAddressAgree() {
    PartyRecord hangul =
        PartyRecord.single(
            ResolveFixtures.NORMALISER.normalise("한빛수산 유한공사"), "CN",
            "No. 18 Renmin Road, Yanji 133000", null, null);
    PartyRecord latin =
        PartyRecord.single(
            ResolveFixtures.NORMALISER.normalise("HANBIT AQUATIC PRODUCTS CO., LTD."), "CN",
            "NO.18 RENMIN ROAD YANJI 133000", null, null);
    PairScore score = score(hangul, latin);
    assertTrue(score.isMatch(model), score::explain);
    assertTrue(feature(score, "name").level().contains("HANBIT +"), score::explain);
  }

  @Test
  void chargesLittleForTheWordsOfACompanysNamesInTwoScriptsAtOneStreetAddress() {
    // Records per token shaped like a Korean exporter's: its trade name is rare, and not rare
    // enough to outweigh three business words missing at the price of their rarity.
    TokenStatistics stats = new TokenCounts(Map.of("HANSOL", 60L, "SAFETY", 1000L,
        "PROD", 3900L, "GARMENT", 2800L, "TRADING", 9000L, "KUMHO", 700L), 80_000L);
    String street = "163 TEHERAN-RO, GANGNAM-GU, SEOUL";
    PartyRecord hangul = PartyRecord.single(
        ResolveFixtures.NORMALISER.normalise("한솔의류 주식회사"), "KR", street, null, null);
    PartyRecord english = PartyRecord.single(
        ResolveFixtures.NORMALISER.normalise("HANSOL SAFETY PRODUCTS CO., LTD."), "KR",
        "163 Teheran-ro, Gangnam-gu, Seoul", null, null);
    PairScore twoScripts = scorer.score(hangul, english, stats);
    assertEquals(-3 * model.minMissingTokenPenalty(),
        feature(twoScripts, "name-missing").weight(), 1e-9, twoScripts::explain);
    assertTrue(twoScripts.isMatch(model), twoScripts::explain);

    PairScore elsewhere = scorer.score(hangul, PartyRecord.single(english.name(), "KR",
        "9 Sejong-daero, Jung-gu, Seoul", null, null), stats);
    assertFalse(elsewhere.isMatch(model), elsewhere::explain);
    PairScore registered = scorer.score(
        PartyRecord.single(hangul.name(), "KR", null, "110111-1234567", null),
        PartyRecord.single(english.name(), "KR", null, "1101111234567", null), stats);
    assertEquals(-3 * model.minMissingTokenPenalty(),
        feature(registered, "name-missing").weight(), 1e-9, registered::explain);
    PairScore oneScript = scorer.score(PartyRecord.single(
        ResolveFixtures.NORMALISER.normalise("HANSOL GARMENTS CO LTD"), "KR", street, null, null),
        english, stats);
    assertFalse(oneScript.isMatch(model), oneScript::explain);
    PairScore onlyABusinessWord = scorer.score(PartyRecord.single(
        ResolveFixtures.NORMALISER.normalise("한솔무역 주식회사"), "KR", street, null, null),
        PartyRecord.single(ResolveFixtures.NORMALISER.normalise("KUMHO TRADING CO LTD"), "KR",
            street, null, null), stats);
    assertFalse(feature(onlyABusinessWord, "name-missing").level().contains("two scripts"),
        onlyABusinessWord::explain);
    assertFalse(onlyABusinessWord.isMatch(model), onlyABusinessWord::explain);
  }

  @Test
  void agreesOnAKoreanNameInTwoRomanisations() {
    PairScore score =
        score(party("대성식품 주식회사", "KR"), party("DAESUNG FOODS CO., LTD.", "KR"));
    assertTrue(feature(score, "name").level().contains("DAESEONG~DAESUNG"), score::explain);
    assertEquals("all tokens agree", feature(score, "name-complete").level());
  }

  @Test
  void weighsAgreeingAndDisagreeingLeadingPlaces() {
    PairScore agree = score(party("DANDONG HONGDA ELEC", "CN"), party("DANDONG HONGDA ELEC", "CN"));
    PairScore disagree = score(party("DALIAN HONGDA ELEC", "CN"), party("YANJI HONGDA ELEC", "CN"));
    assertTrue(feature(agree, "place").weight() > 0, agree::explain);
    assertTrue(feature(disagree, "place").weight() < 0, disagree::explain);
    assertFalse(disagree.isMatch(model), disagree::explain);
  }

  @Test
  void weighsALeadingPlaceAgainstTheOtherRecordsAddresses() {
    PartyRecord qingdao = party("QINGDAO HONGDA ELECTRONICS CO LTD", "CN");
    PartyRecord nameOnly = party("HONGDA ELECTRONICS CO LTD", "CN");
    PairScore withoutAddress = score(qingdao, nameOnly);
    assertTrue(withoutAddress.isMatch(model), withoutAddress::explain);

    PartyRecord inDandong = new PartyRecord(nameOnly.name(), "CN",
        List.of("18 Jiangcheng Street, Zhenxing District, Dandong, Liaoning"), List.of(),
        List.of());
    PairScore disagree = score(qingdao, inDandong);
    assertEquals("QINGDAO (Shandong) against addresses in Liaoning",
        feature(disagree, "place").level(), disagree::explain);
    assertTrue(feature(disagree, "place").weight() < 0, disagree::explain);
    assertFalse(disagree.isMatch(model), disagree::explain);
    assertEquals(disagree.matchWeight(), score(inDandong, qingdao).matchWeight(), 1e-9);

    PartyRecord inQingdao = new PartyRecord(nameOnly.name(), "CN",
        List.of("7 Hong Kong Middle Road, Qingdao, Shandong"), List.of(), List.of());
    PairScore sameProvince = score(qingdao, inQingdao);
    assertTrue(sameProvince.features().stream().noneMatch(f -> f.name().equals("place")),
        sameProvince::explain);
    assertTrue(sameProvince.isMatch(model), sameProvince::explain);
  }

  @Test
  void explainsItself() {
    PairScore score =
        score(party("GOLDEN TIDE AQUATIC FOODS CO., LTD.", "CN"), party("GOLDENTIDE AQUATIC FOOD", "CN"));
    String explanation = score.explain();
    assertTrue(explanation.startsWith("prior "), explanation);
    assertTrue(explanation.contains("GOLDEN TIDE=GOLDENTIDE"), explanation);
    assertTrue(explanation.contains("country CN=CN (+2.0)"), explanation);
    assertTrue(explanation.matches(".* => p=0\\.9\\d\\d$") || explanation.endsWith("p=1.000"), explanation);
    double sum = score.features().stream().mapToDouble(PairFeature::weight).sum();
    assertEquals(sum, score.matchWeight(), 1e-9);
    assertEquals(1 / (1 + Math.pow(2, -sum)), score.probability(), 1e-12);
  }

  @Test
  void isSymmetric() {
    PartyRecord a = party("DANDONG GOLDEN TIDE AQUATIC FOODS", "CN");
    PartyRecord b = party("GOLDENTIDE SEAFOOD CO LIMITED", null);
    assertEquals(score(a, b).matchWeight(), score(b, a).matchWeight(), 1e-9);
  }

  @Test
  void rejectsAnInconsistentModel() {
    MatchModel d = MatchModel.defaults();
    assertThrows(
        IllegalArgumentException.class,
        () -> new MatchModel(d.priorMatchesPerRecord(), d.nameTokenAgreeM(), d.extraTokenDiscount(),
            d.maxTokenBits(), d.fuzzyTokenSimilarity(), d.fuzzyTokenPenalty(),
            d.typoCommonerRatio(), d.fullNameAgreeM(),
            d.fullNameAgreeU(), d.missingTokenPenaltyPerBit(), d.minMissingTokenPenalty(),
            d.maxMissingTokenPenalty(), d.countryAgreeM(), d.countryAgreeU(), d.placeAgreeM(),
            d.placeAgreeU(), d.addressExactM(), d.addressExactU(), d.addressSimilarM(),
            d.addressSimilarU(), d.addressSimilarity(), d.addressPostcodeM(), d.addressPostcodeU(),
            d.addressDisagreeM(), d.addressConflictM(), d.addressConflictU(),
            d.registrationAgreeM(), d.registrationAgreeU(), d.phoneAgreeM(),
            d.phoneAgreeU(), 0.5, 0.9, d.conflictAgainstBits()));
  }
}
