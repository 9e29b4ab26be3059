package org.tierwatch.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Our own corpus of addresses by signal and by trap ({@code own-corpus.tsv}), every row exact. */
class OwnCorpusTest {

  static Stream<Arguments> corpus() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        OwnCorpusTest.class.getResourceAsStream("own-corpus.tsv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] field = line.split("\t", -1);
        rows.add(Arguments.of(field[0], Province.valueOf(field[1]), field[2],
            field[3].isEmpty() ? null : field[3]));
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("corpus")
  void locatesEveryRow(String category, Province expected, String address, String country) {
    Location location = Locator.standard().locate(AddressQuery.of(address, country));
    assertEquals(expected, location.province(), location::evidenceText);
  }
}
