package org.tierwatch.bench;

/**
 * Counts of a binary decision against the truth, with precision and recall. An empty denominator
 * gives 1.0: nothing claimed is nothing wrong, nothing to find is nothing missed.
 */
public record PrecisionRecall(long truePositives, long falsePositives, long falseNegatives) {
  public PrecisionRecall {
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  public double precision() {
    long claimed = truePositives + falsePositives;
    return claimed == 0 ? 1.0 : (double) truePositives / claimed;
  }

  public double recall() {
    long actual = truePositives + falseNegatives;
    return actual == 0 ? 1.0 : (double) truePositives / actual;
  }
}
