package org.tierwatch.ingest;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which landed files a run reads, decided on the driver from the listing and the
 * {@code ingested_files} of earlier runs. A file never seen is read; a file with the size and
 * modification time it had is unchanged; otherwise its checksum decides. The rows of a changed
 * file, and of a file that is no longer in the input directory, are replaced: the raw tables
 * always mirror the files present, so an incremental run ends where a full rebuild would.
 *
 * @param toRead new and changed files, read by this run
 * @param unchanged the rows of {@code ingested_files} that stand, for files not read again
 * @param replaced paths whose earlier rows leave the raw tables: changed and removed files
 * @param removed files ingested before that are no longer in the input directory
 */
public record IngestPlan(
    List<InputFile> toRead, List<IngestedFile> unchanged, Set<String> replaced,
    List<IngestedFile> removed) {

  public IngestPlan {
    toRead = List.copyOf(requireNonNull(toRead, "toRead is null"));
    unchanged = List.copyOf(requireNonNull(unchanged, "unchanged is null"));
    replaced = Set.copyOf(requireNonNull(replaced, "replaced is null"));
    removed = List.copyOf(requireNonNull(removed, "removed is null"));
  }

  /**
   * @param checksum the SHA-256 of a file, asked only for files whose size or modification time
   *     moved
   */
  public static IngestPlan of(List<InputFile> landed, List<IngestedFile> before,
      Function<InputFile, String> checksum) {
    Map<String, IngestedFile> known = new HashMap<>();
    before.forEach(f -> known.put(f.path(), f));
    List<InputFile> toRead = new ArrayList<>();
    List<IngestedFile> unchanged = new ArrayList<>();
    Set<String> replaced = new HashSet<>();
    Set<String> present = new HashSet<>();
    for (InputFile file : landed) {
      present.add(file.path());
      IngestedFile earlier = known.get(file.path());
      if (earlier == null) {
        toRead.add(file);
      } else if (earlier.size() == file.bytes() && earlier.modifiedAt() == file.modifiedAt()) {
        unchanged.add(earlier);
      } else if (earlier.size() == file.bytes() && earlier.checksum().equals(checksum.apply(file))) {
        unchanged.add(earlier.touched(file.modifiedAt()));
      } else {
        toRead.add(file);
        replaced.add(file.path());
      }
    }
    List<IngestedFile> removed = new ArrayList<>();
    for (IngestedFile earlier : before) {
      if (!present.contains(earlier.path())) {
        removed.add(earlier);
        replaced.add(earlier.path());
      }
    }
    removed.sort(java.util.Comparator.comparing(IngestedFile::path));
    return new IngestPlan(toRead, unchanged, replaced, removed);
  }

  /** Every file is read again and every earlier row replaced. */
  public static IngestPlan fullRefresh(List<InputFile> landed) {
    return new IngestPlan(landed, List.of(), Set.of(), List.of());
  }

  public List<InputFile> toRead(InputSource source) {
    return toRead.stream().filter(f -> f.source() == source).toList();
  }

  /** The paths whose rows in one source's tables this run replaces: files read and removed. */
  public Set<String> pathsToReplace(InputSource source) {
    Set<String> paths = new java.util.TreeSet<>();
    toRead(source).forEach(f -> paths.add(f.path()));
    removed.stream().filter(f -> f.source().equals(source.id())).forEach(f -> paths.add(f.path()));
    return paths;
  }
}
