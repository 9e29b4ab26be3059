package org.tierwatch.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tierwatch.ingest.CsvWriter;

/**
 * Prints a query result as an aligned text table, RFC 4180 CSV, or JSON lines (one object per
 * row). CSV and JSON
 * stream the rows; the table needs them all to size its columns, so it stops at a row limit.
 */
final class ResultPrinter {
  private final PrintStream out;

  ResultPrinter(PrintStream out) {
    this.out = out;
  }

  void print(Dataset<Row> result, OutputFormat format, int tableLimit) {
    String[] columns = result.columns();
    switch (format) {
      case csv -> {
        out.println(CsvWriter.line(List.of(columns)));
        Iterator<Row> rows = result.toLocalIterator();
        while (rows.hasNext()) {
          out.println(CsvWriter.line(cells(rows.next())));
        }
      }
      case json -> printJson(result);
      case table -> printTable(result, columns, tableLimit);
    }
    out.flush();
  }

  private void printTable(Dataset<Row> result, String[] columns, int limit) {
    List<Row> rows = result.limit(limit + 1).collectAsList();
    List<List<String>> lines = new ArrayList<>();
    lines.add(List.of(columns));
    rows.stream().limit(limit).forEach(row -> lines.add(cells(row)));
    int[] widths = new int[columns.length];
    for (List<String> line : lines) {
      for (int i = 0; i < columns.length; i++) {
        widths[i] = Math.min(80, Math.max(widths[i], line.get(i).length()));
      }
    }
    StringBuilder rule = new StringBuilder("+");
    for (int width : widths) {
      rule.append("-".repeat(width + 2)).append('+');
    }
    out.println(rule);
    for (int l = 0; l < lines.size(); l++) {
      StringBuilder text = new StringBuilder("|");
      for (int i = 0; i < columns.length; i++) {
        String cell = lines.get(l).get(i);
        if (cell.length() > widths[i]) {
          cell = cell.substring(0, widths[i] - 3) + "...";
        }
        text.append(' ').append(cell).append(" ".repeat(widths[i] - cell.length())).append(" |");
      }
      out.println(text);
      if (l == 0) {
        out.println(rule);
      }
    }
    out.println(rule);
    out.println(rows.size() > limit ? "(first " + limit + " rows; use --format csv for all)"
        : "(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
  }

  private void printJson(Dataset<Row> result) {
    Iterator<String> rows = result.toJSON().toLocalIterator();
    while (rows.hasNext()) {
      out.println(rows.next());
    }
  }

  private static List<String> cells(Row row) {
    List<String> cells = new ArrayList<>(row.length());
    for (int i = 0; i < row.length(); i++) {
      Object value = row.get(i);
      cells.add(value == null ? "" : value instanceof scala.collection.Seq<?> seq
          ? seq.mkString("[", ", ", "]") : value.toString());
    }
    return cells;
  }

}
