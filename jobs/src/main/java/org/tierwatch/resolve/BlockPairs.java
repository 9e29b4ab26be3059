package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalDouble;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Scores the candidate pairs of one block as its node rows stream past in node_key order, so that
 * each node row is read once per block instead of once per pair. A block of at most {@code
 * maxBlockRecords} nodes pairs all with all, and scores a pair only in the first such block the
 * two nodes share ({@code small_keys}, sorted), so that a pair sharing several small blocks is
 * scored once. A larger block, how a huge shipper's spellings and addresses look, pairs each node
 * with the {@code window} nodes before it (sorted neighbourhood), and leaves to the small block any
 * pair that shares one; such pairs are marked {@code windowed}, since two large blocks may both
 * give them.
 */
final class BlockPairs implements Iterator<Row> {

  /** A node of the block, read once from its row. */
  private record Member(String key, PreparedParty party, Map<String, Long> tokenRecords,
      List<String> smallKeys, boolean fresh) {}

  private final String blockKey;
  private final Iterator<Row> rows;
  private final PairScorer scorer;
  private final long recordCount;
  private final long maxBlockRecords;
  private final int window;
  private final boolean freshOnly;
  private final List<Member> seen = new ArrayList<>();
  private final ArrayDeque<Row> pending = new ArrayDeque<>();

  /**
   * @param rows the block's node rows sorted by node_key, each with block_records and small_keys
   * @param recordCount the count that token rarity is measured against
   * @param freshOnly score only pairs with a node whose {@code fresh} column is true, as when
   *     new records are matched against nodes already resolved
   */
  BlockPairs(String blockKey, Iterator<Row> rows, PairScorer scorer, long recordCount,
      long maxBlockRecords, int window, boolean freshOnly) {
    this.blockKey = requireNonNull(blockKey, "blockKey is null");
    this.rows = requireNonNull(rows, "rows is null");
    this.scorer = requireNonNull(scorer, "scorer is null");
    this.recordCount = recordCount;
    this.maxBlockRecords = maxBlockRecords;
    this.window = window;
    this.freshOnly = freshOnly;
  }

  @Override
  public boolean hasNext() {
    while (pending.isEmpty() && rows.hasNext()) {
      advance(rows.next());
    }
    return !pending.isEmpty();
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return pending.removeFirst();
  }

  private void advance(Row row) {
    List<String> smallKeys = row.isNullAt(row.fieldIndex("small_keys"))
        ? List.of() : row.getList(row.fieldIndex("small_keys"));
    Member next = new Member(row.getAs("node_key"), PreparedParty.of(PartyNodes.record(row)),
        PartyNodes.tokenRecords(row), smallKeys, !freshOnly || row.<Boolean>getAs("fresh"));
    boolean windowed = row.<Long>getAs("block_records") > maxBlockRecords;
    for (Member earlier : seen) {
      String firstShared = firstShared(earlier.smallKeys(), next.smallKeys());
      boolean scoredHere = windowed ? firstShared == null : blockKey.equals(firstShared);
      if (scoredHere && (earlier.fresh() || next.fresh())) {
        score(earlier, next, windowed);
      }
    }
    seen.add(next);
    if (windowed && seen.size() > window) {
      seen.remove(0);
    }
  }

  private void score(Member a, Member b, boolean windowed) {
    PairScore score = scorer.score(a.party(), b.party(),
        new PairTokenCounts(a.tokenRecords(), b.tokenRecords(), recordCount));
    if (score.matchWeight() == Double.NEGATIVE_INFINITY) {
      // A veto (two known countries) needs no row: the clustering guard keeps countries apart.
      return;
    }
    // Most pairs score low and serve only as conflicts, which carry no explanation; writing one
    // for each would cost more than the scoring.
    String explanation = score.isMatch(scorer.model()) ? score.explain() : null;
    OptionalDouble apart = scorer.apartBits(score);
    Double apartBits = apart.isPresent() ? apart.getAsDouble() : null;
    pending.add(RowFactory.create(a.key(), b.key(), score.probability(), apartBits, explanation,
        windowed));
  }

  /** The first key two sorted lists share, or null. */
  private static String firstShared(List<String> a, List<String> b) {
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      int order = a.get(i).compareTo(b.get(j));
      if (order == 0) {
        return a.get(i);
      }
      if (order < 0) {
        i++;
      } else {
        j++;
      }
    }
    return null;
  }

  /**
   * The counts of the tokens two nodes carry, read from both rows' maps: a token both carry has the
   * same count in each, and merging the maps into a new one for every pair cost more than scoring
   * it.
   */
  private record PairTokenCounts(Map<String, Long> a, Map<String, Long> b, long recordCount)
      implements TokenStatistics {
    @Override
    public long recordsWithToken(String token) {
      Long count = a.get(token);
      return count != null ? count : b.getOrDefault(token, 0L);
    }
  }
}
