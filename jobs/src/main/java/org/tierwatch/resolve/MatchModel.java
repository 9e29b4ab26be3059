package org.tierwatch.resolve;

import java.io.Serializable;

/**
 * Every number of the Fellegi-Sunter pair scorer. An m is the probability of an observation when
 * the two records are the same company, a u the probability when they are not; a feature weighs
 * log2(m/u). Name-token u values are not here: they come from {@link TokenStatistics} (the share of
 * records carrying the token), which is the term-frequency adjustment.
 *
 * @param priorMatchesPerRecord expected number of other records of the same company per record;
 *     divided by the record count it is the prior match probability of a random pair
 * @param nameTokenAgreeM probability that a token of a true match's name appears in the other name
 * @param extraTokenDiscount factor applied to each further agreeing token after the rarest when
 *     the names differ somewhere (the k-th rarest weighs discount^k), because the tokens of one
 *     name are not independent
 * @param maxTokenBits cap on the bits (log2 of records per carrier) a single token can add
 * @param fuzzyTokenSimilarity Jaro-Winkler similarity at or above which two tokens of five or more
 *     letters count as the same misspelt token
 * @param fuzzyTokenPenalty bits taken from a fuzzy token agreement (priced by the commoner of the
 *     two tokens): a misspelling is rarer in a true match than an exact token, and a token has
 *     several near neighbours among other companies' names
 * @param typoCommonerRatio a token one typing error from a token that this many times more records
 *     carry agrees with it as a fuzzy token, even below fuzzyTokenSimilarity: it is most likely
 *     that token misspelt
 * @param fullNameAgreeM probability that every token of a true match's names agrees exactly (or
 *     glued), none missing on either side
 * @param fullNameAgreeU probability of the same for two other companies that share a token
 * @param missingTokenPenaltyPerBit penalty per bit of rarity for a token only one name has: a rare
 *     token missing from the other name argues more against a match than a generic word
 * @param minMissingTokenPenalty smallest penalty for a token only one name has
 * @param maxMissingTokenPenalty largest penalty for a token only one name has
 * @param countryAgreeM probability that a true match's two known countries agree
 * @param countryAgreeU probability that two random records' known countries agree, where the
 *     share of records naming the country is not known ({@link CountryShares}) or the name is
 *     one that several companies write in the country
 * @param placeAgreeM probability that a true match's two leading places agree, when both have one
 * @param placeAgreeU probability that two random records' leading places agree
 * @param addressExactM probability that a true match's normalised addresses are equal
 * @param addressExactU probability that two random records' normalised addresses are equal
 * @param addressSimilarM probability that a true match's addresses share most tokens (not equal),
 *     or one is the other cut short
 * @param addressSimilarU probability that two random records' addresses share most tokens, or
 *     one is the other cut short
 * @param addressSimilarity token Jaccard similarity at or above which addresses are similar
 * @param addressPostcodeM probability that a true match's addresses share only a number of five or
 *     six digits (a postcode)
 * @param addressPostcodeU probability that two random records' addresses share only that
 * @param addressDisagreeM probability that a true match's two known addresses disagree entirely
 * @param addressConflictM probability that a true match's two addresses give different numbers on
 *     one street (or different postcodes in one district): a move, or a clerk's error
 * @param addressConflictU probability of the same for two other companies that share a name
 *     token, given that both addresses place them in one district
 * @param registrationAgreeM probability that a true match's two known registration ids agree
 * @param registrationAgreeU probability that two random records' registration ids agree
 * @param phoneAgreeM probability that a true match's two known phone numbers agree
 * @param phoneAgreeU probability that two random records' phone numbers agree
 * @param matchThreshold probability at or above which a pair is merged
 * @param reviewThreshold probability at or above which an unmerged pair goes to review; below it,
 *     a pair inside one cluster with at least conflictAgainstBits against it is a conflict the
 *     clustering guard weighs
 * @param conflictAgainstBits the bits of evidence against a match ({@link PairScore#againstBits})
 *     from which a pair scored under the review threshold argues for two companies; with less the
 *     pair is only unproven, and the guard does not count it
 */
