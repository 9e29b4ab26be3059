package org.tierwatch.analyst;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tierwatch.config.ConfigLoader;
import org.tierwatch.pipeline.NightlyJob;
import org.tierwatch.pipeline.NightlyOptions;
import org.tierwatch.pipeline.Progress;
import org.tierwatch.publish.RunRecord;
import org.tierwatch.spark.SparkSessionExtension;
import org.tierwatch.spark.SharedSparkSession;
import org.tierwatch.spark.Warehouse;

/**
 * A nightly run on data-samples/, then every SQL cell of every notebook in notebooks-export/
 * against it (so the notebooks never rot), the decisions it logged, and the analyst views'
 * privacy. Risk tables this branch does not write yet are created empty in the agreed schemas.
 */
@ExtendWith(SparkSessionExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotebooksTest {
  private static final Path HOME = Path.of(System.getProperty("tierwatch.home", ".."));
  private static final String DATABASE = "tw_notebooks";
  private static final List<String> INDIVIDUALS = List.of(
      "LI WEI", "NGUYEN THI LAN", "TOM HALE", "EMMA CROSS", "8461 2271", "3791 044",
      "496 0412", "7946 0733");

  private Warehouse warehouse;
  private RunRecord run;

  @BeforeAll
  void runNightly(SharedSparkSession spark, @TempDir Path dir) {
    warehouse = new Warehouse(spark.spark(), dir.resolve("wh").toString(), DATABASE);
    run = new NightlyJob(warehouse, ConfigLoader.load(HOME.resolve("conf/local.conf")),
        Progress.silent()).run(new NightlyOptions(
            HOME.resolve("data-samples").toAbsolutePath().toString(), LocalDate.of(2026, 11, 22)));
    RiskTableFixtures.createMissing(warehouse);
    new AnalystViews(warehouse).create();
  }

  @Test
  void everySqlCellOfEveryNotebookRuns(SparkSession spark) throws IOException {
    List<Path> notebooks;
    try (Stream<Path> files = Files.list(HOME.resolve("notebooks-export"))) {
      notebooks = files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
    }
    assertTrue(notebooks.size() >= 3, notebooks.toString());
    for (Path notebook : notebooks) {
      List<String> cells = sqlCells(notebook);
      assertTrue(cells.size() >= 3, notebook + " has " + cells.size() + " SQL cells");
      for (String cell : cells) {
        try {
          spark.sql(cell.replace("tierwatch.", DATABASE + ".")).collectAsList();
        } catch (RuntimeException e) {
          throw new AssertionError(notebook.getFileName() + ": " + e.getMessage() + "\n" + cell,
              e);
        }
      }
    }
    assertEquals(1, spark.sql("SELECT run_id FROM " + DATABASE + ".runs").count());
  }

  @Test
  void theRunLoggedTheSampleDecisionsOnce() {
    assertEquals(2L, run.counts().get("decisions_logged"));
    assertEquals(0L, run.counts().get("decisions_invalid"));
    assertTrue(run.counts().containsKey("decisions_unmatched"));
    List<String> origins = new DecisionLog(warehouse).read().orderBy("origin")
        .select("origin").collectAsList().stream().map(row -> row.getString(0)).toList();
    assertEquals(List.of("file:decisions/analyst_decisions_2026.csv:2",
        "file:decisions/analyst_decisions_2026.csv:3"), origins);
  }

  @Test
  void noAnalystViewShowsTheIndividualsOfTheShippingRecords(SparkSession spark) {
    assertTrue(warehouse.read("raw_bol").filter(col("notify_party").contains("LI WEI")).count()
        > 0, "the samples name individuals, so this test can fail");
    List<String> views = new ArrayList<>();
    for (var row : spark.sql("SHOW VIEWS IN " + DATABASE).collectAsList()) {
      views.add(row.getString(row.fieldIndex("viewName")));
    }
    assertTrue(views.contains("v_companies") && views.contains("v_quarantine"), views.toString());
    for (String view : views) {
      Column text = col("row_json");
      Column personal = null;
      for (String individual : INDIVIDUALS) {
        Column found = text.contains(individual);
        personal = personal == null ? found : personal.or(found);
      }
      assertEquals(0, spark.table(DATABASE + "." + view)
          .withColumn("row_json", to_json(struct(col("*")))).filter(personal).count(), view);
    }
    assertFalse(views.isEmpty());
  }

  @Test
  void theDataDictionaryDescribesEveryTableAndViewColumn(SparkSession spark) throws IOException {
    java.util.Map<String, java.util.Set<String>> documented = dictionary(
        HOME.resolve("docs/DATA-DICTIONARY.md"));
    List<String> missing = new ArrayList<>();
    List<String> tables = new ArrayList<>(warehouse.listTables());
    spark.sql("SHOW VIEWS IN " + DATABASE).collectAsList()
        .forEach(row -> tables.add(row.getString(row.fieldIndex("viewName"))));
    for (String table : tables) {
      java.util.Set<String> columns = new java.util.HashSet<>(
          documented.getOrDefault(table, java.util.Set.of()));
      if (table.startsWith("raw_")) {
        columns.addAll(documented.get("raw_*"));
      }
      for (String column : spark.table(DATABASE + "." + table).columns()) {
        if (!columns.contains(column)) {
          missing.add(table + "." + column);
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  private static java.util.Map<String, java.util.Set<String>> dictionary(Path file)
      throws IOException {
    java.util.Map<String, java.util.Set<String>> sections = new java.util.HashMap<>();
    java.util.Set<String> current = null;
    for (String line : Files.readAllLines(file)) {
      java.util.regex.Matcher heading = java.util.regex.Pattern.compile("^### `([^`]+)`.*")
          .matcher(line);
      java.util.regex.Matcher row = java.util.regex.Pattern.compile("^\\| `([^`]+)` \\|.*")
          .matcher(line);
      if (heading.matches()) {
        current = sections.computeIfAbsent(heading.group(1), k -> new java.util.HashSet<>());
      } else if (row.matches() && current != null) {
        current.add(row.group(1));
      }
    }
    return sections;
  }

  private static List<String> sqlCells(Path notebook) throws IOException {
    JsonNode cells = new ObjectMapper().readTree(notebook.toFile()).path("cells");
    List<String> sql = new ArrayList<>();
    for (JsonNode cell : cells) {
      if (!"code".equals(cell.path("cell_type").asText())) {
        continue;
      }
      StringBuilder source = new StringBuilder();
      cell.path("source").forEach(line -> source.append(line.asText()));
      String text = source.toString();
      if (text.startsWith("%%sql")) {
        sql.add(text.substring(text.indexOf('\n') + 1));
      }
    }
    return sql;
  }
}
