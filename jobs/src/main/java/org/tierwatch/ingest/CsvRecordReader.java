package org.tierwatch.ingest;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV leniently and keeps what quarantine needs: each record's physical line
 * number and raw text. General CSV libraries hide the raw text, and a quarantine row without it
 * cannot be checked by a person.
 *
 * <p>Tolerated: a UTF-8 byte-order mark, CRLF or LF line ends, blank lines, quotes inside
 * unquoted fields, and a stray quote inside a quoted field that is not followed by a delimiter.
 * A quoted field left open would swallow the rest of the file; instead, when it reaches the end
 * of the input or the record grows past the limit, its first line becomes one unreadable record
 * and reading restarts on the next line. Bytes that are not UTF-8 are decoded as U+FFFD so the
 * validator can reject the row that holds them.
 */
public final class CsvRecordReader implements Closeable {
  private static final int EOF = -1;

  private final Reader in;
  private final int maxRecordChars;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private String pushback = "";
  private int pushbackPosition;
  private long line = 1;
  private boolean started;

  public CsvRecordReader(Reader in, int maxRecordChars) {
    this.in = requireNonNull(in, "in is null");
    if (maxRecordChars <= 0) {
      throw new IllegalArgumentException("maxRecordChars must be positive");
    }
    this.maxRecordChars = maxRecordChars;
  }

  /** A reader over UTF-8 bytes, replacing malformed sequences with U+FFFD. */
  public static CsvRecordReader utf8(InputStream stream, int maxRecordChars) {
    return new CsvRecordReader(new InputStreamReader(stream, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)), maxRecordChars);
  }

  /** The next record, or null at the end of the input. */
  public CsvRecord next() throws IOException {
    if (!started) {
      started = true;
      if (peek() == '\uFEFF') {
        read();
      }
    }
    if (!skipBlankLines()) {
      return null;
    }
    long startLine = line;
    StringBuilder raw = new StringBuilder(256);
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder(64);
    boolean quoted = false;
    boolean fieldStart = true;
    int firstBreak = -1;
    while (true) {
      int c = read();
      if (c == EOF) {
        if (quoted) {
          return unterminated(startLine, raw, firstBreak);
        }
        fields.add(field.toString());
        return new CsvRecord(startLine, raw.toString(), fields, null);
      }
      if (raw.length() >= maxRecordChars) {
        if (quoted && firstBreak >= 0) {
          raw.append((char) c);
          return unterminated(startLine, raw, firstBreak);
        }
        return tooLong(startLine, raw, c);
      }
      if (quoted) {
        if (c == '"') {
          int next = peek();
          if (next == '"') {
            read();
            raw.append("\"\"");
            field.append('"');
          } else if (next == ',' || next == '\n' || next == '\r' || next == EOF) {
            raw.append('"');
            quoted = false;
          } else {
            raw.append('"');
            field.append('"');
          }
        } else {
          if (c == '\n' || c == '\r') {
            if (firstBreak < 0) {
              firstBreak = raw.length();
            }
            if (c == '\r' && peek() == '\n') {
              raw.append('\r');
              field.append('\r');
              c = read();
            }
            line++;
          }
          raw.append((char) c);
          field.append((char) c);
        }
        continue;
      }
      if (c == ',') {
        raw.append(',');
        fields.add(field.toString());
        field.setLength(0);
        fieldStart = true;
        continue;
      }
      if (c == '\n' || c == '\r') {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        line++;
        fields.add(field.toString());
        return new CsvRecord(startLine, raw.toString(), fields, null);
      }
      raw.append((char) c);
      if (c == '"' && fieldStart && field.length() == 0) {
        quoted = true;
      } else {
        field.append((char) c);
      }
      fieldStart = false;
    }
  }

  private CsvRecord unterminated(long startLine, StringBuilder raw, int firstBreak) {
    if (firstBreak < 0) {
      return new CsvRecord(startLine, raw.toString(), List.of(),
          "a quoted field is never closed");
    }
    int rest = firstBreak + 1;
    if (raw.charAt(firstBreak) == '\r' && rest < raw.length() && raw.charAt(rest) == '\n') {
      rest++;
    }
    pushback = raw.substring(rest) + pushback.substring(pushbackPosition);
    pushbackPosition = 0;
    line = startLine + 1;
    return new CsvRecord(startLine, raw.substring(0, firstBreak), List.of(),
        "a quoted field is never closed on this line");
  }

  private CsvRecord tooLong(long startLine, StringBuilder raw, int c) throws IOException {
    while (c != EOF && c != '\n' && c != '\r') {
      c = read();
    }
    if (c == '\r' && peek() == '\n') {
      read();
    }
    if (c != EOF) {
      line++;
    }
    return new CsvRecord(startLine, raw.toString(), List.of(),
        "the record is longer than " + maxRecordChars + " characters");
  }

  private boolean skipBlankLines() throws IOException {
    while (true) {
      int c = peek();
      if (c == EOF) {
        return false;
      }
      if (c == '\n') {
        read();
        line++;
      } else if (c == '\r') {
        read();
        if (peek() == '\n') {
          read();
        }
        line++;
      } else {
        return true;
      }
    }
  }

  private int peek() throws IOException {
    if (pushbackPosition < pushback.length()) {
      return pushback.charAt(pushbackPosition);
    }
    if (position >= limit && !fill()) {
      return EOF;
    }
    return buffer[position];
  }

  private int read() throws IOException {
    if (pushbackPosition < pushback.length()) {
      return pushback.charAt(pushbackPosition++);
    }
    if (position >= limit && !fill()) {
      return EOF;
    }
    return buffer[position++];
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    while (n == 0) {
      n = in.read(buffer, 0, buffer.length);
    }
    if (n < 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
