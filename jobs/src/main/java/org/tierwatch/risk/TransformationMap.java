package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tierwatch.config.ConfigSection;
import org.tierwatch.normalise.ProductFamilies;

/**
 * Which input families a buyer can turn into which output families (fish into prepared seafood,
 * components into machinery). A family always becomes itself, so traders pass risk through.
 */
public final class TransformationMap implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<String, Set<String>> outputs;

  public TransformationMap(Map<String, ? extends Set<String>> outputs) {
    requireNonNull(outputs, "outputs is null");
    Map<String, Set<String>> copy = new TreeMap<>();
    outputs.forEach((input, targets) -> copy.put(requireNonNull(input, "input family is null"),
        Collections.unmodifiableSet(new TreeSet<>(requireNonNull(targets, "targets is null")))));
    this.outputs = Collections.unmodifiableMap(copy);
  }

  /** Reads input family -> list of output families; every id must be a known family. */
  public static TransformationMap from(ConfigSection section, ProductFamilies families) {
    Map<String, Set<String>> outputs = new TreeMap<>();
    for (String input : section.keys()) {
      Set<String> targets = new TreeSet<>(section.stringList(input));
      for (String family : targets) {
        if (!families.contains(family)) {
          throw section.invalid(input, "names unknown product family '" + family + "'");
        }
      }
      if (!families.contains(input)) {
        throw section.invalid(input, "is not a product family");
      }
      outputs.put(input, targets);
    }
    section.requireAllKeysRead();
    return new TransformationMap(outputs);
  }

  public boolean canBecome(String inputFamily, String outputFamily) {
    requireNonNull(inputFamily, "inputFamily is null");
    requireNonNull(outputFamily, "outputFamily is null");
    return inputFamily.equals(outputFamily)
        || outputs.getOrDefault(inputFamily, Set.of()).contains(outputFamily);
  }

  /** The configured map, input family -> output families, sorted. */
  public Map<String, Set<String>> asMap() {
    return outputs;
  }
}
