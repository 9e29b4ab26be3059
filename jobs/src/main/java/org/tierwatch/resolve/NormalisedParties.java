package org.tierwatch.resolve;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.struct;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tierwatch.locate.PhoneInAddress;

/**
 * Spark adapter: normalises every distinct party once (one {@link NameNormaliser} per partition)
 * and attaches to each the counts of distinct names carrying its own tokens, so that later steps
 * price tokens without a broadcast of the whole vocabulary.
 */
final class NormalisedParties {
  static final StructType SCHEMA = new StructType()
      .add("party_key", DataTypes.StringType, false)
      .add("name", DataTypes.StringType)
      .add("address", DataTypes.StringType)
      .add("country", DataTypes.StringType)
      .add("registration_id", DataTypes.StringType)
      .add("phone", DataTypes.StringType)
      .add("tokens", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("core", DataTypes.StringType, false)
      .add("legal_form", DataTypes.StringType)
      .add("leading_place", DataTypes.StringType)
      .add("placeholder", DataTypes.BooleanType, false);

  private NormalisedParties() {}

  /**
   * parties (party_key, name, address, country, registration_id) to {@link #SCHEMA} plus
   * {@code token_records} (map of each own token to the records carrying it).
   */
  static Dataset<Row> of(Dataset<Row> parties, Set<String> placeNames) {
    Set<String> places = new HashSet<>(placeNames);
    MapPartitionsFunction<Row, Row> normalise = rows -> {
      NameNormaliser normaliser = new NameNormaliser(places);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row row = rows.next();
          NormalisedName name = normaliser.normalise(row.getAs("name"));
          String address = row.getAs("address");
          return RowFactory.create(row.getAs("party_key"), row.getAs("name"),
              PhoneInAddress.withoutPhone(address),
              row.getAs("country"), row.getAs("registration_id"),
              PhoneInAddress.digits(address), name.tokens().toArray(new String[0]), name.core(),
              name.legalForm(), name.leadingPlace(), name.placeholder());
        }
      };
    };
    Dataset<Row> normalised = parties
        .select("party_key", "name", "address", "country", "registration_id")
        .mapPartitions(normalise, Encoders.row(SCHEMA));
    Dataset<Row> ownTokens = normalised
        .select(col("party_key"), col("core"), explode(array_distinct(col("tokens"))).as("token"));
    // A token is priced by the distinct names that carry it, not the records: a huge shipper's
    // thousand records would otherwise make its own name common and its spellings unmatchable.
    Dataset<Row> tokenRecords = ownTokens.groupBy("token")
        .agg(countDistinct(col("core")).as("records"));
    Dataset<Row> perParty = ownTokens.join(tokenRecords, "token")
        .groupBy("party_key")
        .agg(map_from_entries(collect_list(struct(col("token"), col("records"))))
            .as("token_records"));
    return normalised.join(perParty, "party_key", "left");
  }
}
