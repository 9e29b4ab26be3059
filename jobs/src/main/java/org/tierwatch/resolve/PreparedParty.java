package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A party record with what {@link PairScorer} compares parsed once: the words of its addresses,
 * its registration ids and subscriber numbers, and the scripts its name was written in. A node
 * meets hundreds of others in its blocks, and parsing its addresses again for every pair cost
 * more than the rest of scoring it, so {@link BlockPairs} prepares each node once per block.
 *
 * @param record the party as the scorer reads it
 * @param addresses the words of each address that has any ({@link AddressWords#of})
 * @param registrationIds the ids by their letters and digits only
 * @param phoneNumbers the subscriber numbers ({@link SubscriberNumbers#of})
 * @param romanised whether the name was written in Hangul ({@link
 *     NormalisedName#romanisedFromHangul})
 * @param translated whether the name was written in Hangul or Han characters ({@link
 *     NormalisedName#translatedFromScript})
 */
record PreparedParty(PartyRecord record, List<AddressWords> addresses,
    Set<String> registrationIds, Set<String> phoneNumbers, boolean romanised,
    boolean translated) {
  private static final Pattern NOT_ALNUM = Pattern.compile("[^A-Z0-9]+");

  PreparedParty {
    requireNonNull(record, "record is null");
    addresses = List.copyOf(requireNonNull(addresses, "addresses is null"));
    registrationIds = Set.copyOf(requireNonNull(registrationIds, "registrationIds is null"));
    phoneNumbers = Set.copyOf(requireNonNull(phoneNumbers, "phoneNumbers is null"));
  }

  static PreparedParty of(PartyRecord record) {
    return new PreparedParty(record, AddressWords.of(record.addresses()),
        registrationIds(record.registrationIds()), SubscriberNumbers.of(record.phoneDigits()),
        record.name().romanisedFromHangul(), record.name().translatedFromScript());
  }

  /** Ids compared by their letters and digits only. */
  static Set<String> registrationIds(Collection<String> ids) {
    Set<String> cleaned = new HashSet<>();
    for (String id : ids) {
      String alphanumeric = NOT_ALNUM.matcher(id.toUpperCase(Locale.ROOT)).replaceAll("");
      if (!alphanumeric.isEmpty()) {
        cleaned.add(alphanumeric);
      }
    }
    return cleaned;
  }
}
