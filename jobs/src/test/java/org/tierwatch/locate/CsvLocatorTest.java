package org.tierwatch.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierwatch.ingest.InputException;

class CsvLocatorTest {
  private final CsvLocator locator = new CsvLocator(Locator.standard());

  @Test
  void passesEveryColumnThroughAndAddsTheLocation(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, "id,Address,country\n"
        + "1,\"No. 8 Binjiang Road, Zhenxing District, Dandong 118000\",China\n"
        + "2,\"88 Liaoning Road, Shibei District, Qingdao\",China\n"
        + "3,\"unclosed\n");
    Path out = dir.resolve("out.csv");

    CsvLocator.Summary summary = locator.locate(in, out);

    assertEquals(3, summary.rows());
    assertEquals(1, summary.liaoning());
    assertEquals(1, summary.unreadable());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals("id,Address,country,province,city,confidence,evidence", lines.get(0));
    assertTrue(lines.get(1).startsWith("1,\"No. 8 Binjiang Road, Zhenxing District, Dandong 118000\","
        + "China,LIAONING,"), lines.get(1));
    assertTrue(lines.get(2).contains(",OTHER,"), lines.get(2));
    assertTrue(lines.get(3).contains("UNKNOWN,,0,unreadable row: a quoted field is never closed"),
        lines.get(3));
  }

  @Test
  void aFileWithoutAnAddressColumnIsBadInput(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, "id,street\n1,x\n");
    InputException e = assertThrows(InputException.class,
        () -> locator.locate(in, dir.resolve("out.csv")));
    assertTrue(e.getMessage().contains("no 'address' column"));
  }
}
