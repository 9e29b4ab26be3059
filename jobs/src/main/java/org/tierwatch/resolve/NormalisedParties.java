package org.tierwatch.resolve;


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
 * and attaches to each the counts of distinct names carrying its own tokens ({@link
 * TokenPricing}), so that later steps price tokens without a broadcast of the whole vocabulary.
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
   * {@code token_records} (map of each own token to the distinct names carrying it) and {@code
   * name_signature} (the name as those counts tell names apart; null without tokens).
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
        .mapPartitions(normalise, Encoders.row(SCHEMA))
        // Token pricing reads the names several times over; transliteration is too dear to repeat.
        .localCheckpoint();
    return TokenPricing.of(normalised);
  }
}
