package org.tierwatch.locate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tierwatch.ingest.CsvRecord;
import org.tierwatch.ingest.CsvRecordReader;

/** The labelled eval file as rows keyed by header name, read with the project's CSV reader. */
final class LabelledCsv {
  private LabelledCsv() {}

  static List<Map<String, String>> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        CsvRecordReader reader = CsvRecordReader.utf8(in, 1_000_000)) {
      List<String> header = reader.next().fields();
      List<Map<String, String>> rows = new ArrayList<>();
      for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
        if (!record.readable() || record.fields().size() != header.size()) {
          throw new IOException(file + " line " + record.lineNumber() + " does not fit the header");
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), record.fields().get(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }
}
