package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tierwatch.locate.PlaceRegions;

/**
 * Reduces a party name as written in customs and bill-of-lading records to its distinctive tokens:
 * Unicode NFKC, Chinese and Korean legal forms and business words, Han-to-Latin transliteration and
 * the Revised Romanization of Hangul (syllables of one Chinese or Korean trade name are joined, as
 * English records write them: 康辉 is KANGHUI, 한빛 is HANBIT), case, punctuation, legal forms in
 * many languages, placeholders that name no party, a leading city or province (kept as a feature),
 * stop words, plurals and abbreviations.
 *
 * <p>Thread-safe and serialisable: build one per partition (or broadcast it); the ICU
 * transliterators, which are neither, live in per-thread holders.
 */
public final class NameNormaliser implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final int MAX_PLACE_TOKENS = 4;
  private static final int MAX_LEADING_PLACES = 2;
  private static final Pattern NOT_ALNUM = Pattern.compile("[^A-Z0-9]+");
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2019`]");
  private static final Pattern HAS_LETTER = Pattern.compile("[A-Z]");
  /** A name a clerk blanked out with X's, of any length. */
  private static final Pattern CROSSED_OUT = Pattern.compile("X+(?: X+)*");
  private static final Pattern LATIN_LETTER = Pattern.compile("[A-Za-z]");
  private static final Pattern WITH_PARENTHESISED = Pattern.compile("([^()]+?)\\s*\\(([^()]+)\\)");
  private static final List<Map.Entry<String, String>> SCRIPT_LEGAL_FORMS =
      Stream.concat(HanNames.LEGAL_FORMS.stream(), HangulNames.LEGAL_FORMS.stream()).toList();

  private static final ThreadLocal<Transliterator> HAN_TO_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));
  private static final ThreadLocal<Transliterator> LATIN_TO_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));
  private static final ThreadLocal<Transliterator> ANY_TO_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  /**
   * Pinyin of each Han character seen. Han-Latin costs about half a millisecond per name; the
   * characters of company names are a few thousand, so a per-character cache makes it cheap. ICU
   * reads characters one at a time here anyway, except for a few phrases that names rarely hold.
   */
  private static final ConcurrentHashMap<Integer, String> PINYIN = new ConcurrentHashMap<>();

  private final Set<String> places;

  /**
   * @param placeNames upper-case Latin names of cities, provinces and counties; spaces and
   *     punctuation are ignored, so {@code NONG'AN} and {@code JILIN CITY} are recognised as
   *     written or glued
   */
  public NameNormaliser(Set<String> placeNames) {
    requireNonNull(placeNames, "placeNames is null");
    Set<String> keys = new HashSet<>();
    for (String place : placeNames) {
      String key = placeKey(requireNonNull(place, "place name is null"));
      if (!key.isEmpty()) {
        keys.add(key);
      }
    }
    this.places = keys;
  }

  /** A normaliser that recognises the given places; convenient in tests. */
  public static NameNormaliser withPlaces(String... placeNames) {
    return new NameNormaliser(new HashSet<>(Arrays.asList(placeNames)));
  }

  /** Normalises one name; a null or blank name is a placeholder. */
  public NormalisedName normalise(String rawName) {
    String raw = rawName == null ? "" : rawName;
    String text = latinForm(Normalizer2.getNFKCInstance().normalize(raw).strip());
    if (text.isEmpty() || NameVocabulary.PLACEHOLDERS.contains(text)) {
      return placeholder(raw);
    }

    TextStrip scriptForms = stripScriptLegalForms(text);
    String legalForm = scriptForms.canonical();

    List<Piece> pieces = toPieces(HangulNames.translated(scriptForms.text()));
    if (isPlaceholderText(withoutParentheses(pieces))) {
      return placeholder(raw);
    }

    List<String> bracketedPlaces = new ArrayList<>();
    pieces = removeParenthesisedPlaces(pieces, bracketedPlaces);

    LegalStrip trailing = stripTrailingLegalForms(pieces);
    pieces = trailing.pieces();
    legalForm = legalForm == null ? trailing.canonical() : legalForm;
    LegalStrip leading = stripLeadingLegalForms(pieces);
    pieces = leading.pieces();
    if (legalForm == null && leading.canonical() != null && !leading.canonical().isEmpty()) {
      legalForm = leading.canonical();
    }

    List<String> leadingPlaces = new ArrayList<>();
    pieces = removeLeadingPlaces(pieces, leadingPlaces);
    leadingPlaces.addAll(bracketedPlaces);
    if (leadingPlaces.isEmpty()) {
      pieces = removeTrailingPlace(pieces, leadingPlaces);
    }

    List<String> tokens = canonicalTokens(joinSyllables(pieces));
    if (tokens.isEmpty()) {
      return placeholder(raw);
    }
    String place = leadingPlaces.isEmpty() ? null : String.join(" ", leadingPlaces);
    return new NormalisedName(raw, String.join(" ", tokens), tokens, legalForm, place, false);
  }

  /**
   * A name written in two scripts, one of them in parentheses ("칭다오 진달래 의류 유한회사
   * (QINGDAO JINDALAE APPAREL CO LTD)", "HANBIT KNIT CO., LTD. (주식회사 한빛니트)"), is read by
   * its Latin form, which is how the other records of the same company spell it.
   */
  private static String latinForm(String text) {
    java.util.regex.Matcher bilingual = WITH_PARENTHESISED.matcher(text);
    if (!bilingual.matches()) {
      return text;
    }
    boolean outsideLatin = LATIN_LETTER.matcher(bilingual.group(1)).find();
    boolean insideLatin = LATIN_LETTER.matcher(bilingual.group(2)).find();
    if (outsideLatin == insideLatin) {
      return text;
    }
    return (outsideLatin ? bilingual.group(1) : bilingual.group(2)).strip();
  }

  /**
   * A token on its way through normalisation; {@code syllableRun} groups the syllables of one Han
   * or Hangul word, -1 for any other token.
   */
  private record Piece(String text, int syllableRun) {}

  private record LegalStrip(List<Piece> pieces, String canonical) {}

  private record TextStrip(String text, String canonical) {}

  /**
   * Strips legal forms written in Chinese or Korean script, which may be glued to the name: from
   * its end, repeatedly (the last one written is the legal one), or else a Korean form from its
   * start.
   */
  private static TextStrip stripScriptLegalForms(String text) {
    String rest = text;
    String outermost = null;
    for (boolean stripped = true; stripped; ) {
      stripped = false;
      for (Map.Entry<String, String> form : SCRIPT_LEGAL_FORMS) {
        if (rest.endsWith(form.getKey())) {
          rest = rest.substring(0, rest.length() - form.getKey().length()).strip();
          outermost = outermost == null ? form.getValue() : outermost;
          stripped = true;
          break;
        }
      }
    }
    if (outermost == null) {
      for (Map.Entry<String, String> form : HangulNames.LEADING_LEGAL_FORMS) {
        if (rest.startsWith(form.getKey())) {
          return new TextStrip(rest.substring(form.getKey().length()).strip(), form.getValue());
        }
      }
    }
    return new TextStrip(rest, outermost);
  }

  private static NormalisedName placeholder(String raw) {
    return new NormalisedName(raw, "", List.of(), null, null, true);
  }

  private static String placeKey(String place) {
    return PlaceRegions.key(place);
  }

  private static List<String> texts(List<Piece> pieces) {
    return pieces.stream().map(Piece::text).toList();
  }

  /** True when the pieces from {@code from} on begin with exactly {@code tokens}. */
  private static boolean textsEqual(List<Piece> pieces, int from, List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (!pieces.get(from + i).text().equals(tokens.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static String withoutParentheses(List<Piece> pieces) {
    return pieces.stream()
        .map(Piece::text)
        .filter(text -> !text.equals("(") && !text.equals(")"))
        .collect(Collectors.joining(" "));
  }

  private static boolean isPlaceholderText(String cleaned) {
    if (!HAS_LETTER.matcher(cleaned).find() || NameVocabulary.PLACEHOLDERS.contains(cleaned)
        || CROSSED_OUT.matcher(cleaned).matches()) {
      return true;
    }
    for (String prefix : NameVocabulary.PLACEHOLDER_PREFIXES) {
      if (cleaned.equals(prefix) || cleaned.startsWith(prefix + " ")) {
        return true;
      }
    }
    return false;
  }

  /** The scripts that names are split by: each has its own way to Latin. */
  private enum Script {
    HAN,
    HANGUL,
    OTHER;

    static Script of(int codePoint) {
      if (HanNames.isHan(codePoint)) {
        return HAN;
      }
      return HangulRomaniser.isSyllable(codePoint) ? HANGUL : OTHER;
    }
  }

  /** Splits text into Latin tokens, parentheses, and runs of Han or Hangul syllables. */
  private static List<Piece> toPieces(String text) {
    List<Piece> pieces = new ArrayList<>();
    int[] syllableRuns = {0};
    int start = 0;
    while (start < text.length()) {
      Script script = Script.of(text.codePointAt(start));
      int end = start;
      while (end < text.length() && Script.of(text.codePointAt(end)) == script) {
        end += Character.charCount(text.codePointAt(end));
      }
      String run = text.substring(start, end);
      switch (script) {
        case HAN -> addHanRun(run, pieces, syllableRuns);
        case HANGUL -> addSyllables(HangulRomaniser.syllables(run), pieces, syllableRuns);
        case OTHER -> addLatinRun(toAscii(run), pieces);
      }
      start = end;
    }
    return pieces;
  }

  /** Folds accents and other scripts to ASCII, using the cheapest transliterator that can. */
  private static String toAscii(String text) {
    if (text.chars().allMatch(c -> c < 0x80)) {
      return text;
    }
    boolean latin =
        text.codePoints()
            .mapToObj(Character.UnicodeScript::of)
            .allMatch(
                script ->
                    script == Character.UnicodeScript.LATIN
                        || script == Character.UnicodeScript.COMMON
                        || script == Character.UnicodeScript.INHERITED);
    return (latin ? LATIN_TO_ASCII : ANY_TO_ASCII).get().transliterate(text);
  }

  private static void addLatinRun(String run, List<Piece> pieces) {
    String upper = APOSTROPHES.matcher(run.toUpperCase(Locale.ROOT)).replaceAll("");
    String spaced = upper.replace("&", " AND ").replace("(", " ( ").replace(")", " ) ");
    for (String part : spaced.split("\\s+")) {
      if (part.equals("(") || part.equals(")")) {
        pieces.add(new Piece(part, -1));
        continue;
      }
      for (String token : NOT_ALNUM.matcher(part).replaceAll(" ").strip().split(" ")) {
        if (!token.isEmpty()) {
          pieces.add(new Piece(token, -1));
        }
      }
    }
  }

  /** Translates glossary words, then transliterates what is left as syllables of one name. */
  private static void addHanRun(String run, List<Piece> pieces, int[] syllableRuns) {
    int at = 0;
    int pending = 0;
    while (at < run.length()) {
      Map.Entry<String, String> word = glossaryWordAt(run, at);
      if (word == null) {
        at += Character.charCount(run.codePointAt(at));
        continue;
      }
      addSyllables(pinyin(run.substring(pending, at)), pieces, syllableRuns);
      addLatinRun(word.getValue(), pieces);
      at += word.getKey().length();
      pending = at;
    }
    addSyllables(pinyin(run.substring(pending)), pieces, syllableRuns);
  }

  private static Map.Entry<String, String> glossaryWordAt(String run, int at) {
    for (Map.Entry<String, String> word : HanNames.GLOSSARY) {
      if (run.startsWith(word.getKey(), at)) {
        return word;
      }
    }
    return null;
  }

  private static List<String> pinyin(String han) {
    return han.codePoints()
        .mapToObj(c -> PINYIN.computeIfAbsent(c, NameNormaliser::pinyinOf))
        .toList();
  }

  /** Adds the syllables of one word as a new run of pieces, joined once places are removed. */
  private static void addSyllables(List<String> syllables, List<Piece> pieces, int[] syllableRuns) {
    if (syllables.isEmpty()) {
      return;
    }
    int run = syllableRuns[0]++;
    syllables.stream()
        .filter(syllable -> !syllable.isEmpty())
        .forEach(syllable -> pieces.add(new Piece(syllable, run)));
  }

  private static String pinyinOf(int codePoint) {
    String latin = HAN_TO_LATIN.get().transliterate(new String(Character.toChars(codePoint)));
    return NOT_ALNUM.matcher(latin.toUpperCase(Locale.ROOT)).replaceAll("");
  }

  /** Removes {@code (DANDONG)} and the like, recording the place; other parentheses just go. */
  private List<Piece> removeParenthesisedPlaces(List<Piece> pieces, List<String> found) {
    List<Piece> kept = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      Piece piece = pieces.get(i);
      if (piece.text().equals("(")) {
        int close = i + 1;
        while (close < pieces.size() && !pieces.get(close).text().equals(")")) {
          close++;
        }
        String inside = String.join("", texts(pieces.subList(i + 1, close)));
        if (close < pieces.size() && places.contains(inside)) {
          found.add(inside);
          i = close;
        }
        continue;
      }
      if (!piece.text().equals(")")) {
        kept.add(piece);
      }
    }
    return kept;
  }

  private static LegalStrip stripTrailingLegalForms(List<Piece> pieces) {
    List<Piece> rest = new ArrayList<>(pieces);
    String outermost = null;
    for (boolean stripped = true; stripped; ) {
      stripped = false;
      for (LegalForms.Form form : LegalForms.TRAILING_FORMS) {
        int size = form.tokens().size();
        if (rest.size() >= size && textsEqual(rest, rest.size() - size, form.tokens())) {
          rest = new ArrayList<>(rest.subList(0, rest.size() - size));
          // The last form written is the legal one: CO LIMITED is a LIMITED company.
          outermost = outermost == null ? form.canonical() : outermost;
          stripped = true;
          break;
        }
      }
      String misspelt = stripped || rest.size() < 2
          ? null : MisspeltLegalForms.canonical(rest.get(rest.size() - 1).text());
      if (misspelt != null) {
        rest = new ArrayList<>(rest.subList(0, rest.size() - 1));
        outermost = outermost == null ? misspelt : outermost;
        stripped = true;
      }
    }
    return new LegalStrip(rest, outermost);
  }

  private static LegalStrip stripLeadingLegalForms(List<Piece> pieces) {
    for (LegalForms.Form form : LegalForms.LEADING_FORMS) {
      int size = form.tokens().size();
      if (pieces.size() > size && textsEqual(pieces, 0, form.tokens())) {
        return new LegalStrip(List.copyOf(pieces.subList(size, pieces.size())), form.canonical());
      }
    }
    return new LegalStrip(pieces, null);
  }

  /**
   * Removes up to two leading places (province, then city), longest spelling first. A second
   * place must be able to lie in the first: a Chinese enterprise name is region, trade name,
   * industry, form, and a region is refined only by a place inside it, so in {@code HANGZHOU
   * CHENGDE CLOTHING} the city of Hebei is the trade name, while {@code LIAONING DANDONG} is two
   * places.
   */
  private List<Piece> removeLeadingPlaces(List<Piece> pieces, List<String> found) {
    List<Piece> rest = pieces;
    for (int round = 0; round < MAX_LEADING_PLACES; round++) {
      int taken = 0;
      for (int k = Math.min(MAX_PLACE_TOKENS, rest.size() - 1); k >= 1 && taken == 0; k--) {
        String candidate = String.join("", texts(rest.subList(0, k)));
        if (places.contains(candidate) && (found.isEmpty() || canLieIn(candidate, found))) {
          found.add(candidate);
          taken = k;
        }
      }
      if (taken == 0) {
        break;
      }
      if (rest.size() > taken + 1
          && NameVocabulary.PLACE_SUFFIXES.contains(rest.get(taken).text())) {
        taken++;
      }
      rest = rest.subList(taken, rest.size());
    }
    return rest;
  }

  /**
   * Whether {@code place} can lie in the region of the places already found; a place the
   * gazetteer gives no region (a test's own place list) is not held apart.
   */
  private static boolean canLieIn(String place, List<String> found) {
    Set<String> regions = PlaceRegions.ofKeys(place);
    Set<String> around = PlaceRegions.ofKeys(String.join(" ", found));
    return regions.isEmpty() || around.isEmpty() || !Collections.disjoint(regions, around);
  }

  /** Removes a place that ends the name ({@code KANGHUI FOODS DANDONG}), when none led it. */
  private List<Piece> removeTrailingPlace(List<Piece> pieces, List<String> found) {
    for (int k = Math.min(MAX_PLACE_TOKENS, pieces.size() - 1); k >= 1; k--) {
      String candidate = String.join("", texts(pieces.subList(pieces.size() - k, pieces.size())));
      if (places.contains(candidate)) {
        found.add(candidate);
        return pieces.subList(0, pieces.size() - k);
      }
    }
    return pieces;
  }

  private static List<String> joinSyllables(List<Piece> pieces) {
    List<String> tokens = new ArrayList<>();
    int previousRun = -1;
    for (Piece piece : pieces) {
      if (piece.syllableRun() >= 0 && piece.syllableRun() == previousRun) {
        tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + piece.text());
      } else {
        tokens.add(piece.text());
      }
      previousRun = piece.syllableRun();
    }
    return tokens;
  }

  /** Words as name tokens: singular, abbreviated to the canonical form, stop words dropped. */
  static List<String> canonicalTokens(List<String> words) {
    List<String> tokens = new ArrayList<>();
    for (String word : words) {
      String singular = singular(word);
      String canonical = NameVocabulary.CANONICAL.getOrDefault(singular, singular);
      for (String token : canonical.split(" ")) {
        if (!NameVocabulary.STOP_WORDS.contains(token)) {
          tokens.add(token);
        }
      }
    }
    return tokens;
  }

  /**
   * The word and its English plurals that {@link #singular} folds to it: a word folded standing
   * alone is still written in the plural inside a glued token (ATLAS is ATLA alone, but ATLAS in
   * ATLASMACHINERY).
   */
  static List<String> writtenForms(String word) {
    List<String> forms = new ArrayList<>(3);
    forms.add(word);
    addIfFoldsTo(forms, word + "S", word);
    if (word.endsWith("Y")) {
      addIfFoldsTo(forms, word.substring(0, word.length() - 1) + "IES", word);
    }
    return forms;
  }

  private static void addIfFoldsTo(List<String> forms, String plural, String word) {
    if (singular(plural).equals(word)) {
      forms.add(plural);
    }
  }

  /** English plural folding, applied to every token so that both sides of a pair fold alike. */
  static String singular(String word) {
    if (word.length() <= 3 || !word.endsWith("S") || Character.isDigit(word.charAt(0))) {
      return word;
    }
    if (word.endsWith("IES")) {
      return word.substring(0, word.length() - 3) + "Y";
    }
    if (word.endsWith("SS") || word.endsWith("US") || word.endsWith("IS")) {
      return word;
    }
    return word.substring(0, word.length() - 1);
  }
}
