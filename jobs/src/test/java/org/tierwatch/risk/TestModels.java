package org.tierwatch.risk;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Path;
import org.tierwatch.config.ConfigSection;

/** The shipped conf/risk-model.conf, for tests that compute with the default weights. */
final class TestModels {
  private TestModels() {}

  static Path confFile() {
    return Path.of(System.getProperty("tierwatch.home", "."), "conf", "risk-model.conf");
  }

  static Config config() {
    return ConfigFactory.parseFile(confFile().toFile()).resolve();
  }

  static RiskModel defaults() {
    ConfigSection root = ConfigSection.root(config());
    RiskModel model = RiskModel.from(root.section("risk-model"));
    root.requireAllKeysRead();
    return model;
  }

  static RiskModel withDepth(int maxDepth) {
    RiskModel model = defaults();
    return model.withPropagation(model.propagation().withMaxDepth(maxDepth));
  }
}
