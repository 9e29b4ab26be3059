package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tierwatch.config.ConfigSection;
import org.tierwatch.normalise.ProductFamilies;

/**
 * Every weight and table of the risk model, read from the {@code risk-model} section
 * (conf/risk-model.conf documents each value).
 */
public record RiskModel(
    EvidenceWeights evidence,
    Map<String, Double> sectorFactors,
    PropagationSettings propagation,
    BandThresholds bands,
    int supplyLinkWindowMonths,
    ProductFamilies families,
    TransformationMap transformations) implements java.io.Serializable {
  public RiskModel {
    requireNonNull(evidence, "evidence is null");
    requireNonNull(sectorFactors, "sectorFactors is null");
    requireNonNull(propagation, "propagation is null");
    requireNonNull(bands, "bands is null");
    requireNonNull(families, "families is null");
    requireNonNull(transformations, "transformations is null");
    if (supplyLinkWindowMonths < 1) {
      throw new IllegalArgumentException("the supply-link window is at least one month");
    }
    sectorFactors = Collections.unmodifiableMap(new TreeMap<>(sectorFactors));
    for (String sector : families.sectors()) {
      if (!sectorFactors.containsKey(sector)) {
        throw new IllegalArgumentException("no sector factor for sector '" + sector + "'");
      }
    }
  }

  /** Reads the whole model from the section that conf/risk-model.conf defines. */
  public static RiskModel from(ConfigSection section) {
    ProductFamilies families = ProductFamilies.from(section.section("product-families"));
    TransformationMap transformations =
        TransformationMap.from(section.section("transformations"), families);
    EvidenceWeights evidence = EvidenceWeights.from(section.section("evidence"));
    Map<String, Double> sectorFactors = section.fractionMap("sector-factors");
    PropagationSettings propagation = PropagationSettings.from(section.section("propagation"));
    BandThresholds bands = BandThresholds.from(section.section("bands"));
    int window = section.positiveInt("supply-link-window-months");
    section.requireAllKeysRead();

    Set<String> sectors = families.sectors();
    for (String sector : sectors) {
      if (!sectorFactors.containsKey(sector)) {
        throw section.invalid("sector-factors", "has no factor for sector '" + sector + "'");
      }
    }
    for (String sector : sectorFactors.keySet()) {
      if (!sectors.contains(sector)) {
        throw section.invalid("sector-factors", "names '" + sector + "', which no family has");
      }
    }
    evidence.overseasLabourSectors().forEach((country, reported) -> {
      for (String sector : reported) {
        if (!sectors.contains(sector)) {
          throw section.invalid("evidence", "overseas-labour country " + country
              + " names unknown sector '" + sector + "'");
        }
      }
    });
    for (String family : union(evidence.reimportRawFamilies(), evidence.reimportProcessedFamilies())) {
      if (!families.contains(family)) {
        throw section.invalid("evidence", "reimport-processing names unknown family '" + family + "'");
      }
    }
    return new RiskModel(evidence, sectorFactors, propagation, bands, window, families,
        transformations);
  }

  /** The sector factor of the sector a family belongs to. */
  public double sectorFactorOf(String family) {
    return sectorFactors.get(families.sectorOf(family));
  }

  public RiskModel withPropagation(PropagationSettings settings) {
    return new RiskModel(evidence, sectorFactors, settings, bands, supplyLinkWindowMonths,
        families, transformations);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> result = new java.util.TreeSet<>(a);
    result.addAll(b);
    return result;
  }
}
