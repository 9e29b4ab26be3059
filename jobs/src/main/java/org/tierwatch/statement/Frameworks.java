package org.tierwatch.statement;

import java.util.List;
import java.util.Map;

/**
 * Where each section of the pack answers the statement laws: UK Modern Slavery Act 2015
 * s.54(5) areas, Australian Modern Slavery Act 2018 s.16(1) mandatory criteria, and the
 * Canadian Fighting Against Forced Labour and Child Labour in Supply Chains Act s.11(3) report
 * content.
 */
final class Frameworks {
  static final List<String> SECTIONS = List.of(
      "coverage", "assessment", "exposure", "items", "change", "remediation");

  static final Map<String, List<String>> MAPPING = Map.of(
      "coverage", List.of("s.54(5)(a) structure, business and supply chains",
          "s.16(1)(b) structure, operations and supply chains",
          "s.11(3)(a) structure, activities and supply chains"),
      "assessment", List.of("s.54(5)(c) due diligence processes",
          "s.16(1)(d) actions to assess and address risks, incl. due diligence",
          "s.11(3)(b) policies and due diligence processes"),
      "exposure", List.of("s.54(5)(d) parts of the supply chains at risk",
          "s.16(1)(c) risks of modern slavery in operations and supply chains",
          "s.11(3)(c) parts of the business and supply chains at risk"),
      "items", List.of("s.54(5)(c)-(d) due diligence and risk assessment",
          "s.16(1)(d) actions taken, incl. due diligence",
          "s.11(3)(c) steps taken to assess and manage that risk"),
      "change", List.of("s.54(5)(e) effectiveness, against performance indicators",
          "s.16(1)(e) how effectiveness is assessed",
          "s.11(3)(g) how effectiveness is assessed"),
      "remediation", List.of("s.54(5)(c) due diligence and remediation",
          "s.16(1)(d) actions taken, incl. remediation",
          "s.11(3)(d)-(e) remediation measures"));

  private Frameworks() {}
}
