package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

/**
 * A supply link seen from the buyer's state it feeds: the supplier's state, the link's share and
 * its hop factor d x sigma^gamma.
 */
record InboundFeed(CompanyFamily source, double share, double factor) {
  InboundFeed {
    requireNonNull(source, "source is null");
  }
}
