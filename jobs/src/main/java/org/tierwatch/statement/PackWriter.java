package org.tierwatch.statement;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The statement pack as one HTML page: figures, charts (PNG data URIs) and the items that need
 * attention, each section tagged with the statement-law areas it answers. Nothing in it depends
 * on the clock, so the same quarter gives the same page.
 */
final class PackWriter {
  private final Quarter quarter;
  private final Snapshot snapshot;
  private final List<Kpi> kpis;
  private final Map<String, Double> previous;
  private final List<ExposedItems.Item> items;
  private final StringBuilder html = new StringBuilder();

  PackWriter(Quarter quarter, Snapshot snapshot, List<Kpi> kpis, Map<String, Double> previous,
      List<ExposedItems.Item> items) {
    this.quarter = requireNonNull(quarter, "quarter is null");
    this.snapshot = requireNonNull(snapshot, "snapshot is null");
    this.kpis = requireNonNull(kpis, "kpis is null");
    this.previous = requireNonNull(previous, "previous is null");
    this.items = requireNonNull(items, "items is null");
  }

  String render() {
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Modern slavery statement pack ").append(quarter).append("</title>")
        .append("<style>body{font-family:sans-serif;margin:2em;color:#1b1b1b}")
        .append("table{border-collapse:collapse;margin:0.5em 0}td,th{border:1px solid #ccc;")
        .append("padding:0.25em 0.6em;text-align:left}th{background:#eef2f6}")
        .append(".laws{font-size:0.85em;color:#555}img{display:block;margin:0.5em 0}</style>")
        .append("</head><body>\n");
    html.append("<h1>Modern slavery statement pack: ").append(quarter).append("</h1>\n")
        .append("<p>Figures from the tables as they stood after run ")
        .append(escape(snapshot.runId())).append(" (").append(snapshot.runDate())
        .append("), the last successful run on or before ").append(quarter.end())
        .append(". Scores are leads for due diligence, not verdicts. Engaging a supplier can put ")
        .append("workers at risk: seek expert guidance before any contact with a factory.</p>\n");
    section("coverage", "Coverage: SKUs, spend and suppliers mapped");
    figures("coverage");
    chart("coverage", "companies_mapped", "Companies mapped per tier", "companies");
    section("assessment", "Suppliers assessed");
    figures("assessment");
    chart("assessment", "companies_located", "Companies by province located", "companies");
    section("exposure", "Exposure by band, sector, province and tier");
    figures("exposure");
    chart("exposure", "spend", "Annual spend by SKU band (USD)", "USD");
    chart("exposure", "exposed_spend_by_sector", "Exposed spend by sector (USD)", "USD");
    chart("exposure", "high_medium_companies_by_province",
        "HIGH and MEDIUM companies by province", "companies");
    chart("exposure", "high_medium_companies_by_tier", "HIGH and MEDIUM companies by tier",
        "companies");
    section("items", "HIGH and MEDIUM items and their decision status");
    itemsTable();
    section("change", "Change against " + quarter.previous());
    changeTable();
    section("remediation", "Decisions and remediation");
    figures("remediation");
    html.append("<p>No personal data: names, telephone numbers and e-mail addresses of ")
        .append("individuals in shipping records are masked.</p>\n</body></html>\n");
    return html.toString();
  }

  private void section(String key, String title) {
    List<String> laws = Frameworks.MAPPING.get(key);
    html.append("<h2 id=\"").append(key).append("\">").append(escape(title)).append("</h2>\n")
        .append("<p class=\"laws\">UK MSA ").append(escape(laws.get(0)))
        .append(" &middot; Australia MSA ").append(escape(laws.get(1)))
        .append(" &middot; Canada S-211 ").append(escape(laws.get(2))).append("</p>\n");
  }

  private void figures(String section) {
    List<Kpi> rows = kpis.stream().filter(k -> k.section().equals(section)).toList();
    if (rows.isEmpty()) {
      html.append("<p>No figures: the run had no table for this section.</p>\n");
      return;
    }
    html.append("<table><tr><th>figure</th><th>breakdown</th><th>value</th><th>unit</th></tr>\n");
    for (Kpi kpi : rows) {
      html.append("<tr><td>").append(escape(kpi.name())).append("</td><td>")
          .append(escape(kpi.dimension())).append("</td><td>").append(number(kpi.value()))
          .append("</td><td>").append(escape(kpi.unit())).append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private void chart(String section, String name, String title, String axis) {
    Map<String, Double> values = new LinkedHashMap<>();
    kpis.stream().filter(k -> k.section().equals(section) && k.name().equals(name))
        .forEach(k -> values.put(k.dimension(), k.value()));
    if (!values.isEmpty()) {
      html.append("<img class=\"chart\" alt=\"").append(escape(title)).append("\" src=\"")
          .append(BarChart.dataUri(title, axis, values)).append("\">\n");
    }
  }

  private void itemsTable() {
    if (items.isEmpty()) {
      html.append("<p>No HIGH or MEDIUM items in this run.</p>\n");
      return;
    }
    html.append("<table><tr><th>type</th><th>id</th><th>name</th><th>band</th><th>score</th>")
        .append("<th>decision</th><th>decided on</th></tr>\n");
    for (ExposedItems.Item item : items) {
      html.append("<tr><td>").append(item.type()).append("</td><td>").append(escape(item.id()))
          .append("</td><td>").append(escape(item.name())).append("</td><td>")
          .append(item.band()).append("</td><td>").append(number(item.score()))
          .append("</td><td>").append(escape(item.decision())).append("</td><td>")
          .append(escape(item.decidedOn())).append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private void changeTable() {
    if (previous.isEmpty()) {
      html.append("<p>No successful run on or before ").append(quarter.previous().end())
          .append(": nothing to compare with.</p>\n");
      return;
    }
    html.append("<table><tr><th>figure</th><th>breakdown</th><th>").append(quarter.previous())
        .append("</th><th>").append(quarter).append("</th><th>change</th></tr>\n");
    for (Kpi kpi : kpis) {
      double before = previous.getOrDefault(kpi.key(), 0.0);
      html.append("<tr><td>").append(escape(kpi.section() + " / " + kpi.name()))
          .append("</td><td>").append(escape(kpi.dimension())).append("</td><td>")
          .append(number(before)).append("</td><td>").append(number(kpi.value()))
          .append("</td><td>").append(number(kpi.value() - before)).append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, "%,.3f", value);
  }

  /** HTML escaping by hand: commons-text's escaper needs a newer commons-lang3 than Spark's. */
  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&#39;");
  }
}
