package org.tierwatch.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Legal forms of companies in many languages, as token sequences after punctuation became spaces
 * ({@code CO.,LTD} is {@code CO LTD}, {@code A/S} is {@code A S}, {@code SP. Z O.O.} is
 * {@code SP Z O O}), each with one canonical form. Forms are stripped from the end of a name,
 * repeatedly ({@code CO LIMITED} is {@code CO} then {@code LIMITED}); a few forms that precede the
 * name (Russian {@code OOO}, Indonesian {@code PT}) are stripped from the start.
 */
final class LegalForms {

  /** A legal form as tokens, with its canonical name. */
  record Form(List<String> tokens, String canonical) {}

  private static final Map<String, String> TRAILING =
      Map.ofEntries(
          // English and Commonwealth
          Map.entry("CO LTD", "LTD"),
          Map.entry("CO LIMITED", "LTD"),
          Map.entry("COMPANY LIMITED", "LTD"),
          Map.entry("LIMITED", "LTD"),
          Map.entry("LTD", "LTD"),
          Map.entry("PTE LTD", "LTD"),
          Map.entry("PVT LTD", "LTD"),
          Map.entry("PRIVATE LIMITED", "LTD"),
          Map.entry("PTY LTD", "LTD"),
          Map.entry("PUBLIC LIMITED COMPANY", "PLC"),
          Map.entry("PLC", "PLC"),
          Map.entry("P L C", "PLC"),
          Map.entry("INC", "INC"),
          Map.entry("INCORPORATED", "INC"),
          Map.entry("CORP", "CORP"),
          Map.entry("CORPORATION", "CORP"),
          Map.entry("LLC", "LLC"),
          Map.entry("L L C", "LLC"),
          Map.entry("LIMITED LIABILITY COMPANY", "LLC"),
          Map.entry("LLP", "LLP"),
          Map.entry("LP", "LP"),
          Map.entry("CO", "CO"),
          Map.entry("COMPANY", "CO"),
          Map.entry("JOINT STOCK COMPANY", "JSC"),
          Map.entry("JSC", "JSC"),
          // German, Dutch, Nordic
          Map.entry("GMBH", "GMBH"),
          Map.entry("GMBH AND CO KG", "GMBH & CO KG"),
          Map.entry("AG", "AG"),
          Map.entry("KG", "KG"),
          Map.entry("BV", "BV"),
          Map.entry("B V", "BV"),
          Map.entry("NV", "NV"),
          Map.entry("N V", "NV"),
          Map.entry("AS", "AS"),
          Map.entry("A S", "AS"),
          Map.entry("ASA", "AS"),
          Map.entry("APS", "APS"),
          Map.entry("AB", "AB"),
          Map.entry("OY", "OY"),
          Map.entry("OYJ", "OY"),
          // Romance languages
          Map.entry("SA", "SA"),
          Map.entry("S A", "SA"),
          Map.entry("SL", "SL"),
          Map.entry("S L", "SL"),
          Map.entry("SLU", "SL"),
          Map.entry("SPA", "SPA"),
          Map.entry("S P A", "SPA"),
          Map.entry("SRL", "SRL"),
          Map.entry("S R L", "SRL"),
          Map.entry("SARL", "SARL"),
          Map.entry("SAS", "SAS"),
          Map.entry("S A S", "SAS"),
          Map.entry("SA DE CV", "SA DE CV"),
          Map.entry("S A DE C V", "SA DE CV"),
          Map.entry("LTDA", "LTDA"),
          // Polish, Czech, Russian
          Map.entry("SP Z O O", "SP Z OO"),
          Map.entry("SP ZOO", "SP Z OO"),
          Map.entry("SP Z OO", "SP Z OO"),
          Map.entry("S R O", "SRO"),
          Map.entry("SRO", "SRO"),
          Map.entry("OOO", "OOO"),
          // Asia
          Map.entry("SDN BHD", "SDN BHD"),
          Map.entry("BHD", "BHD"),
          Map.entry("KK", "KK"),
          Map.entry("K K", "KK"),
          Map.entry("KABUSHIKI KAISHA", "KK"),
          Map.entry("TBK", "TBK"));

  private static final Map<String, String> LEADING =
      Map.of(
          "OOO", "OOO",
          "ZAO", "ZAO",
          "OAO", "OAO",
          "PAO", "PAO",
          "PT", "PT",
          "CV", "CV",
          "KABUSHIKI KAISHA", "KK",
          "M S", "",
          "MESSRS", "");

  static final List<Form> TRAILING_FORMS = longestFirst(TRAILING);
  static final List<Form> LEADING_FORMS = longestFirst(LEADING);

  private LegalForms() {}

  private static List<Form> longestFirst(Map<String, String> forms) {
    List<Form> list = new ArrayList<>();
    forms.forEach((tokens, canonical) -> list.add(new Form(List.of(tokens.split(" ")), canonical)));
    // Longest first, so that CO LTD wins over LTD and GMBH AND CO KG over KG.
    list.sort(
        Comparator.comparingInt((Form f) -> -f.tokens().size())
            .thenComparing(f -> String.join(" ", f.tokens())));
    return List.copyOf(list);
  }
}
