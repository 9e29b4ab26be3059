package org.tierwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

  @Test
  void readsFieldsAndLineNumbers() throws IOException {
    List<CsvRecord> records = read("a,b,c\n1,2,3\n4,5,6\n");
    assertEquals(3, records.size());
    assertEquals(List.of("1", "2", "3"), records.get(1).fields());
    assertEquals(3, records.get(2).lineNumber());
    assertEquals("4,5,6", records.get(2).rawText());
  }

  @Test
  void stripsAByteOrderMarkAndReadsCrlf() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "a,b\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    List<CsvRecord> records = read(all);
    assertEquals(List.of("a", "b"), records.get(0).fields());
    assertEquals(List.of("1", "2"), records.get(1).fields());
    assertEquals("1,2", records.get(1).rawText());
  }

  @Test
  void quotedFieldsKeepCommasDoubledQuotesAndLineBreaks() throws IOException {
    List<CsvRecord> records = read("a,b\n\"X, Y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nnext,1\n");
    assertEquals(List.of("X, Y", "say \"hi\""), records.get(1).fields());
    assertEquals(List.of("two\nlines", "z"), records.get(2).fields());
    assertEquals(3, records.get(2).lineNumber());
    assertEquals(5, records.get(3).lineNumber());
  }

  @Test
  void toleratesStrayQuotes() throws IOException {
    List<CsvRecord> records = read("a,b\nACME \"BEST\" CO,1\n\"ACME \"BEST\" CO\",2\n");
    assertEquals(List.of("ACME \"BEST\" CO", "1"), records.get(1).fields());
    assertEquals(List.of("ACME \"BEST\" CO", "2"), records.get(2).fields());
  }

  @Test
  void skipsBlankLinesButCountsThem() throws IOException {
    List<CsvRecord> records = read("a,b\n\n1,2\n\r\n3,4");
    assertEquals(3, records.size());
    assertEquals(3, records.get(1).lineNumber());
    assertEquals(5, records.get(2).lineNumber());
    assertEquals(List.of("3", "4"), records.get(2).fields());
  }

  @Test
  void anUnclosedQuoteCostsOneLineNotTheRestOfTheFile() throws IOException {
    List<CsvRecord> records = read("a,b\n\"broken,1\n2,3\n4,5\n");
    assertEquals(4, records.size());
    assertFalse(records.get(1).readable());
    assertEquals("\"broken,1", records.get(1).rawText());
    assertEquals(2, records.get(1).lineNumber());
    assertEquals(List.of("2", "3"), records.get(2).fields());
    assertEquals(3, records.get(2).lineNumber());
    assertEquals(List.of("4", "5"), records.get(3).fields());
  }

  @Test
  void aRecordPastTheLimitIsUnreadableAndReadingGoesOn() throws IOException {
    String longField = "x".repeat(100);
    List<CsvRecord> records = read("a,b\n" + longField + ",1\n2,3\n", 50);
    assertFalse(records.get(1).readable());
    assertTrue(records.get(1).problem().contains("longer than 50"));
    assertEquals(List.of("2", "3"), records.get(2).fields());
    assertEquals(3, records.get(2).lineNumber());
  }

  @Test
  void bytesThatAreNotUtf8BecomeReplacementCharacters() throws IOException {
    byte[] latin1 = "a\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    List<CsvRecord> records = read(latin1);
    assertTrue(records.get(1).rawText().contains("\uFFFD"));
  }

  @Test
  void anEmptyInputHasNoRecords() throws IOException {
    try (CsvRecordReader reader = CsvRecordReader.utf8(new ByteArrayInputStream(new byte[0]), 100)) {
      assertNull(reader.next());
    }
  }

  @Test
  void aTrailingEmptyFieldIsAField() throws IOException {
    assertEquals(List.of("1", ""), read("a,b\n1,\n").get(1).fields());
  }

  private static List<CsvRecord> read(String text) throws IOException {
    return read(text, 10_000);
  }

  private static List<CsvRecord> read(String text, int max) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8), max);
  }

  private static List<CsvRecord> read(byte[] bytes) throws IOException {
    return read(bytes, 10_000);
  }

  private static List<CsvRecord> read(byte[] bytes, int max) throws IOException {
    List<CsvRecord> records = new ArrayList<>();
    try (CsvRecordReader reader = CsvRecordReader.utf8(new ByteArrayInputStream(bytes), max)) {
      for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
        records.add(r);
      }
    }
    return records;
  }
}
