package org.tierwatch.risk;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code risk_evidence} table: evidence on a company after analyst decisions, one row per
 * piece, plus one row per decision for display (weight 0 unless it confirmed exposure).
 * {@code remediated} says whether the company's latest status is remediated.
 */
public final class EvidenceTable {
  public static final String TABLE = "risk_evidence";

  public static final StructType SCHEMA = new StructType()
      .add("company_id", DataTypes.StringType, false)
      .add("evidence_type", DataTypes.StringType, false)
      .add("weight", DataTypes.DoubleType, false)
      .add("families", DataTypes.createArrayType(DataTypes.StringType), false)
      .add("source_record", DataTypes.StringType)
      .add("detail", DataTypes.StringType)
      .add("decided_by", DataTypes.StringType)
      .add("decided_on", DataTypes.DateType)
      .add("remediated", DataTypes.BooleanType, false);

  private EvidenceTable() {}
}
