package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tierwatch.normalise.Countries;

/**
 * The words of one address as pair scoring compares them: runs of letters A-Z and digits after
 * upper-casing, and Korean words in their Latin spelling, in order (for equality) and as a sorted
 * set (for overlap). Scoring a pair of nodes compares up to 64 addresses, so the set is sorted
 * once and overlaps are counted by a merge rather than by building hash sets per comparison.
 */
final class AddressWords {
  private static final int MIN_TRUNCATED_LETTERS = 8;
  /** Words that are not numbers two addresses share before their numbers can conflict. */
  private static final int MIN_CONTEXT_WORDS = 2;
  /** Longer runs of digits are telephone numbers or order numbers, not part of a place. */
  private static final int MAX_PLACE_NUMBER_DIGITS = 6;
  /** Words after which an address gives telephone numbers, not its place. */
  static final Set<String> PHONE_LABELS =
      Set.of("TEL", "TELEPHONE", "PHONE", "FAX", "MOBILE", "MOB", "CONTACT");

  private final List<String> words;
  private final String[] sorted;
  /** The sorted distinct words that are not numbers: a street's context, compared pair by pair. */
  private final String[] sortedNonNumbers;
  /** Letters and digits of all words together, which a truncated address needs enough of. */
  private final int letters;
  /** The words' hash: most addresses compared are not the same words, and this tells at once. */
  private final int wordsHash;
  private final List<String> postcodes;
  private final List<String> houseNumbers;
  /** How many words come before a country that ends the address. */
  private final int placeEnd;
  private final boolean hasNumber;

  private AddressWords(List<String> words) {
    this.words = requireNonNull(words, "words is null");
    this.sorted = words.stream().distinct().sorted().toArray(String[]::new);
    this.sortedNonNumbers = Arrays.stream(sorted).filter(word -> !isNumber(word))
        .toArray(String[]::new);
    this.letters = words.stream().mapToInt(String::length).sum();
    this.wordsHash = words.hashCode();
    PlaceNumbers numbers = PlaceNumbers.of(words);
    this.postcodes = numbers.postcodes();
    this.houseNumbers = numbers.others();
    // Once per address: pair scoring compares each address with many others.
    this.placeEnd = words.size() - countryWordsAtEnd(words);
    this.hasNumber = words.stream().anyMatch(AddressWords::isNumber);
  }

  /** Whether the address gives any number: a street address rather than a place alone. */
  boolean hasNumber() {
    return hasNumber;
  }

  /** The words of each address that has any. */
  static List<AddressWords> of(List<String> addresses) {
    List<AddressWords> out = new ArrayList<>(addresses.size());
    for (String address : addresses) {
      List<String> words = split(address.toUpperCase(Locale.ROOT));
      if (!words.isEmpty()) {
        out.add(new AddressWords(words));
      }
    }
    return out;
  }

  /**
   * Runs of letters A-Z and digits, and runs of Hangul syllables spelt as their Latin address
   * words; a change between the two ends a word, as in 테헤란로151.
   */
  private static List<String> split(String upper) {
    List<String> words = new ArrayList<>();
    int start = -1;
    boolean hangul = false;
    for (int i = 0; i <= upper.length(); i++) {
      char c = i < upper.length() ? upper.charAt(i) : ' ';
      boolean isHangul = HangulRomaniser.isSyllable(c);
      boolean inWord = isHangul || isWordChar(c);
      if (start >= 0 && (!inWord || isHangul != hangul)) {
        String run = upper.substring(start, i);
        if (hangul) {
          words.addAll(KoreanAddressWords.of(run));
        } else {
          words.add(run);
        }
        start = -1;
      }
      if (inWord && start < 0) {
        start = i;
        hangul = isHangul;
      }
    }
    return words;
  }

  private static boolean isWordChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** Whether both addresses are the same words in the same order. */
  boolean sameWords(AddressWords other) {
    return wordsHash == other.wordsHash && words.equals(other.words);
  }

  /**
   * Whether this address is the other cut short, as fixed-width fields of trade records cut
   * addresses: the same words up to its last, which begins the other's word in that place. At
   * least two words and {@value #MIN_TRUNCATED_LETTERS} letters and digits, so that a lone number
   * or a city does not pass for a cut address.
   */
  boolean truncates(AddressWords longer) {
    int last = words.size() - 1;
    if (last < 1 || words.size() > longer.words.size() || letters < MIN_TRUNCATED_LETTERS
        || sameWords(longer)) {
      return false;
    }
    return words.subList(0, last).equals(longer.words.subList(0, last))
        && longer.words.get(last).startsWith(words.get(last));
  }

  /**
   * Whether this address names only a place, a city or district without a street or number
   * ("Kwun Tong, HK", "Beijing, CN"), and the other, fuller address names that place too. Lists
   * and supplier masters write such addresses; against a street address of the same place they
   * say nothing about whether the two are one company, where two full addresses that differ do.
   * A country ending this address is left out, as the other may spell it another way.
   */
  boolean namesOnlyAPlaceOf(AddressWords fuller) {
    if (placeEnd == 0 || !fuller.hasNumber || placeEnd >= fuller.words.size()) {
      return false;
    }
    for (String word : words.subList(0, placeEnd)) {
      if (isNumber(word) || Arrays.binarySearch(fuller.sorted, word) < 0) {
        return false;
      }
    }
    return true;
  }

