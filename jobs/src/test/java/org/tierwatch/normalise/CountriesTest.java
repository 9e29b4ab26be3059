package org.tierwatch.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "People's Republic of China|PEOPLE S REPUBLIC OF CHINA",
      " p.r. china |P R CHINA",
      "Korea,  Republic of|KOREA REPUBLIC OF",
      "中国|中国",
      "Côte d'Ivoire|CÔTE D IVOIRE",
      "CN1|CN",
      "--|``",
      "``|``",
  })
  void keepsLettersAndSingleSpacesInUpperCase(String text, String key) {
    assertEquals(key, Countries.key(text));
  }

  @Test
  void readsTheUsualSpellingsOfCustomsData() {
    assertEquals(Optional.of("CN"), Countries.iso2("P.R. China"));
    assertEquals(Optional.of("KR"), Countries.iso2("KOR"));
    assertEquals(Optional.of("HK"), Countries.iso2("hong  kong"));
    assertEquals(Optional.empty(), Countries.iso2("Atlantis"));
    assertEquals(Optional.empty(), Countries.iso2(null));
  }
}
