package org.tierwatch.resolve;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract_all;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.upper;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Spark adapter that estimates how many companies write each name in each country: the distinct
 * postcodes among the addresses of the records written with it.
 *
 * <p>Why: a name's tokens are priced by the distinct names that carry them ({@link TokenPricing}),
 * and a name that fifty Seoul companies write is one name there, so it looked as rare as a name
 * only one company has. Two of its records with nothing but the name then matched, and one
 * merge of a direct supplier's name-only mention with a namesake's trade records gave the
 * namesake's own suppliers to every product of the direct supplier. Postcodes tell namesakes
 * apart where names cannot: each company writes its own ({@link #POSTCODE}). Three things look
 * like another postcode and are not: a number after a telephone label (TEL, FAX), a number some
 * address of the name writes before another one (an order or room number: the postcode ends the
 * place), and a five-digit number that begins a six-digit one of the name (a postcode cut short
 * by a fixed-width field).
 */
final class Namesakes {
  /**
   * A postcode: five or six digits standing alone, as {@link AddressWords} takes postcodes, or
   * one of the national forms that mix letters or a hyphen in, which no street or room number
   * is written as: British (M1 1AE, WZ6 0KN; not a floor such as A1 2ND), Canadian (K1A 0B6),
   * Japanese (100-0001) and Polish (70-001). Four digits and fewer are left out, since house
   * numbers are written the same way, and so is the Dutch 1234 AB, which 1234 RD would match.
   */
  private static final String POSTCODE = "(?<![A-Z0-9])[0-9]{5,6}(?![A-Z0-9])"
      + "|(?<![A-Z0-9])(?:[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9](?!ST|ND|RD|TH)[A-Z]{2}"
      + "|[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9])(?![A-Z0-9])"
      + "|(?<![A-Z0-9-])(?:[0-9]{3}-[0-9]{4}|[0-9]{2}-[0-9]{3})(?![A-Z0-9-])";

  private Namesakes() {}

  /**
   * @param named rows with name_key (null when the name names no party) and address
   * @return (name_key, namesakes) for each name whose addresses give a postcode; a name without
   *     one has no row, and counts as one company
   */
  static Dataset<Row> of(Dataset<Row> named) {
    Column place = regexp_replace(upper(coalesce(col("address"), lit(""))),
        "(?s)(?<![A-Z0-9])(" + String.join("|", AddressWords.PHONE_LABELS)
            + ")(?![A-Z0-9]).*$", "");
    Dataset<Row> numbered = named.filter(col("name_key").isNotNull())
        .select(col("name_key"), transform(regexp_extract_all(place, lit(POSTCODE), lit(0)),
            number -> regexp_replace(number, " ", "")).as("numbers"))
        .filter(size(col("numbers")).geq(1))
        .distinct();
    Dataset<Row> ending = numbered
        .select(col("name_key"), element_at(col("numbers"), -1).as("number"));
    Dataset<Row> before = numbered
        .select(col("name_key"),
            explode(slice(col("numbers"), lit(1), size(col("numbers")).minus(1))).as("number"));
    Dataset<Row> cut = ending.filter(col("number").rlike("^[0-9]{6}$"))
        .select(col("name_key"), col("number").substr(1, 5).as("number"));
    String[] keys = {"name_key", "number"};
    return ending
        .join(before, keys, "left_anti")
        .join(cut, keys, "left_anti")
        .groupBy("name_key")
        .agg(countDistinct(col("number")).as("namesakes"));
  }
}