  /** How many of the last words (at most two: HONG KONG) name a country. */
  private static int countryWordsAtEnd(List<String> words) {
    int size = words.size();
    if (size >= 2 && Countries.iso2(words.get(size - 2) + " " + words.get(size - 1)).isPresent()) {
      return 2;
    }
    return Countries.iso2(words.get(size - 1)).isPresent() ? 1 : 0;
  }

  /** Distinct words both addresses have. */
  int shared(AddressWords other) {
    int count = 0;
    int i = 0;
    int j = 0;
    while (i < sorted.length && j < other.sorted.length) {
      int order = sorted[i].compareTo(other.sorted[j]);
      if (order == 0) {
        count++;
      }
      if (order <= 0) {
        i++;
      }
      if (order >= 0) {
        j++;
      }
    }
    return count;
  }

  /** Shared distinct words over all distinct words of the two. */
  double jaccard(AddressWords other) {
    int shared = shared(other);
    return (double) shared / (sorted.length + other.sorted.length - shared);
  }

  /**
   * The first shared word of five or six digits (a postcode: six in China, five in Korea and
   * many other countries) in sorted order, or null.
   */
  String sharedPostcode(AddressWords other) {
    for (String word : sorted) {
      if (isPostcode(word) && Arrays.binarySearch(other.sorted, word) >= 0) {
        return word;
      }
    }
    return null;
  }

  private static boolean isPostcode(String word) {
    return word.length() >= 5 && word.length() <= 6 && isNumber(word);
  }

  /**
   * Whether the two addresses name different places on the same street or in the same district:
   * they share at least {@value #MIN_CONTEXT_WORDS} words that are not numbers, and each gives a
   * number of one kind (a postcode of five or six digits, or a shorter house, building or room
   * number) that the other does not: 81 TEHERAN-RO against 106 TEHERAN-RO. A number that ends an
   * address may have been cut short by a fixed-width field, so it agrees with any number it
   * begins; numbers after a telephone label (TEL, FAX) are no part of the place. The same company
   * rarely writes two numbers for one place, while two companies of one name in one city nearly
   * always do.
   */
  boolean conflicts(AddressWords other) {
    // The shared context first: it is what most pairs of addresses lack.
    if (sharedNonNumbers(other) < MIN_CONTEXT_WORDS || truncates(other)
        || other.truncates(this)) {
      return false;
    }
    return (missesOne(postcodes, other) && other.missesOne(other.postcodes, this))
        || (missesOne(houseNumbers, other) && other.missesOne(other.houseNumbers, this));
  }

  private int sharedNonNumbers(AddressWords other) {
    int count = 0;
    for (String word : sortedNonNumbers) {
      if (Arrays.binarySearch(other.sortedNonNumbers, word) >= 0) {
        count++;
      }
    }
    return count;
  }

  /** Whether one of these numbers of this address is missing from the other address. */
  private boolean missesOne(List<String> numbers, AddressWords other) {
    for (String number : numbers) {
      if (!other.gives(number, number.equals(lastWord()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether this address gives the number; or, when the number may have been cut short (it ends
   * its address), a number it begins; or a number that this address's last word begins.
   */
  private boolean gives(String number, boolean mayBeCut) {
    if (Arrays.binarySearch(sorted, number) >= 0) {
      return true;
    }
    String last = lastWord();
    if (isNumber(last) && number.startsWith(last)) {
      return true;
    }
    if (mayBeCut) {
      for (String word : sorted) {
        if (isNumber(word) && word.startsWith(number)) {
          return true;
        }
      }
    }
    return false;
  }

  private String lastWord() {
    return words.get(words.size() - 1);
  }

  /** The distinct numbers of a place, before any telephone label. */
  private record PlaceNumbers(List<String> postcodes, List<String> others) {
    static PlaceNumbers of(List<String> words) {
      PlaceNumbers numbers = new PlaceNumbers(new ArrayList<>(), new ArrayList<>());
      for (String word : words) {
        if (PHONE_LABELS.contains(word)) {
          break;
        }
        if (isNumber(word) && word.length() <= MAX_PLACE_NUMBER_DIGITS) {
          List<String> kind = isPostcode(word) ? numbers.postcodes : numbers.others;
          if (!kind.contains(word)) {
            kind.add(word);
          }
        }
      }
      return numbers;
    }
  }

  private static boolean isNumber(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) < '0' || word.charAt(i) > '9') {
        return false;
      }
    }
    return !word.isEmpty();
  }

  /** How many distinct addresses by their words. */
  static long distinct(List<AddressWords> addresses) {
    return addresses.stream().map(address -> address.words).distinct().count();
  }
}
