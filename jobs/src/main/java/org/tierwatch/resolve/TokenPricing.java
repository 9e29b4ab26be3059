package org.tierwatch.resolve;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Spark adapter that prices name tokens: how many distinct names carry each token, where a name's
 * misspelt words count as the word they misspell.
 *
 * <p>Why: a token's rarity is what a shared token is worth, and records overstate it for a huge
 * shipper, whose thousand records would make its own brand look common. Distinct names fix that
 * only in part, since one clerk's typo in POWER or SYSTEMS makes a new distinct name that still
 * carries the brand: a shipper with three hundred misspelt spellings of its name made its brand
 * look as common as a business word. So a word seen in one record only, of five letters or more,
 * that is one deletion on each side away from a word seen more often (symmetric-delete spelling
 * correction, an equi-join on the deletions) counts as that word when names are told apart. The
 * correction is used for pricing only; matching still sees the name as written, and reads a
 * misspelling by its own rule ({@link TokenAlignment}: one typing error from a token far commoner).
 */
final class TokenPricing {
  /** Shorter words have too many neighbours one deletion away to be corrected safely. */
  static final int MIN_CORRECTED_LENGTH = 5;

  private TokenPricing() {}

  /**
   * @param normalised rows with tokens
   * @return the rows with token_records and name_signature: the map of each own token to the
   *     distinct names carrying it, and the name as counted (its words corrected and sorted); both
   *     null for a row without tokens
   */
  static Dataset<Row> of(Dataset<Row> normalised) {
    // Priced once per distinct token list: trade records repeat a company's few spellings
    // thousands of times, and every step below would otherwise shuffle each repeat.
    Dataset<Row> names = normalised.groupBy("tokens").agg(count(lit(1)).as("records"));
    Dataset<Row> ownTokens = names.select(col("tokens"), col("records"),
        explode(array_distinct(col("tokens"))).as("token"));
    Dataset<Row> seen = ownTokens.groupBy("token").agg(sum(col("records")).as("seen"));
    Dataset<Row> signatures = ownTokens.join(corrections(seen), "token", "left")
        .groupBy("tokens")
        .agg(concat_ws(" ", array_sort(collect_set(coalesce(col("word"), col("token")))))
            .as("name_signature"));
    Dataset<Row> tokenNames = ownTokens.join(signatures, "tokens")
        .groupBy("token")
        .agg(countDistinct(col("name_signature")).as("names"));
    Dataset<Row> priced = ownTokens.join(tokenNames, "token")
        .groupBy("tokens")
        .agg(map_from_entries(collect_list(struct(col("token"), col("names"))))
            .as("token_records"))
        .join(signatures, "tokens");
    return normalised.join(priced, "tokens", "left");
  }

  /** (token, word): each correctable one-record token and the commonest word it misspells. */
  private static Dataset<Row> corrections(Dataset<Row> seen) {
    Dataset<Row> longEnough = seen.filter(length(col("token")).geq(MIN_CORRECTED_LENGTH));
    Dataset<Row> typos = deletions(longEnough.filter(col("seen").equalTo(1)));
    Dataset<Row> words = deletions(longEnough.filter(col("seen").gt(1)))
        .select(col("deletion"), col("token").as("word"), col("seen").as("word_seen"));
    return typos.join(words, "deletion")
        .groupBy("token")
        .agg(max(struct(col("word_seen"), col("word"))).getField("word").as("word"));
  }

  /** (token, seen, deletion) for the token itself and each string one letter shorter. */
  private static Dataset<Row> deletions(Dataset<Row> tokens) {
    Column token = col("token");
    Column dropped = transform(sequence(lit(1), length(token)),
        i -> concat(token.substr(lit(1), i.minus(1)), token.substr(i.plus(1), length(token))));
    return tokens.select(token, col("seen"),
        explode(concat(dropped, array(token))).as("deletion"));
  }
}
