package org.tierwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {

    @TempDir
    Path tmp;

    @Test
    void quotesOnlyFieldsThatNeedItAndDoublesInnerQuotes() throws IOException {
        Path file = tmp.resolve("x/out.csv");
        try (CsvWriter writer = new CsvWriter(file, List.of("a", "b", "c"))) {
            writer.writeRow("Dalian Haixin Co., Ltd.", "say \"hi\"", "辽宁省大连市");
            writer.writeRow("line\nbreak", null, "");
            assertEquals(3, writer.lines());
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals("a,b,c\n\"Dalian Haixin Co., Ltd.\",\"say \"\"hi\"\"\",辽宁省大连市\n\"line\nbreak\",,\n", text);
        try (CsvRecordReader reader = CsvRecordReader.utf8(Files.newInputStream(file), 1000)) {
            reader.next();
            reader.next();
            assertEquals(List.of("line\nbreak", "", ""), reader.next().fields());
        }
    }

    @Test
    void formatsALineAsTheWriterWritesIt() {
        assertEquals("a,\"b,c\",,\"d\"\"\"", CsvWriter.line(java.util.Arrays.asList("a", "b,c", null, "d\"")));
    }

    @Test
    void refusesARowOfTheWrongWidthUnlessAskedForABrokenRow() throws IOException {
        try (CsvWriter writer = new CsvWriter(tmp.resolve("y.csv"), List.of("a", "b"))) {
            assertThrows(IllegalArgumentException.class, () -> writer.writeRow("only one"));
            writer.writeAnyRow("only one");
        }
        assertEquals("a,b\nonly one\n", Files.readString(tmp.resolve("y.csv")));
    }
}
