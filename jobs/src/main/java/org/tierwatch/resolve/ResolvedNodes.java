package org.tierwatch.resolve;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.spark.Warehouse;

/**
 * The nodes a resolution worked on, each with its company, and the blocks they key, kept in
 * {@code resolve_nodes} and {@code resolve_blocks} so that a later run can match its new records
 * against them ({@link IncrementalResolution}) without normalising, pricing, pooling and keying
 * every record again. A full resolution replaces both; a run that matches new records adds
 * theirs. They are the resolver's working state, not results: analysts read {@code
 * company_aliases}.
 */
final class ResolvedNodes {
  static final String NODES_TABLE = "resolve_nodes";
  static final String BLOCKS_TABLE = "resolve_blocks";

  private ResolvedNodes() {}

  /**
   * Replaces the saved nodes and blocks.
   *
   * @param nodes node rows of {@link PartyNodes}
   * @param keyed (block_key, node_key) rows of {@link KeyedNodes#of}
   * @param companies (party_key, company_id) of every record, nodes' key records among them
   */
  static void replace(Warehouse warehouse, Dataset<Row> nodes, Dataset<Row> keyed,
      Dataset<Row> companies) {
    warehouse.overwrite(NODES_TABLE, withCompany(nodes, companies));
    warehouse.overwrite(BLOCKS_TABLE, keyed.select("block_key", "node_key"));
  }

  /** Adds nodes and their blocks to the saved ones. */
  static void add(Warehouse warehouse, Dataset<Row> nodes, Dataset<Row> keyed,
      Dataset<Row> companies) {
    warehouse.append(NODES_TABLE, withCompany(nodes, companies));
    warehouse.append(BLOCKS_TABLE, keyed.select("block_key", "node_key"));
  }

  /** Saved node rows ({@link PartyNodes#nodeColumns}) with company_id and name_key. */
  static Dataset<Row> nodes(Warehouse warehouse) {
    return warehouse.read(NODES_TABLE);
  }

  /** Saved (block_key, node_key) rows. */
  static Dataset<Row> blocks(Warehouse warehouse) {
    return warehouse.read(BLOCKS_TABLE);
  }

  /** Whether both tables are there to build on. */
  static boolean exist(Warehouse warehouse) {
    return warehouse.exists(NODES_TABLE) && warehouse.exists(BLOCKS_TABLE);
  }

  private static Dataset<Row> withCompany(Dataset<Row> nodes, Dataset<Row> companies) {
    Column[] columns = Stream.concat(Arrays.stream(PartyNodes.nodeColumns()),
            Stream.of(col("company_id"), PartyNodes.nameKey().as("name_key")))
        .toArray(Column[]::new);
    return nodes.join(companies.select(col("party_key").as("node_key"), col("company_id")),
            "node_key")
        .select(columns);
  }
}
