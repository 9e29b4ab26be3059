package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a run resolves every party record again or matches only the new ones against the
 * last full resolution ({@link IncrementalResolution}), and why. Matching new records alone is
 * the nightly case: a day adds a fraction of a percent of the records. It is only as good as
 * the saved state, so anything the state was made from that has changed since (the build, the
 * resolve settings, analysts' pair decisions, a record that is gone) resolves everything again,
 * and so does the drift of token prices and namesakes once the records added since the full
 * resolution pass {@code maxShare} of those it resolved. Below {@code minRecords} records a full
 * resolution is cheap, and every run makes one.
 *
 * @param incremental true to match only the new records
 * @param reason one line for the console and the runs table
 */
record ResolveChoice(boolean incremental, String reason) {
  ResolveChoice {
    requireNonNull(reason, "reason is null");
  }

  /**
   * @param state what the last full resolution saved, if anything
   * @param current what this run's resolution would depend on
   * @param freshRecords party records without a company yet
   * @param goneRecords records of a company that are no longer among the parties
   * @param maxShare records added since the full resolution, as a share of those it resolved,
   *     past which everything is resolved again
   * @param minRecords with fewer records than this in all, everything is resolved again
   */
  static ResolveChoice choose(Optional<ResolveState> state, ResolveState.Basis current,
      boolean fullRefresh, long freshRecords, long goneRecords, double maxShare,
      long minRecords) {
    requireNonNull(state, "state is null");
    requireNonNull(current, "current is null");
    if (fullRefresh) {
      return full("a full refresh was asked for");
    }
    if (maxShare == 0) {
      return full("resolve.incremental-max-share is 0");
    }
    if (state.isEmpty()) {
      return full("no earlier resolution to build on");
    }
    ResolveState saved = state.get();
    ResolveState.Basis basis = saved.basis();
    if (!basis.build().equals(current.build())) {
      return full("another build of Tierwatch made the last resolution");
    }
    if (!basis.configHash().equals(current.configHash())) {
      return full("the resolve settings changed");
    }
    if (!basis.decisions().equals(current.decisions())) {
      return full("analysts' pair decisions changed");
    }
    if (goneRecords > 0) {
      return full(String.format(Locale.ROOT, "%,d party records are gone from the inputs",
          goneRecords));
    }
    long added = saved.attachedRecords() + freshRecords;
    if (saved.resolvedRecords() + added < minRecords) {
      return full(String.format(Locale.ROOT,
          "%,d party records, fewer than resolve.incremental-min-records (%,d)",
          saved.resolvedRecords() + added, minRecords));
    }
    double share = saved.resolvedRecords() == 0 ? 1 : (double) added / saved.resolvedRecords();
    String since = String.format(Locale.ROOT,
        "%,d records added since the last full resolution of %,d (%.2f%%, at most %.2f%%)",
        added, saved.resolvedRecords(), 100 * share, 100 * maxShare);
    if (share > maxShare) {
      return full(since);
    }
    return new ResolveChoice(true, String.format(Locale.ROOT,
        "incremental: %,d new records matched against the known companies; %s", freshRecords,
        since));
  }

  private static ResolveChoice full(String why) {
    return new ResolveChoice(false, "full: " + why);
  }
}
