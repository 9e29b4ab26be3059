package org.tierwatch.bench;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A goal of the benchmark and how the run stands against it: met, missed, or not measured.
 *
 * @param value the measured figure, null when not measured
 * @param notMeasured why there is no figure, null when there is one
 */
record Target(String name, String goal, Double value, boolean met, String notMeasured) {
  Target {
    requireNonNull(name, "name is null");
    requireNonNull(goal, "goal is null");
  }

  /** The goals of issue 6; the time goals are set for scale 1. */
  static List<Target> evaluate(BenchReport report) {
    List<Target> targets = new ArrayList<>();
    targets.add(atMost("full_nightly_seconds", 300, Measured.of(report.full().seconds())));
    targets.add(atMost("full_to_floor_ratio", 4, Measured.of(report.fullToFloorRatio())));
    targets.add(atMost("incremental_seconds", 60, Measured.of(report.incremental().seconds())));
    AccuracyReport accuracy = report.accuracy();
    targets.add(atLeast("address_precision", 0.99,
        accuracy.addressPerPartyRecord().map(PrecisionRecall::precision)));
    targets.add(atLeast("address_recall", 0.97,
        accuracy.addressPerPartyRecord().map(PrecisionRecall::recall)));
    targets.add(atLeast("entity_pair_precision", 0.99,
        accuracy.entityPairs().map(PrecisionRecall::precision)));
    targets.add(atLeast("entity_pair_recall", 0.95,
        accuracy.entityPairs().map(PrecisionRecall::recall)));
    targets.add(atLeast("sku_exposure_recall", 1.0,
        accuracy.skuExposure().map(PrecisionRecall::recall)));
    targets.add(atLeast("sku_exposure_precision", 0.95,
        accuracy.skuExposure().map(PrecisionRecall::precision)));
    targets.add(atLeast("top_path_names_source", 0.95,
        accuracy.topPathNamesSource().map(HitRate::rate)));
    return targets;
  }

  private static Target atMost(String name, double limit, Measured<Double> figure) {
    return of(name, "<= " + limit, figure, figure.measured() && figure.value() <= limit);
  }

  private static Target atLeast(String name, double limit, Measured<Double> figure) {
    return of(name, ">= " + limit, figure, figure.measured() && figure.value() >= limit);
  }

  private static Target of(String name, String goal, Measured<Double> figure, boolean met) {
    return new Target(name, goal, figure.value(), met, figure.notMeasured());
  }

  String status() {
    return notMeasured != null ? "not measured: " + notMeasured : met ? "met" : "missed";
  }
}
