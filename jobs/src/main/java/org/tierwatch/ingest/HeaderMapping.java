package org.tierwatch.ingest;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each contract column sits in one file's header, and which header columns are extra.
 * Header names are matched after folding case, spaces, quotes and a byte-order mark, because real
 * exports write "Bol Number" or "\"hs_code\"" as often as the contract's names.
 */
public final class HeaderMapping implements Serializable {
  private static final long serialVersionUID = 1L;

  private final InputSource source;
  private final int fieldCount;
  private final int[] contractIndex;
  private final List<String> extraNames;
  private final int[] extraIndex;

  private HeaderMapping(InputSource source, int fieldCount, int[] contractIndex,
      List<String> extraNames, int[] extraIndex) {
    this.source = source;
    this.fieldCount = fieldCount;
    this.contractIndex = contractIndex;
    this.extraNames = List.copyOf(extraNames);
    this.extraIndex = extraIndex;
  }

  /**
   * Maps a header row, or fails naming the file and the first required column it lacks. A file
   * whose first row names none of the contract's columns is reported as having no header.
   */
  public static HeaderMapping of(InputSource source, String file, List<String> header) {
    requireNonNull(source, "source is null");
    requireNonNull(header, "header is null");
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = canonicalName(header.get(i));
      if (name.isEmpty()) {
        name = "column_" + (i + 1);
      }
      if (positions.putIfAbsent(name, i) != null) {
        throw new InputException(file + ": column '" + name + "' appears twice in the header");
      }
    }
    List<ColumnSpec> columns = source.columns();
    int[] contractIndex = new int[columns.size()];
    int known = 0;
    for (int i = 0; i < columns.size(); i++) {
      Integer at = positions.remove(columns.get(i).name());
      contractIndex[i] = at == null ? -1 : at;
      if (at != null) {
        known++;
      }
    }
    if (known == 0) {
      throw new InputException(file + ": the first row is not a header; expected columns such as "
          + String.join(", ", columns.stream().filter(ColumnSpec::required)
              .map(ColumnSpec::name).toList()));
    }
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).required() && contractIndex[i] < 0) {
        throw new InputException(file + ": required column '" + columns.get(i).name()
            + "' is missing from the header");
      }
    }
    List<Map.Entry<String, Integer>> extras = new ArrayList<>(positions.entrySet());
    extras.sort(Map.Entry.comparingByValue());
    List<String> extraNames = extras.stream().map(Map.Entry::getKey).toList();
    int[] extraIndex = extras.stream().mapToInt(Map.Entry::getValue).toArray();
    return new HeaderMapping(source, header.size(), contractIndex, extraNames, extraIndex);
  }

  /** Folds a header cell to the contract's spelling: lower case, underscores, no quotes. */
  public static String canonicalName(String headerCell) {
    String name = headerCell.replace("\uFEFF", "").replace("\"", "").replace("'", "").trim()
        .toLowerCase(Locale.ROOT);
    return name.replaceAll("[\\s\\-.]+", "_");
  }

  public InputSource source() {
    return source;
  }

  public int fieldCount() {
    return fieldCount;
  }

  /** The field position of the i-th contract column, or -1 when the file lacks it. */
  public int contractIndex(int contractColumn) {
    return contractIndex[contractColumn];
  }

  public List<String> extraNames() {
    return extraNames;
  }

  public int extraIndex(int extra) {
    return extraIndex[extra];
  }

  @Override
  public String toString() {
    return source.id() + " header " + Arrays.toString(contractIndex) + " extras " + extraNames;
  }
}
