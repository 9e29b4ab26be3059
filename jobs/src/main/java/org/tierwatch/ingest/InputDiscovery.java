package org.tierwatch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Finds the input files of every source under an input directory (local or object store). A
 * missing directory stops the run; a missing optional folder is simply empty; files that belong
 * to no source are reported, never read.
 */
public final class InputDiscovery {
  private InputDiscovery() {}

  /** What was found: files per source, and the names that belong to none. */
  public record Found(Map<InputSource, List<InputFile>> files, List<String> ignored) {
    public List<InputFile> of(InputSource source) {
      return files.getOrDefault(source, List.of());
    }

    public List<InputFile> all() {
      return files.values().stream().flatMap(List::stream).toList();
    }
  }

  public static Found discover(String inputDirectory, Configuration hadoopConf) {
    Path root = new Path(inputDirectory);
    Map<InputSource, List<InputFile>> files = new EnumMap<>(InputSource.class);
    List<String> ignored = new ArrayList<>();
    try {
      FileSystem fs = root.getFileSystem(hadoopConf);
      if (!fs.exists(root) || !fs.getFileStatus(root).isDirectory()) {
        throw new InputException("input directory " + inputDirectory + " does not exist");
      }
      root = fs.makeQualified(root);
      List<String> folders = new ArrayList<>();
      for (InputSource source : InputSource.values()) {
        if (!folders.contains(source.folder())) {
          folders.add(source.folder());
        }
      }
      for (String folder : folders) {
        Path dir = new Path(root, folder);
        if (!fs.exists(dir)) {
          continue;
        }
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        while (it.hasNext()) {
          LocatedFileStatus status = it.next();
          String name = status.getPath().getName();
          if (name.startsWith(".") || name.startsWith("_")) {
            continue;
          }
          InputSource owner = ownerOf(folder, entryName(dir, status.getPath()));
          if (owner == null) {
            ignored.add(status.getPath().toString());
          } else {
            files.computeIfAbsent(owner, s -> new ArrayList<>())
                .add(new InputFile(owner, status.getPath().toString(), status.getLen(),
                    status.getModificationTime()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list input directory " + inputDirectory, e);
    }
    files.values().forEach(list -> list.sort(Comparator.comparing(InputFile::path)));
    ignored.sort(String::compareTo);
    return new Found(files, ignored);
  }

  /**
   * The name that decides a file's source: its own name, or for a file inside a directory (as
   * Spark writes {@code products.parquet/part-0.parquet}) that directory's name, a slash and the
   * file's name.
   */
  private static String entryName(Path folder, Path file) {
    Path top = file;
    while (top.getParent() != null && !top.getParent().equals(folder)) {
      top = top.getParent();
    }
    if (top.equals(file)) {
      return file.getName();
    }
    return top.getName() + "/" + file.getName();
  }

  private static InputSource ownerOf(String folder, String fileName) {
    for (InputSource source : InputSource.values()) {
      if (source.folder().equals(folder) && source.accepts(fileName)) {
        return source;
      }
    }
    return null;
  }
}
