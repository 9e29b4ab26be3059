package org.tierwatch.cli;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.plans.logical.InsertIntoStatement;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tierwatch sql}: Spark SQL over the result tables, read-only unless asked otherwise. */
@Command(name = "sql", mixinStandardHelpOptions = true,
    description = "Run a Spark SQL query on the result tables (database tierwatch).")
final class SqlCommand implements Callable<Integer> {
  private static final Set<String> READ_KEYWORDS = Set.of(
      "SELECT", "WITH", "SHOW", "DESCRIBE", "DESC", "EXPLAIN", "VALUES", "TABLE", "FROM");

  @Mixin
  TableOptions tables;

  @Parameters(index = "0", paramLabel = "QUERY", description = "The SQL statement.")
  String query;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv or json (JSON lines); default ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Option(names = "--max-rows", paramLabel = "N", defaultValue = "1000",
      description = "Rows shown by the table format (csv and json print all); default ${DEFAULT-VALUE}.")
  int maxRows;

  @Option(names = "--allow-write",
      description = "Allow statements that change tables (INSERT, DELETE, CREATE, ...).")
  boolean allowWrite;

  @Override
  public Integer call() {
    if (query.isBlank()) {
      throw new UsageException("the query is empty");
    }
    try (TableSession session = TableSession.open(tables)) {
      LogicalPlan plan;
      try {
        plan = session.spark().sessionState().sqlParser().parsePlan(query);
      } catch (ParseException e) {
        throw new UsageException("the query does not parse: "
            + e.getMessage().lines().filter(l -> !l.isBlank()).findFirst().orElse(""));
      }
      if (!allowWrite && !isReadOnly(plan, query)) {
        throw new UsageException("the sql command only reads; add --allow-write to run a "
            + "statement that changes tables");
      }
      Dataset<Row> result;
      try {
        result = session.spark().sql(query);
      } catch (Exception e) {
        if (e instanceof AnalysisException analysis) {
          throw new UsageException(analysis.getSimpleMessage());
        }
        throw e;
      }
      new ResultPrinter(System.out).print(result, format, maxRows);
    }
    return ExitCode.OK;
  }

  static boolean isReadOnly(LogicalPlan plan, String query) {
    String first = query.strip().split("[\\s(]+", 2)[0].toUpperCase(Locale.ROOT);
    if (!READ_KEYWORDS.contains(first)) {
      return false;
    }
    return plan.collectFirst(new scala.runtime.AbstractPartialFunction<LogicalPlan, LogicalPlan>() {
      @Override
      public boolean isDefinedAt(LogicalPlan node) {
        return node instanceof InsertIntoStatement;
      }

      @Override
      public LogicalPlan apply(LogicalPlan node) {
        return node;
      }
    }).isEmpty();
  }
}
