package org.tierwatch.ingest;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one CSV file as RFC 4180 with LF line ends and UTF-8: a field is quoted when it holds
 * a comma, a quote or a line break, and inner quotes are doubled. Counts the lines it wrote so
 * callers can name the line of a row (the header is line 1).
 */
public final class CsvWriter implements Closeable {

    private static final int BUFFER_CHARS = 1 << 16;

    private final Writer out;
    private final int columns;
    private long linesWritten;

    public CsvWriter(Path file, List<String> header) throws IOException {
        requireNonNull(file, "file is null");
        requireNonNull(header, "header is null");
        Files.createDirectories(file.toAbsolutePath().getParent());
        this.out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER_CHARS);
        this.columns = header.size();
        writeRow(header.toArray(new String[0]));
    }

    /** Writes a row that must have as many fields as the header; null fields are written empty. */
    public void writeRow(String... fields) throws IOException {
        if (fields.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " fields, got " + fields.length);
        }
        writeAnyRow(fields);
    }

    /** Writes a row whatever its field count: the generator uses it for deliberately broken rows. */
    public void writeAnyRow(String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            writeField(fields[i]);
        }
        out.write('\n');
        linesWritten++;
    }

    /** Lines written so far, the header included; the next row lands on line {@code lines() + 1}. */
    public long lines() {
        return linesWritten;
    }

    private void writeField(String field) throws IOException {
        out.write(quote(field));
    }

    /** One CSV line (without its line end) of the given fields, quoted as this writer quotes. */
    public static String line(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quote(fields.get(i)));
        }
        return line.toString();
    }

    private static String quote(String field) {
        if (field == null || field.isEmpty()) {
            return "";
        }
        return needsQuotes(field) ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    private static boolean needsQuotes(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
