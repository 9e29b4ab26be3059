package org.tierwatch.bench;

/**
 * B-cubed precision and recall of entity resolution: per mention, the share of its resolved
 * company that belongs to its truth company, and the share of its truth company resolved with it,
 * each averaged over mentions. Every mention weighs the same, so one huge company cannot drown
 * the rest as it does pairwise.
 */
public record BCubed(double precision, double recall) {
  public BCubed {
    if (!(precision >= 0 && precision <= 1 && recall >= 0 && recall <= 1)) {
      throw new IllegalArgumentException(
          "precision and recall must be in [0, 1], got " + precision + " and " + recall);
    }
  }
}
