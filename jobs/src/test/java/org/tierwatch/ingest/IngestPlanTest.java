package org.tierwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IngestPlanTest {
  private final List<String> hashed = new ArrayList<>();

  @Test
  void aNewFileIsReadAndAFileSeenAsItWasIsNot() {
    IngestPlan plan = IngestPlan.of(
        List.of(landed("bol/a.csv", 10, 100), landed("bol/b.csv", 20, 200)),
        List.of(ingested("bol/a.csv", 10, 100, "aaa")), this::hash);

    assertEquals(List.of("bol/b.csv"), plan.toRead().stream().map(InputFile::path).toList());
    assertEquals(List.of("bol/a.csv"), plan.unchanged().stream().map(IngestedFile::path).toList());
    assertEquals("run-1", plan.unchanged().get(0).runId());
    assertEquals(Set.of("bol/b.csv"), plan.pathsToReplace(InputSource.BOL));
    assertEquals(List.of(), hashed, "size and time agree: no checksum needed");
  }

  @Test
  void aTouchedFileWithTheSameBytesIsNotReadAgainButKeepsItsNewTime() {
    IngestPlan plan = IngestPlan.of(List.of(landed("bol/a.csv", 10, 999)),
        List.of(ingested("bol/a.csv", 10, 100, "sum:bol/a.csv")), this::hash);

    assertEquals(List.of(), plan.toRead());
    assertEquals(999, plan.unchanged().get(0).modifiedAt());
    assertEquals("run-1", plan.unchanged().get(0).runId());
    assertEquals(List.of("bol/a.csv"), hashed);
  }

  @Test
  void aChangedFileIsReadAndReplacesItsRows() {
    IngestPlan plan = IngestPlan.of(
        List.of(landed("bol/a.csv", 10, 999), landed("bol/b.csv", 21, 200)),
        List.of(ingested("bol/a.csv", 10, 100, "old"), ingested("bol/b.csv", 20, 200, "old")),
        this::hash);

    assertEquals(List.of("bol/a.csv", "bol/b.csv"),
        plan.toRead().stream().map(InputFile::path).toList());
    assertEquals(Set.of("bol/a.csv", "bol/b.csv"), plan.replaced());
    assertEquals(List.of("bol/a.csv"), hashed, "a different size needs no checksum");
  }

  @Test
  void theRowsOfAFileNoLongerLandedLeaveTheTables() {
    IngestPlan plan = IngestPlan.of(List.of(),
        List.of(ingested("bol/gone.csv", 10, 100, "x")), this::hash);

    assertEquals(List.of("bol/gone.csv"),
        plan.removed().stream().map(IngestedFile::path).toList());
    assertEquals(Set.of("bol/gone.csv"), plan.pathsToReplace(InputSource.BOL));
    assertEquals(Set.of(), plan.pathsToReplace(InputSource.IMPORTS));
  }

  private String hash(InputFile file) {
    hashed.add(file.path());
    return "sum:" + file.path();
  }

  private static InputFile landed(String path, long bytes, long modifiedAt) {
    return new InputFile(InputSource.BOL, path, bytes, modifiedAt);
  }

  private static IngestedFile ingested(String path, long size, long modifiedAt, String sum) {
    return new IngestedFile(path, InputSource.BOL.id(), size, modifiedAt, sum, "run-1", 3, 2, 1);
  }
}
