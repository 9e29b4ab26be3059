package org.tierwatch.pipeline;

import static java.util.Objects.requireNonNull;

/** How long one stage took and how many rows it produced. */
public record StageTiming(String stage, double seconds, long rows) {
  public StageTiming {
    requireNonNull(stage, "stage is null");
  }
}
