package org.tierwatch.analyst;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tierwatch.spark.Warehouse;

/**
 * The analyst views: the result tables joined into readable rows (names beside ids, the latest
 * run only, the decision on each subject), with the personal data of individuals masked
 * ({@link PersonalData}). Created in the catalog at every session start, for the tables present;
 * docs/DATA-DICTIONARY.md describes every column.
 */
public final class AnalystViews {
  static final List<AnalystView> VIEWS = List.of(
      new AnalystView("v_latest_decision", List.of(DecisionLog.TABLE), """
          SELECT subject_type, subject_key, decision, note, analyst, decided_on, recorded_at,
                 origin, decision_id
          FROM (SELECT d.*, row_number() OVER (PARTITION BY subject_type, upper(subject_key)
                         ORDER BY decided_on DESC, recorded_at DESC, decision_id DESC) AS rn
                FROM ${db}.decision_log d)
          WHERE rn = 1"""),
      new AnalystView("v_company_decisions",
          List.of(DecisionLog.TABLE, "companies", "company_aliases"), """
          SELECT c.company_id, d.decision_id, d.decision, d.note, d.analyst, d.decided_on,
                 d.recorded_at, d.origin
          FROM ${db}.decision_log d JOIN ${db}.companies c ON d.subject_key = c.company_id
          WHERE d.subject_type = 'company'
          UNION
          SELECT c.company_id, d.decision_id, d.decision, d.note, d.analyst, d.decided_on,
                 d.recorded_at, d.origin
          FROM ${db}.decision_log d JOIN ${db}.companies c
            ON upper(d.subject_key) = upper(c.name)
          WHERE d.subject_type = 'company'
          UNION
          SELECT a.company_id, d.decision_id, d.decision, d.note, d.analyst, d.decided_on,
                 d.recorded_at, d.origin
          FROM ${db}.decision_log d JOIN ${db}.company_aliases a
            ON upper(trim(d.subject_key)) = upper(trim(a.name))
          WHERE d.subject_type = 'company'"""),
      new AnalystView("v_decisions",
          List.of(DecisionLog.TABLE, "companies", "raw_products", "company_aliases"), """
          SELECT d.decision_id, d.subject_type, d.subject_key, d.decision, d.note, d.analyst,
                 d.decided_on, d.recorded_at, d.origin,
                 CASE d.subject_type
                   WHEN 'company' THEN d.decision_id IN
                     (SELECT decision_id FROM ${db}.v_company_decisions)
                   WHEN 'sku' THEN d.subject_key IN (SELECT sku FROM ${db}.raw_products)
                   WHEN 'pair' THEN size(split(d.subject_key, '[|]')) = 2
                     AND upper(trim(regexp_replace(split(d.subject_key, '[|]')[0], '\\\\s+', ' ')))
                       IN (SELECT upper(trim(regexp_replace(name, '\\\\s+', ' ')))
                           FROM ${db}.company_aliases)
                     AND upper(trim(regexp_replace(split(d.subject_key, '[|]')[1], '\\\\s+', ' ')))
                       IN (SELECT upper(trim(regexp_replace(name, '\\\\s+', ' ')))
                           FROM ${db}.company_aliases)
                   ELSE upper(d.subject_key) IN (SELECT upper(name) FROM ${db}.company_aliases)
                 END AS subject_found
          FROM ${db}.decision_log d"""),
      new AnalystView("v_sku_exposure", List.of("product_risk", "raw_products", "companies"), """
          SELECT r.sku, r.product_name, p.category, p.annual_spend_usd, r.band, r.risk_score,
                 r.exposure_share, r.exposure_share * p.annual_spend_usd AS exposed_spend_usd,
                 MASK(r.top_path) AS top_path, r.top_source_company_id,
                 MASK(c.name) AS top_source_company_name, c.province AS top_source_province,
                 d.decision, d.analyst AS decided_by, d.decided_on, r.run_id
          FROM ${db}.product_risk r
          LEFT JOIN ${db}.raw_products p ON p.sku = r.sku
          LEFT JOIN ${db}.companies c ON c.company_id = r.top_source_company_id
          LEFT JOIN (SELECT * FROM ${db}.v_latest_decision WHERE subject_type = 'sku') d
            ON d.subject_key = r.sku
          WHERE r.run_id = (SELECT max(run_id) FROM ${db}.product_risk)"""),
      new AnalystView("v_supplier_exposure",
          List.of("company_risk", "companies", DecisionLog.TABLE), """
          SELECT r.company_id, MASK(r.name) AS company_name, r.country, r.province, c.city,
                 c.location_confidence, MASK(c.location_evidence) AS location_evidence, r.tier,
                 r.own_risk, r.risk_score, r.exposure_share, r.band,
                 d.decision, d.note AS decision_note, d.analyst AS decided_by, d.decided_on,
                 r.run_id
          FROM ${db}.company_risk r
          LEFT JOIN ${db}.companies c ON c.company_id = r.company_id
          LEFT JOIN (SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY company_id
                       ORDER BY decided_on DESC, recorded_at DESC, decision_id DESC) AS rn
                     FROM ${db}.v_company_decisions) WHERE rn = 1) d
            ON d.company_id = r.company_id
          WHERE r.run_id = (SELECT max(run_id) FROM ${db}.company_risk)"""),
      new AnalystView("v_paths", List.of("risk_paths", "companies"), """
          SELECT p.subject_type, p.subject_id, p.rank, p.contribution, p.source_company_id,
                 MASK(c.name) AS source_company_name, c.province AS source_province,
                 p.source_evidence, MASK(p.path_text) AS path_text, size(p.hops) AS hop_count,
                 p.run_id
          FROM ${db}.risk_paths p
          LEFT JOIN ${db}.companies c ON c.company_id = p.source_company_id
          WHERE p.run_id = (SELECT max(run_id) FROM ${db}.risk_paths)"""),
      new AnalystView("v_evidence", List.of("risk_evidence", "companies"), """
          SELECT e.company_id, MASK(c.name) AS company_name, c.province, e.evidence_type,
                 e.weight, CASE WHEN size(e.families) = 0 THEN 'all'
                   ELSE concat_ws(', ', e.families) END AS families,
                 e.source_record, MASK(e.detail) AS detail, e.decided_by, e.decided_on
          FROM ${db}.risk_evidence e
          LEFT JOIN ${db}.companies c ON c.company_id = e.company_id"""),
      new AnalystView("v_changes", List.of("risk_changes"), """
          SELECT subject_type, subject_id, change, previous_band, band, previous_score, score,
                 MASK(detail) AS detail, run_id
          FROM ${db}.risk_changes
          WHERE run_id = (SELECT max(run_id) FROM ${db}.risk_changes)"""),
      new AnalystView("v_companies", List.of("companies"), """
          SELECT company_id, MASK(name) AS name, country, province, city, location_confidence,
                 MASK(location_evidence) AS location_evidence
          FROM ${db}.companies"""),
      new AnalystView("v_quarantine", List.of("quarantine"), """
          SELECT source, file, line_number, reason, MASK(raw_line) AS raw_line
          FROM ${db}.quarantine"""));

  private final Warehouse warehouse;

  public AnalystViews(Warehouse warehouse) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
  }

  /** Creates (or replaces) every view whose tables exist; returns the names created. */
  public List<String> create() {
    Set<String> present = new HashSet<>(warehouse.listTables());
    List<String> created = new ArrayList<>();
    for (AnalystView view : VIEWS) {
      if (present.containsAll(view.tables()) && dependenciesCreated(view, created)) {
        warehouse.spark().sql(withMasks(view.sql(warehouse.database())));
        created.add(view.name());
      }
    }
    return created;
  }

  private static boolean dependenciesCreated(AnalystView view, List<String> created) {
    return VIEWS.stream().map(AnalystView::name)
        .filter(name -> !name.equals(view.name()) && view.query().contains("${db}." + name))
        .allMatch(created::contains);
  }

  /** Expands {@code MASK(x)}, where x is a plain column reference, into the masking expression. */
  static String withMasks(String sql) {
    return java.util.regex.Pattern.compile("MASK\\(([A-Za-z_.]+)\\)").matcher(sql)
        .replaceAll(match -> java.util.regex.Matcher.quoteReplacement(
            PersonalData.maskSql(match.group(1))));
  }
}
