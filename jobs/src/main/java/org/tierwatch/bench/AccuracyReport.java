package org.tierwatch.bench;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.tierwatch.locate.LocateStage;
import org.tierwatch.normalise.PartiesStage;
import org.tierwatch.resolve.CompaniesStage;
import org.tierwatch.resolve.PartyResolver;
import org.tierwatch.spark.Warehouse;

/** The accuracy figures of one run against the generator's truth. */
public record AccuracyReport(
    Measured<PrecisionRecall> addressPerPartyRecord,
    Measured<PrecisionRecall> addressPerPartyRecordThroughCompany,
    Measured<PrecisionRecall> addressPerCompany,
    Measured<PrecisionRecall> entityPairs,
    Measured<BCubed> entityBCubed,
    Measured<PrecisionRecall> skuExposure,
    Measured<HitRate> topPathNamesSource) {

  public AccuracyReport {
    requireNonNull(addressPerPartyRecord, "addressPerPartyRecord is null");
    requireNonNull(addressPerPartyRecordThroughCompany,
        "addressPerPartyRecordThroughCompany is null");
    requireNonNull(addressPerCompany, "addressPerCompany is null");
    requireNonNull(entityPairs, "entityPairs is null");
    requireNonNull(entityBCubed, "entityBCubed is null");
    requireNonNull(skuExposure, "skuExposure is null");
    requireNonNull(topPathNamesSource, "topPathNamesSource is null");
  }

  /** Measures every figure whose tables exist; {@code runId} picks the run in per-run tables. */
  public static AccuracyReport measure(Warehouse warehouse, String truthDir, String runId) {
    TruthTables truth = new TruthTables(warehouse.spark(), truthDir);
    String missing = missing(warehouse, List.of(PartiesStage.TABLE, LocateStage.TABLE,
        PartyResolver.ALIASES_TABLE, CompaniesStage.TABLE));
    if (missing != null) {
      Measured<PrecisionRecall> none = Measured.notMeasured(missing);
      return new AccuracyReport(none, none, none, none, Measured.notMeasured(missing), none,
          Measured.notMeasured(missing));
    }
    Dataset<Row> resolved = ResolvedMentions.of(warehouse, truth)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> contingency = ResolvedMentions.contingency(resolved)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> majority = ResolvedMentions.majorityKey(contingency);
    try {
      Measured<Dataset<Row>> bands = ProductRiskTable.ofRun(warehouse, runId, "sku", "band");
      Measured<Dataset<Row>> paths = ProductRiskTable.ofRun(warehouse, runId, "sku",
          "top_source_company_id");
      return new AccuracyReport(
          Measured.of(AddressAccuracy.perPartyRecord(warehouse, resolved, truth)),
          Measured.of(AddressAccuracy.perPartyRecordThroughCompany(warehouse, resolved, truth)),
          Measured.of(AddressAccuracy.perCompany(warehouse, majority, truth)),
          Measured.of(EntityAccuracy.pairwise(contingency)),
          Measured.of(EntityAccuracy.bCubed(contingency)),
          bands.map(risk -> ExposureAccuracy.of(risk, truth)),
          paths.map(risk -> TopPathAccuracy.of(risk, majority, truth)));
    } finally {
      contingency.unpersist();
      resolved.unpersist();
    }
  }

  private static String missing(Warehouse warehouse, List<String> tables) {
    for (String table : tables) {
      if (!warehouse.exists(table)) {
        return table + " does not exist";
      }
    }
    return null;
  }
}
