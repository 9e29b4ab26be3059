package org.tierwatch.locate;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tierwatch.ingest.CsvRecord;
import org.tierwatch.ingest.CsvRecordReader;
import org.tierwatch.ingest.CsvWriter;
import org.tierwatch.ingest.HeaderMapping;
import org.tierwatch.ingest.InputException;

/**
 * Locates the {@code address} column of any CSV file, streaming: every input column passes
 * through and {@code province}, {@code city}, {@code confidence} and {@code evidence} are added.
 * Optional columns {@code country}, {@code registration_id}, {@code phone} and
 * {@code port_of_lading} are used when present. A row that cannot be read gets UNKNOWN and the
 * reason, never a crash.
 */
public final class CsvLocator {
  private static final int MAX_RECORD_CHARS = 1_000_000;
  private static final List<String> ADDED = List.of("province", "city", "confidence", "evidence");

  private final Locator locator;

  public CsvLocator(Locator locator) {
    this.locator = requireNonNull(locator, "locator is null");
  }

  /** What a run did: rows written and how many were placed in Liaoning or Jilin. */
  public record Summary(long rows, long liaoning, long jilin, long unreadable) {}

  public Summary locate(Path input, Path output) throws IOException {
    if (!Files.isRegularFile(input)) {
      throw new InputException("input file " + input + " does not exist");
    }
    try (InputStream in = Files.newInputStream(input);
        CsvRecordReader reader = CsvRecordReader.utf8(in, MAX_RECORD_CHARS)) {
      CsvRecord header = reader.next();
      if (header == null || !header.readable()) {
        throw new InputException(input + ": the file has no readable header row");
      }
      List<String> names = header.fields().stream().map(HeaderMapping::canonicalName).toList();
      int address = names.indexOf("address");
      if (address < 0) {
        throw new InputException(input + ": there is no 'address' column to locate");
      }
      List<String> outHeader = new ArrayList<>(header.fields());
      outHeader.addAll(ADDED);
      long rows = 0;
      long liaoning = 0;
      long jilin = 0;
      long unreadable = 0;
      try (CsvWriter writer = new CsvWriter(output, outHeader)) {
        for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
          rows++;
          List<String> fields = new ArrayList<>(record.fields());
          String problem = problem(record, header.fields().size());
          while (fields.size() < header.fields().size()) {
            fields.add("");
          }
          if (problem != null) {
            unreadable++;
            fields = new ArrayList<>(fields.subList(0, header.fields().size()));
            fields.addAll(List.of(Province.UNKNOWN.name(), "", "0", "unreadable row: " + problem));
          } else {
            Location location = locator.locate(new AddressQuery(fields.get(address),
                field(fields, names, "country"), field(fields, names, "registration_id"),
                field(fields, names, "phone"), field(fields, names, "port_of_lading")));
            liaoning += location.province() == Province.LIAONING ? 1 : 0;
            jilin += location.province() == Province.JILIN ? 1 : 0;
            fields.add(location.province().name());
            fields.add(location.city() == null ? "" : location.city());
            fields.add(String.format(Locale.ROOT, "%.3f", location.confidence()));
            fields.add(location.evidenceText());
          }
          writer.writeRow(fields.toArray(String[]::new));
        }
      }
      return new Summary(rows, liaoning, jilin, unreadable);
    }
  }

  private static String problem(CsvRecord record, int width) {
    if (!record.readable()) {
      return record.problem();
    }
    if (record.fields().size() != width) {
      return "the row has " + record.fields().size() + " fields, the header has " + width;
    }
    return null;
  }

  private static String field(List<String> fields, List<String> names, String column) {
    int at = names.indexOf(column);
    return at < 0 ? null : fields.get(at);
  }
}
