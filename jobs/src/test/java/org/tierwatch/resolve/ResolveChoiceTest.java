package org.tierwatch.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResolveChoiceTest {
  private static final ResolveState.Basis BASIS = new ResolveState.Basis("0.1@t1", "cfg", "0:0");
  private static final Optional<ResolveState> SAVED =
      Optional.of(new ResolveState(BASIS, 500, 10_000, 300));

  @Test
  void newRecordsWithinTheShareAreMatchedAlone() {
    ResolveChoice choice = ResolveChoice.choose(SAVED, BASIS, false, 200, 0, 0.05, 1_000);
    assertTrue(choice.incremental());
    assertEquals("incremental: 200 new records matched against the known companies; 500 records"
        + " added since the last full resolution of 10,000 (5.00%, at most 5.00%)",
        choice.reason());
  }

  @Test
  void recordsAddedSinceTheFullResolutionPastTheShareResolveEverything() {
    ResolveChoice choice = ResolveChoice.choose(SAVED, BASIS, false, 201, 0, 0.05, 1_000);
    assertFalse(choice.incremental());
    assertTrue(choice.reason().startsWith("full: 501 records added since"), choice::reason);
  }

  @Test
  void fewRecordsInAllAreResolvedWholeEveryRun() {
    ResolveChoice choice = ResolveChoice.choose(SAVED, BASIS, false, 200, 0, 0.05, 10_501);
    assertFalse(choice.incremental());
    assertEquals("full: 10,500 party records, fewer than resolve.incremental-min-records (10,501)",
        choice.reason());
    assertTrue(ResolveChoice.choose(SAVED, BASIS, false, 200, 0, 0.05, 10_500).incremental());
  }

  @Test
  void anythingTheStateWasMadeFromThatChangedResolvesEverything() {
    assertFull("full: a full refresh was asked for", SAVED, BASIS, true, 0);
    assertFull("full: resolve.incremental-max-share is 0", SAVED, BASIS, false, 0, 0.0);
    assertFull("full: no earlier resolution to build on", Optional.empty(), BASIS, false, 0);
    assertFull("full: another build of Tierwatch made the last resolution", SAVED,
        new ResolveState.Basis("0.1@t2", "cfg", "0:0"), false, 0);
    assertFull("full: the resolve settings changed", SAVED,
        new ResolveState.Basis("0.1@t1", "cfg2", "0:0"), false, 0);
    assertFull("full: analysts' pair decisions changed", SAVED,
        new ResolveState.Basis("0.1@t1", "cfg", "1:77"), false, 0);
    assertFull("full: 2 party records are gone from the inputs", SAVED, BASIS, false, 2);
  }

  private static void assertFull(String reason, Optional<ResolveState> state,
      ResolveState.Basis basis, boolean fullRefresh, long gone) {
    assertFull(reason, state, basis, fullRefresh, gone, 0.05);
  }

  private static void assertFull(String reason, Optional<ResolveState> state,
      ResolveState.Basis basis, boolean fullRefresh, long gone, double maxShare) {
    ResolveChoice choice = ResolveChoice.choose(state, basis, fullRefresh, 10, gone, maxShare,
        1_000);
    assertFalse(choice.incremental(), choice::reason);
    assertEquals(reason, choice.reason());
  }
}
