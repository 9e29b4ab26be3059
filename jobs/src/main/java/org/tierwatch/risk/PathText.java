package org.tierwatch.risk;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Renders one path row with {@link PathRenderer}, from the labels of the companies on it and
 * the evidence on its source, into a row of {@code risk_paths}.
 */
final class PathText implements MapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final String runId;

  PathText(String runId) {
    this.runId = requireNonNull(runId, "runId is null");
  }

  @Override
  public Row call(Row row) {
    PathTarget target = "sku".equals(row.getAs("subject_type")) ? PathTarget.SKU
        : PathTarget.COMPANY;
    String subject = row.getAs("subject_id");
    String sourceCompany = row.getAs("source_company_id");
    String sourceFamily = row.getAs("source_family");
    List<Row> hopRows = listOf(row, "hops");
    List<PathHop> hops = new ArrayList<>();
    for (Row hop : hopRows) {
      hops.add(new PathHop(hop.getAs("supplier_company_id"), hop.getAs("buyer_id"),
          hop.getAs("family_in"), hop.getAs("family_out"), hop.getAs("share")));
    }
    List<Evidence> evidence = new ArrayList<>();
    for (Row item : listOf(row, "evidence")) {
      Set<String> families = new TreeSet<>(item.getList(item.fieldIndex("families")));
      if (families.isEmpty() || families.contains(sourceFamily)) {
        evidence.add(new Evidence(sourceCompany, EvidenceType.valueOf(item.getAs("evidence_type")),
            item.getAs("weight"), families, item.getAs("source_record"), item.getAs("detail")));
      }
    }
    evidence.sort(Comparator.comparingDouble(Evidence::weight).reversed()
        .thenComparing(Evidence::type).thenComparing(Evidence::sourceRecord));
    Map<String, CompanyLabel> labels = new HashMap<>();
    Map<String, Integer> tiers = new HashMap<>();
    for (Row label : listOf(row, "labels")) {
      String id = label.getAs("company_id");
      labels.put(id, new CompanyLabel(label.getAs("name"), label.getAs("place")));
      if (label.getAs("tier") != null) {
        tiers.put(id, label.getAs("tier"));
      }
    }
    String productName = row.getAs("product_name");
    Map<String, String> skuNames = target == PathTarget.SKU && productName != null
        ? Map.of(subject, productName) : Map.of();
    RiskPath path = new RiskPath(target, subject, row.getAs("target_family"), row.getAs("rank"),
        row.getAs("contribution"), sourceCompany, sourceFamily, row.getAs("source_own_risk"),
        evidence, hops);
    List<String> sourceEvidence = new ArrayList<>();
    for (Evidence item : evidence) {
      sourceEvidence.add(item.type() + " " + item.detail());
    }
    return RowFactory.create(runId, row.getAs("subject_type"), subject, path.rank(),
        path.contribution(), sourceCompany, String.join("; ", sourceEvidence),
        new PathRenderer(labels, skuNames, tiers).render(path), hopRows.toArray(new Row[0]));
  }

  private static List<Row> listOf(Row row, String field) {
    int index = row.fieldIndex(field);
    return row.isNullAt(index) ? List.of() : row.getList(index);
  }
}
