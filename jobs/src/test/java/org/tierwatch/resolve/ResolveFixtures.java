package org.tierwatch.resolve;

import java.util.Collection;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Shared test inputs: a small gazetteer and token counts shaped like north-east China trade. */
final class ResolveFixtures {

  /** The columns of the parties table that resolution reads. */
  static final StructType PARTIES = new StructType()
      .add("party_key", DataTypes.StringType)
      .add("name", DataTypes.StringType)
      .add("address", DataTypes.StringType)
      .add("country", DataTypes.StringType)
      .add("registration_id", DataTypes.StringType);

  /** A row of {@link #PARTIES} without a registration id. */
  static Row party(String key, String name, String address, String country) {
    return RowFactory.create(key, name, address, country, null);
  }

  /** How many of these aliases share the company of {@code alias}: its company's records. */
  static long companySize(Collection<Row> aliases, Row alias) {
    Object company = alias.getAs("company_id");
    return aliases.stream().filter(row -> company.equals(row.getAs("company_id"))).count();
  }

  static final NameNormaliser NORMALISER =
      NameNormaliser.withPlaces(
          "LIAONING", "JILIN", "DANDONG", "DALIAN", "SHENYANG", "YINGKOU", "HUNCHUN", "YANJI",
          "YANBIAN", "DONGGANG", "QINGDAO", "NONG'AN");

  /**
   * Records per token among 200,000 party records: business words are common, most trade names
   * rare, and tokens not listed are unseen (as rare as a token can be).
   */
  static final TokenStatistics STATS =
      new TokenCounts(
          Map.ofEntries(
              Map.entry("FOOD", 6000L),
              Map.entry("AQUATIC", 2500L),
              Map.entry("SEAFOOD", 3000L),
              Map.entry("SEA", 1500L),
              Map.entry("TRADING", 20000L),
              Map.entry("IMP", 9000L),
              Map.entry("EXP", 9000L),
              Map.entry("INTL", 7000L),
              Map.entry("GRP", 4000L),
              Map.entry("COMM", 1500L),
              Map.entry("ELEC", 5000L),
              Map.entry("MFG", 3000L),
              Map.entry("TECH", 6000L),
              Map.entry("IND", 5000L),
              Map.entry("PROD", 6000L),
              Map.entry("PROCESSING", 2000L),
              Map.entry("FISHERY", 1500L),
              Map.entry("FISHING", 800L),
              Map.entry("OCEAN", 1200L),
              Map.entry("GARMENT", 3000L),
              Map.entry("CLOTHING", 1500L),
              Map.entry("CHINA", 6000L),
              Map.entry("NATL", 1500L),
              Map.entry("CHEM", 2000L),
              Map.entry("MACH", 3000L),
              Map.entry("ENG", 2500L),
              Map.entry("SINO", 2500L),
              Map.entry("ASIA", 1500L),
              Map.entry("PACIFIC", 900L),
              Map.entry("GOLDEN", 900L),
              Map.entry("STAR", 700L),
              Map.entry("GREAT", 600L),
              Map.entry("WALL", 300L),
              Map.entry("MOTOR", 800L),
              Map.entry("ALUMINIUM", 500L),
              Map.entry("HAIR", 400L),
              Map.entry("HONGDA", 150L),
              Map.entry("HAIYANG", 120L),
              Map.entry("HUAXING", 80L),
              Map.entry("HUAXIN", 60L),
              Map.entry("HAIXING", 50L),
              Map.entry("HAIXIANG", 45L),
              Map.entry("YUANDA", 40L),
              Map.entry("JINHAI", 40L),
              Map.entry("JINHUI", 35L),
              Map.entry("SAMSUNG", 30L),
              Map.entry("TIDE", 12L),
              Map.entry("BEILUN", 8L),
              Map.entry("KANGHUI", 6L),
              Map.entry("XIANGYU", 5L)),
          200_000L);

  private ResolveFixtures() {}
}