public record MatchModel(
    double priorMatchesPerRecord,
    double nameTokenAgreeM,
    double extraTokenDiscount,
    double maxTokenBits,
    double fuzzyTokenSimilarity,
    double fuzzyTokenPenalty,
    double typoCommonerRatio,
    double fullNameAgreeM,
    double fullNameAgreeU,
    double missingTokenPenaltyPerBit,
    double minMissingTokenPenalty,
    double maxMissingTokenPenalty,
    double countryAgreeM,
    double countryAgreeU,
    double placeAgreeM,
    double placeAgreeU,
    double addressExactM,
    double addressExactU,
    double addressSimilarM,
    double addressSimilarU,
    double addressSimilarity,
    double addressPostcodeM,
    double addressPostcodeU,
    double addressDisagreeM,
    double addressConflictM,
    double addressConflictU,
    double registrationAgreeM,
    double registrationAgreeU,
    double phoneAgreeM,
    double phoneAgreeU,
    double matchThreshold,
    double reviewThreshold,
    double conflictAgainstBits)
    implements Serializable {

  public MatchModel {
    positive("priorMatchesPerRecord", priorMatchesPerRecord);
    positive("maxTokenBits", maxTokenBits);
    nonNegative("missingTokenPenaltyPerBit", missingTokenPenaltyPerBit);
    nonNegative("minMissingTokenPenalty", minMissingTokenPenalty);
    if (maxMissingTokenPenalty < minMissingTokenPenalty) {
      throw new IllegalArgumentException(
          "maxMissingTokenPenalty must be at least minMissingTokenPenalty");
    }
    probability("nameTokenAgreeM", nameTokenAgreeM);
    probability("extraTokenDiscount", extraTokenDiscount);
    probability("fuzzyTokenSimilarity", fuzzyTokenSimilarity);
    nonNegative("fuzzyTokenPenalty", fuzzyTokenPenalty);
    if (!(typoCommonerRatio >= 1)) {
      throw new IllegalArgumentException("typoCommonerRatio must be at least 1, was "
          + typoCommonerRatio);
    }
    probability("fullNameAgreeM", fullNameAgreeM);
    probability("fullNameAgreeU", fullNameAgreeU);
    probability("countryAgreeM", countryAgreeM);
    probability("countryAgreeU", countryAgreeU);
    probability("placeAgreeM", placeAgreeM);
    probability("placeAgreeU", placeAgreeU);
    probability("addressExactM", addressExactM);
    probability("addressExactU", addressExactU);
    probability("addressSimilarM", addressSimilarM);
    probability("addressSimilarU", addressSimilarU);
    probability("addressSimilarity", addressSimilarity);
    probability("addressPostcodeM", addressPostcodeM);
    probability("addressPostcodeU", addressPostcodeU);
    probability("addressDisagreeM", addressDisagreeM);
    probability("addressConflictM", addressConflictM);
    probability("addressConflictU", addressConflictU);
    probability("registrationAgreeM", registrationAgreeM);
    probability("registrationAgreeU", registrationAgreeU);
    probability("phoneAgreeM", phoneAgreeM);
    probability("phoneAgreeU", phoneAgreeU);
    probability("matchThreshold", matchThreshold);
    probability("reviewThreshold", reviewThreshold);
    nonNegative("conflictAgainstBits", conflictAgainstBits);
    if (reviewThreshold > matchThreshold) {
      throw new IllegalArgumentException("reviewThreshold must not exceed matchThreshold");
    }
  }

  /** The defaults, chosen for customs and bill-of-lading party names. */
  public static MatchModel defaults() {
    return new MatchModel(
        4.0, // priorMatchesPerRecord: a company appears under a handful of spellings
        0.95, // nameTokenAgreeM
        0.6, // extraTokenDiscount
        20.0, // maxTokenBits: one in a million records
        0.94, // fuzzyTokenSimilarity: HAIYNAG is HAIYANG, JINHUI is not JINHAI
        5.0, // fuzzyTokenPenalty: a one-letter difference may be another pinyin syllable
        8.0, // typoCommonerRatio: JINHUI and JINHAI are names; FAKRIC beside FABRIC a typo
        0.6, // fullNameAgreeM
        0.05, // fullNameAgreeU
        0.5, // missingTokenPenaltyPerBit
        1.0, // minMissingTokenPenalty
        8.0, // maxMissingTokenPenalty
        0.98, // countryAgreeM: a shipper's country is rarely wrong
        0.25, // countryAgreeU: China alone is a large share of such records
        0.9, // placeAgreeM
        0.1, // placeAgreeU
        0.4, // addressExactM: the same company writes its address many ways
        0.0001, // addressExactU
        0.3, // addressSimilarM
        0.002, // addressSimilarU
        0.6, // addressSimilarity
        0.15, // addressPostcodeM
        0.02, // addressPostcodeU
        0.15, // addressDisagreeM: branches, warehouses and agents' addresses
        0.001, // addressConflictM: a company rarely writes two numbers for its one place
        0.5, // addressConflictU
        0.95, // registrationAgreeM
        0.000001, // registrationAgreeU
        0.6, // phoneAgreeM
        0.00001, // phoneAgreeU
        0.95, // matchThreshold
        0.1, // reviewThreshold: below it, a pair in one cluster may be a conflict
        3.0); // conflictAgainstBits: what argues for two companies, not a low prior
  }

  private static void probability(String name, double value) {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in (0, 1], was " + value);
    }
  }

  private static void positive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a positive number, was " + value);
    }
  }

  private static void nonNegative(String name, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be zero or more, was " + value);
    }
  }
}
