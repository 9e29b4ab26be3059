package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * What the pair scorer knows of one party record. Optional fields are null when the record has
 * none.
 *
 * @param name the normalised name
 * @param country ISO 3166-1 alpha-2, upper case, or null
 * @param address the address (any case or punctuation; the scorer compares its tokens), or null
 * @param registrationId a registration id such as a Unified Social Credit Code, or null
 * @param phoneDigits the digits of a telephone number, or null
 */
public record PartyRecord(
    NormalisedName name, String country, String address, String registrationId, String phoneDigits)
    implements Serializable {

  public PartyRecord {
    requireNonNull(name, "name is null");
  }

  /** A record with a name and a country only. */
  public static PartyRecord of(NormalisedName name, String country) {
    return new PartyRecord(name, country, null, null, null);
  }
}
