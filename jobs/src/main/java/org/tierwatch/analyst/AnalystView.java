package org.tierwatch.analyst;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One analyst view: its name, the tables it reads (it is created only when all of them exist),
 * and its query, where {@code ${db}} stands for the database of the warehouse.
 */
record AnalystView(String name, List<String> tables, String query) {
  AnalystView {
    requireNonNull(name, "name is null");
    requireNonNull(query, "query is null");
    tables = List.copyOf(requireNonNull(tables, "tables is null"));
  }

  String sql(String database) {
    return "CREATE OR REPLACE VIEW " + database + "." + name + " AS "
        + query.replace("${db}", database);
  }
}
