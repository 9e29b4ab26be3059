package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the pair scorer knows of a party: one record, or several records written with the same
 * normalised name in the same country, whose addresses, registration ids and telephone numbers
 * are pooled (see {@link PartyNodes}). Two parties agree on an address, an id or a number when any
 * of theirs agree, as connected components would join them through any one of their records.
 *
 * @param name the normalised name
 * @param country ISO 3166-1 alpha-2, upper case, or null
 * @param addresses the addresses seen (any case or punctuation; the scorer compares their tokens)
 * @param registrationIds registration ids such as Unified Social Credit Codes
 * @param phoneDigits the digits of telephone numbers
 * @param namesakes how many companies are estimated to write the name in the country ({@link
 *     Namesakes}); at least 1
 */
public record PartyRecord(
    NormalisedName name, String country, List<String> addresses, List<String> registrationIds,
    List<String> phoneDigits, long namesakes)
    implements Serializable {

  public PartyRecord {
    requireNonNull(name, "name is null");
    addresses = present(requireNonNull(addresses, "addresses is null"));
    registrationIds = present(requireNonNull(registrationIds, "registrationIds is null"));
    phoneDigits = present(requireNonNull(phoneDigits, "phoneDigits is null"));
    if (namesakes < 1) {
      throw new IllegalArgumentException("namesakes must be at least 1, was " + namesakes);
    }
  }

  /** A party of a name no other company is known to write. */
  public PartyRecord(NormalisedName name, String country, List<String> addresses,
      List<String> registrationIds, List<String> phoneDigits) {
    this(name, country, addresses, registrationIds, phoneDigits, 1);
  }

  /** The same party with its name and country only, as a party of them is scored. */
  public PartyRecord nameOnly() {
    return new PartyRecord(name, country, List.of(), List.of(), List.of(), namesakes);
  }

  /** One record; address, registrationId and phoneDigits may be null. */
  public static PartyRecord single(NormalisedName name, String country, String address,
      String registrationId, String phoneDigits) {
    return new PartyRecord(name, country, listOf(address), listOf(registrationId),
        listOf(phoneDigits));
  }

  /** A record with a name and a country only. */
  public static PartyRecord of(NormalisedName name, String country) {
    return single(name, country, null, null, null);
  }

  private static List<String> listOf(String value) {
    return value == null ? List.of() : List.of(value);
  }

  private static List<String> present(List<String> values) {
    List<String> kept = new ArrayList<>(values.size());
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        kept.add(value);
      }
    }
    return List.copyOf(kept);
  }
}
