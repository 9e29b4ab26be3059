package org.tierwatch.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests: fails on a stray quote, a CR or a missing final LF. */
final class Rfc4180 {

    /** One record and the line it starts on (the header is line 1). */
    record Row(long line, List<String> fields) {
        String get(int i) {
            return fields.get(i);
        }
    }

    private Rfc4180() {
    }

    static List<Row> read(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        if (text.indexOf('\r') >= 0) {
            throw new IllegalStateException(file + ": CR in file");
        }
        if (!text.endsWith("\n")) {
            throw new IllegalStateException(file + ": no final LF");
        }
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        long line = 1;
        long rowStart = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new IllegalStateException(file + ":" + line + ": unterminated quote");
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n') {
                        line++;
                    }
                    field.append(q);
                    i++;
                }
                char next = text.charAt(i);
                if (next != ',' && next != '\n') {
                    throw new IllegalStateException(file + ":" + line + ": text after closing quote");
                }
                continue;
            }
            if (c == '"') {
                throw new IllegalStateException(file + ":" + line + ": quote inside unquoted field");
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                rows.add(new Row(rowStart, List.copyOf(fields)));
                fields.clear();
                line++;
                rowStart = line;
            } else {
                field.append(c);
            }
            i++;
        }
        return rows;
    }
}
