package org.tierwatch.ingest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * Turns one CSV file into ingested rows, lazily, so a file of any size streams through an
 * executor. The file is hashed while it is read, so its checksum costs no second pass.
 */
public final class CsvFileParser implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row> {
  private static final long serialVersionUID = 1L;

  private final InputSource source;
  private final int maxRecordChars;
  private final int maxFieldChars;

  public CsvFileParser(InputSource source, int maxRecordChars, int maxFieldChars) {
    this.source = requireNonNull(source, "source is null");
    this.maxRecordChars = maxRecordChars;
    this.maxFieldChars = maxFieldChars;
  }

  @Override
  public Iterator<Row> call(Tuple2<String, PortableDataStream> file) throws Exception {
    return new FileRows(file._1(), file._2().open());
  }

  private final class FileRows implements Iterator<Row> {
    private final String file;
    private final HashingInputStream counted;
    private final CsvRecordReader reader;
    private RowValidator validator;
    private long rowsRead;
    private Row next;
    private boolean finished;

    FileRows(String file, InputStream in) {
      this.file = file;
      this.counted = new HashingInputStream(in);
      this.reader = CsvRecordReader.utf8(counted, maxRecordChars);
    }

    @Override
    public boolean hasNext() {
      if (next == null && !finished) {
        next = advance();
      }
      return next != null;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Row row = next;
      next = null;
      return row;
    }

    private Row advance() {
      try {
        if (validator == null) {
          CsvRecord header = reader.next();
          if (header == null) {
            return finish();
          }
          validator = new RowValidator(HeaderMapping.of(source, file, header.fields()),
              maxFieldChars);
        }
        CsvRecord record = reader.next();
        if (record == null) {
          return finish();
        }
        rowsRead++;
        return IngestedRowSchema.row(source, file, record.lineNumber(),
            validator.validate(record), record.rawText());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }

    private Row finish() throws IOException {
      finished = true;
      counted.drain();
      reader.close();
      return IngestedRowSchema.fileSummary(source, file, rowsRead, counted.bytes(),
          counted.sha256());
    }
  }
}
