package org.tierwatch.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tierwatch.config.ConfigException;
import org.tierwatch.config.ConfigSection;
import org.tierwatch.normalise.ProductFamily;

/** Pins every default of conf/risk-model.conf, so a changed weight is a deliberate change. */
class RiskModelConfigTest {
  private final RiskModel model = TestModels.defaults();

  @Test
  void evidenceWeights() {
    EvidenceWeights evidence = model.evidence();
    assertEquals(1.0, evidence.dprkOrigin());
    assertEquals(Set.of("KP"), evidence.dprkCountries());
    assertEquals(0.9, evidence.watchlist());
    assertEquals(0.6, evidence.location());
    assertEquals(Set.of("LIAONING", "JILIN"), evidence.locationProvinces());
    assertEquals(0.15, evidence.overseasLabour());
    assertEquals(Map.of(
        "RU", Set.of("logging", "mining", "apparel", "seafood", "shipbuilding"),
        "PL", Set.of("shipbuilding"),
        "MN", Set.of("apparel", "mining"),
        "AE", Set.of(),
        "QA", Set.of(),
        "KW", Set.of(),
        "MY", Set.of("mining", "apparel"),
        "NG", Set.of("apparel"),
        "KH", Set.of("apparel", "seafood")), evidence.overseasLabourSectors());
    assertEquals(0.5, evidence.reimportProcessing());
    assertEquals(Set.of("fish_raw"), evidence.reimportRawFamilies());
    assertEquals(Set.of("prepared_seafood", "fish_raw"), evidence.reimportProcessedFamilies());
    assertEquals(1.0, evidence.confirmed());
  }

  @Test
  void sectorFactors() {
    assertEquals(Map.of("seafood", 1.0, "apparel", 1.0, "electronics", 1.0, "wigs", 1.0,
        "food", 0.5, "machinery", 0.4, "logging", 0.4, "shipbuilding", 0.4, "mining", 0.4,
        "other", 0.25), model.sectorFactors());
  }

  @Test
  void propagationBandsAndWindow() {
    assertEquals(new PropagationSettings(0.95, 0.5, 8, 1e-9, 3), model.propagation());
    assertEquals(new BandThresholds(0.6, 0.2, 0.05), model.bands());
    assertEquals(24, model.supplyLinkWindowMonths());
  }

  @Test
  void productFamilies() {
    assertEquals(List.of(
        new ProductFamily("electrical_equipment", "electronics", List.of("85", "8471")),
        new ProductFamily("electronic_components", "electronics",
            List.of("8532", "8533", "8534", "8541", "8542")),
        new ProductFamily("fish_raw", "seafood", List.of("03")),
        new ProductFamily("garments", "apparel", List.of("61", "62", "63")),
        new ProductFamily("hair", "wigs", List.of("0501", "6703")),
        new ProductFamily("machinery", "machinery", List.of("84")),
        new ProductFamily("minerals", "mining", List.of("25", "26", "27")),
        new ProductFamily("other", "other", List.of()),
        new ProductFamily("ppe", "apparel",
            List.of("6210", "630790", "401519", "392620", "6216", "9020")),
        new ProductFamily("prepared_seafood", "seafood", List.of("1604", "1605")),
        new ProductFamily("ready_meals", "food", List.of("1602", "1902", "2104", "2106")),
        new ProductFamily("ships", "shipbuilding", List.of("89")),
        new ProductFamily("vehicles", "machinery", List.of("87")),
        new ProductFamily("wigs_eyelashes", "wigs", List.of("6704")),
        new ProductFamily("wood", "logging", List.of("44")),
        new ProductFamily("yarn_fabric", "apparel",
            List.of("50", "51", "52", "53", "54", "55", "56", "58", "59", "60"))),
        model.families().ids().stream().map(model.families()::family).toList());
  }

  @Test
  void transformations() {
    assertEquals(Map.of(
        "fish_raw", Set.of("prepared_seafood", "ready_meals"),
        "prepared_seafood", Set.of("ready_meals"),
        "yarn_fabric", Set.of("garments", "ppe"),
        "hair", Set.of("wigs_eyelashes"),
        "electronic_components", Set.of("electrical_equipment", "machinery", "vehicles"),
        "electrical_equipment", Set.of("machinery", "vehicles"),
        "machinery", Set.of("vehicles")), model.transformations().asMap());
  }

  @Test
  void unknownKeysAreRejectedByName() {
    Config changed = TestModels.config()
        .withValue("risk-model.propagation.tier-decai", ConfigValueFactory.fromAnyRef(0.8));
    ConfigException e = assertThrows(ConfigException.class,
        () -> RiskModel.from(ConfigSection.root(changed).section("risk-model")));
    assertTrue(e.getMessage().contains("risk-model.propagation.tier-decai"), e.getMessage());
  }

  @Test
  void badValuesAreRejectedByName() {
    assertRejected("risk-model.propagation.max-depth", 5, "risk-model.propagation.max-depth");
    assertRejected("risk-model.evidence.location.weight", 1.5, "risk-model.evidence.location.weight");
    assertRejected("risk-model.sector-factors.other", "lots", "risk-model.sector-factors.other");
    assertRejected("risk-model.transformations.fish_raw", List.of("fish_pie"),
        "risk-model.transformations.fish_raw");
    assertRejected("risk-model.evidence.overseas-labour.countries.PL", List.of("welding"),
        "welding");
    assertRejected("risk-model.bands.medium", 0.7, "risk-model.bands.medium");
  }

  @Test
  void everySectorNeedsAFactor() {
    Config changed = TestModels.config().withoutPath("risk-model.sector-factors.wigs");
    ConfigException e = assertThrows(ConfigException.class,
        () -> RiskModel.from(ConfigSection.root(changed).section("risk-model")));
    assertTrue(e.getMessage().contains("wigs"), e.getMessage());
  }

  @Test
  void theFileIsSelfContained() {
    ConfigSection root = ConfigSection.root(
        ConfigFactory.parseFile(TestModels.confFile().toFile()).resolve());
    RiskModel.from(root.section("risk-model"));
    root.requireAllKeysRead();
  }

  private static void assertRejected(String path, Object value, String named) {
    Config changed = TestModels.config().withValue(path, ConfigValueFactory.fromAnyRef(value));
    ConfigException e = assertThrows(ConfigException.class,
        () -> RiskModel.from(ConfigSection.root(changed).section("risk-model")));
    assertTrue(e.getMessage().contains(named), e.getMessage());
  }
}
