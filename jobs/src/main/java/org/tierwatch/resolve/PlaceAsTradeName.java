package org.tierwatch.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the place a name begins with as its trade name when the other name of a pair writes that
 * word as its first token after another place: CHENGDE CLOTHING GROUP against HANGZHOU CHENGDE
 * CLOTHING GROUP. Many Chinese trade names are also the names of cities (Chengde, Fengcheng,
 * Haicheng); a record that leaves out the company's own city then begins with its trade name,
 * which the normaliser, seeing one name alone, can only take for a place. The other name of the
 * pair says which reading is right, as in {@link MisspeltPlace}.
 */
final class PlaceAsTradeName {
  private PlaceAsTradeName() {}

  /**
   * The name with its one leading place put back in front of its tokens, or the name itself when
   * it leads with no place or several, or when the other name does not begin with that word or
   * also leads with that place.
   */
  static NormalisedName readAgainst(NormalisedName name, NormalisedName other) {
    String place = name.leadingPlace();
    if (place == null || place.indexOf(' ') >= 0 || other.tokens().isEmpty()
        || !other.tokens().get(0).equals(place)
        || (other.leadingPlace() != null
            && Arrays.asList(other.leadingPlace().split(" ")).contains(place))) {
      return name;
    }
    List<String> tokens = new ArrayList<>(name.tokens().size() + 1);
    tokens.add(place);
    tokens.addAll(name.tokens());
    return new NormalisedName(name.raw(), String.join(" ", tokens), tokens, name.legalForm(),
        null, name.placeholder());
  }
}
