package org.tierwatch.locate;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A place name found in an address: its candidate places, the text and the word after it. */
record NameMatch(List<PlaceName> candidates, String matched, Affix affix) {
  NameMatch {
    requireNonNull(candidates, "candidates is null");
    requireNonNull(matched, "matched is null");
    requireNonNull(affix, "affix is null");
    candidates = List.copyOf(candidates);
  }
}
