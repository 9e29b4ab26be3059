package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tierwatch.spark.Warehouse;

/**
 * What the last full resolution was made from and how far later runs have added to it, kept in
 * the one-row table {@code resolve_state} beside the nodes it saved ({@link ResolvedNodes}). A
 * run may match only its new records against those nodes while {@link ResolveChoice} finds the
 * state still describes the run's inputs.
 *
 * @param basis what the resolution depended on besides the records
 * @param nameCount the distinct names tokens were priced against
 * @param resolvedRecords the party records the full resolution resolved
 * @param attachedRecords the party records later runs matched against it
 */
record ResolveState(Basis basis, long nameCount, long resolvedRecords, long attachedRecords) {
  static final String TABLE = "resolve_state";

  private static final StructType SCHEMA = new StructType()
      .add("build", DataTypes.StringType, false)
      .add("config_hash", DataTypes.StringType, false)
      .add("decisions", DataTypes.StringType, false)
      .add("name_count", DataTypes.LongType, false)
      .add("resolved_records", DataTypes.LongType, false)
      .add("attached_records", DataTypes.LongType, false);

  /**
   * What a resolution depends on besides its records: the build of the code, the resolve
   * settings and the analysts' pair decisions as they apply to the records.
   */
  record Basis(String build, String configHash, String decisions) {
    Basis {
      requireNonNull(build, "build is null");
      requireNonNull(configHash, "configHash is null");
      requireNonNull(decisions, "decisions is null");
    }
  }

  ResolveState {
    requireNonNull(basis, "basis is null");
    if (nameCount < 1 || resolvedRecords < 0 || attachedRecords < 0) {
      throw new IllegalArgumentException("counts must not be negative, nor names below one");
    }
  }

  /** The state after matching {@code records} more records against it. */
  ResolveState attach(long records) {
    return new ResolveState(basis, nameCount, resolvedRecords, attachedRecords + records);
  }

  /** The saved state, or empty when no full resolution has saved one. */
  static Optional<ResolveState> read(Warehouse warehouse) {
    if (!warehouse.exists(TABLE)) {
      return Optional.empty();
    }
    List<Row> rows = warehouse.read(TABLE).collectAsList();
    if (rows.size() != 1) {
      return Optional.empty();
    }
    Row row = rows.get(0);
    return Optional.of(new ResolveState(
        new Basis(row.getAs("build"), row.getAs("config_hash"), row.getAs("decisions")),
        row.<Long>getAs("name_count"), row.<Long>getAs("resolved_records"),
        row.<Long>getAs("attached_records")));
  }

  void write(Warehouse warehouse) {
    Row row = RowFactory.create(basis.build(), basis.configHash(), basis.decisions(), nameCount,
        resolvedRecords, attachedRecords);
    warehouse.overwrite(TABLE, warehouse.spark().createDataFrame(List.of(row), SCHEMA)
        .coalesce(1));
  }
}
