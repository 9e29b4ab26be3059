package org.tierwatch.normalise;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the country text of trade records (ISO alpha-2, alpha-3, English names and the usual
 * variants of customs data) into ISO 3166-1 alpha-2 codes.
 */
public final class Countries {
  private static final Map<String, String> LOOKUP = buildLookup();

  private Countries() {}

  /** The alpha-2 code for a country text, if it names one. */
  public static Optional<String> iso2(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(LOOKUP.get(key(text)));
  }

  /** Every known spelling, already in {@link #key(String)} form, to its alpha-2 code. */
  public static Map<String, String> lookup() {
    return LOOKUP;
  }

  /** The form a country text is looked up in: upper case, letters and single spaces only. */
  public static String key(String text) {
    // A loop, not a regular expression: pair scoring looks up the last words of every address.
    String upper = text.toUpperCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(upper.length());
    boolean gap = false;
    for (int i = 0; i < upper.length(); ) {
      int c = upper.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetter(c)) {
        gap = true;
      } else {
        if (gap && key.length() > 0) {
          key.append(' ');
        }
        gap = false;
        key.appendCodePoint(c);
      }
    }
    return key.toString();
  }

  private static Map<String, String> buildLookup() {
    Map<String, String> map = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale locale = new Locale("", code);
      map.put(code, code);
      map.put(locale.getISO3Country(), code);
      map.put(key(locale.getDisplayCountry(Locale.ENGLISH)), code);
    }
    String[][] variants = {
        {"CN", "CHINA", "PRC", "P R CHINA", "P R C", "PEOPLES REPUBLIC OF CHINA",
            "PEOPLE S REPUBLIC OF CHINA", "CHINA PEOPLES REPUBLIC OF", "CHINA PEOPLE S REPUBLIC OF",
            "CHINA MAINLAND", "MAINLAND CHINA", "中国"},
        {"KP", "NORTH KOREA", "DPRK", "D P R K", "DPR KOREA", "KOREA NORTH",
            "DEMOCRATIC PEOPLES REPUBLIC OF KOREA", "DEMOCRATIC PEOPLE S REPUBLIC OF KOREA",
            "KOREA DEMOCRATIC PEOPLES REPUBLIC OF", "KOREA DEMOCRATIC PEOPLE S REPUBLIC OF",
            "조선", "朝鲜"},
        {"KR", "SOUTH KOREA", "KOREA SOUTH", "REPUBLIC OF KOREA", "KOREA REPUBLIC OF", "KOREA",
            "ROK", "대한민국", "한국", "韩国"},
        {"GB", "UK", "U K", "UNITED KINGDOM", "GREAT BRITAIN", "ENGLAND", "SCOTLAND", "WALES",
            "NORTHERN IRELAND", "BRITAIN"},
        {"US", "USA", "U S A", "U S", "UNITED STATES OF AMERICA", "AMERICA"},
        {"RU", "RUSSIA", "RUSSIAN FEDERATION"},
        {"VN", "VIETNAM", "VIET NAM"},
        {"TW", "TAIWAN", "TAIWAN PROVINCE OF CHINA", "REPUBLIC OF CHINA", "CHINESE TAIPEI"},
        {"HK", "HONG KONG", "HONG KONG SAR", "HONGKONG", "HONG KONG SAR CHINA"},
        {"MO", "MACAU", "MACAO", "MACAO SAR CHINA"},
        {"AE", "UAE", "U A E", "UNITED ARAB EMIRATES"},
        {"NL", "HOLLAND", "THE NETHERLANDS"},
        {"CZ", "CZECHIA", "CZECH REPUBLIC"},
        {"IR", "IRAN", "ISLAMIC REPUBLIC OF IRAN"},
        {"SY", "SYRIA"},
        {"LA", "LAOS"},
        {"TR", "TURKEY", "TURKIYE"},
        {"CD", "DR CONGO", "DRC"},
    };
    for (String[] row : variants) {
      for (int i = 1; i < row.length; i++) {
        map.put(key(row[i]), row[0]);
      }
    }
    return Collections.unmodifiableMap(map);
  }
}
