package org.tierwatch.locate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The places the locator knows, loaded from {@code places.tsv}, {@code postcode-regions.tsv} and
 * {@code ports.tsv} beside this class and built into lookups: every spelling (English, pinyin,
 * Chinese and Korean through the same normaliser as addresses) to its places, postcode prefixes,
 * telephone area codes, administrative division codes and port codes.
 */
final class Gazetteer {
  private static final int MAX_NAME_TOKENS = 8;

  private final List<Place> places = new ArrayList<>();
  private final Map<String, List<PlaceName>> byKey = new HashMap<>();
  private final Set<String> keyPrefixes = new HashSet<>();
  private final Map<String, Place> byPostcodePrefix = new HashMap<>();
  private final Map<String, String> postcodeRegions = new HashMap<>();
  private final Map<String, Place> byAreaCode = new HashMap<>();
  private final Map<String, Place> byAdminCode = new HashMap<>();
  private final Map<String, String[]> ports = new HashMap<>();
  private int longestKeyTokens;

  private Gazetteer() {}

  static Gazetteer load() {
    Gazetteer gazetteer = new Gazetteer();
    for (String[] row : rows("places.tsv", 9)) {
      gazetteer.addPlace(row);
    }
    for (String[] row : rows("postcode-regions.tsv", 2)) {
      gazetteer.postcodeRegions.put(row[0], row[1]);
    }
    for (String[] row : rows("ports.tsv", 3)) {
      gazetteer.ports.put(row[0], new String[] {row[1], row[2]});
    }
    gazetteer.checkParents();
    return gazetteer;
  }

  private void addPlace(String[] row) {
    PlaceLevel level = PlaceLevel.valueOf(row[0]);
    Place place = new Place(level, row[1], optional(row[2]), row[3], row[4], optional(row[6]),
        row[7].equals("-") ? List.of() : Arrays.asList(row[7].split("\\|")), optional(row[8]));
    places.add(place);
    addName(row[3], place, false);
    addName(row[4], place, false);
    if (!row[5].equals("-")) {
      for (String alias : row[5].split("\\|")) {
        boolean historic = alias.startsWith("~");
        addName(historic ? alias.substring(1) : alias, place, historic);
      }
    }
    boolean ours = place.province() == Province.LIAONING || place.province() == Province.JILIN;
    if (ours && place.postcode() != null) {
      String prefix = stripTrailingZeros(place.postcode());
      Place known = byPostcodePrefix.get(prefix);
      if (known == null || known.level().rank() < level.rank()) {
        byPostcodePrefix.put(prefix, place);
      }
    }
    for (String areaCode : place.areaCodes()) {
      byAreaCode.putIfAbsent(areaCode, place);
    }
    if (place.adminCode() != null) {
      byAdminCode.put(place.adminCode(), place);
    }
  }

  private void addName(String spelling, Place place, boolean historic) {
    Tokens tokens = TextNormaliser.tokens(spelling);
    if (tokens.size() == 0 || tokens.size() > MAX_NAME_TOKENS) {
      return;
    }
    String key = tokens.key(0, tokens.size());
    List<PlaceName> names = byKey.computeIfAbsent(key, k -> new ArrayList<>(2));
    for (PlaceName name : names) {
      if (name.place().equals(place)) {
        return;
      }
    }
    names.add(new PlaceName(place, historic));
    for (int end = 1; end <= key.length(); end++) {
      keyPrefixes.add(key.substring(0, end));
    }
    longestKeyTokens = Math.max(longestKeyTokens, tokens.size());
  }

  private void checkParents() {
    Set<String> prefectures = new HashSet<>();
    for (Place place : places) {
      if (place.level() == PlaceLevel.PREFECTURE) {
        prefectures.add(place.region() + "/" + place.name());
      }
    }
    for (Place place : places) {
      boolean ours = place.province() == Province.LIAONING || place.province() == Province.JILIN;
      boolean below = place.level().rank() < PlaceLevel.PREFECTURE.rank();
      if (ours && below && !prefectures.contains(place.region() + "/" + place.prefecture())) {
        throw new IllegalStateException("gazetteer: " + place.name() + " names prefecture "
            + place.prefecture() + ", which is not a prefecture of " + place.region());
      }
    }
  }

  private static String optional(String field) {
    return field.equals("-") ? null : field;
  }

  private static String stripTrailingZeros(String postcode) {
    int end = postcode.length();
    while (end > 3 && postcode.charAt(end - 1) == '0') {
      end--;
    }
    return postcode.substring(0, end);
  }

  private static List<String[]> rows(String resource, int columns) {
    InputStream in = Gazetteer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("gazetteer resource missing: " + resource);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = line.split("\t", -1);
        if (row.length != columns) {
          throw new IllegalStateException(resource + " line " + number + ": expected " + columns
              + " tab-separated fields, found " + row.length);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer resource " + resource, e);
    }
    return rows;
  }

  List<Place> places() {
    return List.copyOf(places);
  }

  /** The places written with this key (tokens concatenated), or null. */
  List<PlaceName> named(String key) {
    return byKey.get(key);
  }

  /** Whether some name's key starts with this text, so a longer match may still follow. */
  boolean startsSomeName(String keyPrefix) {
    return keyPrefixes.contains(keyPrefix);
  }

  int longestNameTokens() {
    return longestKeyTokens;
  }

  /** The most specific Liaoning or Jilin place whose postcode prefix this postcode has, or null. */
  Place placeOfPostcode(String postcode) {
    for (int end = postcode.length(); end >= 3; end--) {
      Place place = byPostcodePrefix.get(postcode.substring(0, end));
      if (place != null) {
        return place;
      }
    }
    return null;
  }

  /** The province-level unit of a mainland postcode's first two digits, or null if none. */
  String regionOfPostcode(String postcode) {
    return postcodeRegions.get(postcode.substring(0, 2));
  }

  /** The place a telephone area code (with its leading 0) belongs to, or null. */
  Place placeOfAreaCode(String areaCode) {
    return byAreaCode.get(areaCode);
  }

  /** The place of a GB/T 2260 code prefix (two digits: province; four: prefecture), or null. */
  Place placeOfAdminCode(String code) {
    return byAdminCode.get(code);
  }

  /** The region and city of a UN/LOCODE, or null. */
  String[] port(String locode) {
    return ports.get(locode);
  }
}
