package org.tierwatch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.tierwatch.pipeline.StageTiming;

/** Writes {@code bench.json}: every figure of a {@link BenchReport}, with units in the key names. */
final class BenchJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private BenchJson() {}

  static void write(BenchReport report, Path file) {
    try {
      MAPPER.writeValue(file.toFile(), toJson(report));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static ObjectNode toJson(BenchReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("scale", report.scale());
    root.put("seed", report.seed());
    root.put("last_day", report.lastDay().toString());
    root.put("started_at", report.startedAt().toString());

    ObjectNode machine = root.putObject("machine");
    machine.put("processors", report.machine().processors());
    machine.put("max_heap_bytes", report.machine().maxHeapBytes());
    machine.put("java", report.machine().javaVersion());
    machine.put("spark_master", report.machine().sparkMaster());

    ObjectNode data = root.putObject("data");
    data.put("reused", report.dataReused());
    data.put("generate_seconds", report.generateSeconds());
    data.put("input_files", report.ioFloor().files());
    data.put("input_bytes", report.ioFloor().bytes());

    ObjectNode floor = root.putObject("io_floor");
    floor.put("seconds", report.ioFloor().seconds());
    floor.put("rows", report.ioFloor().rows());
    floor.put("rows_per_second", perSecond(report.ioFloor().rows(), report.ioFloor().seconds()));

    ObjectNode full = run(root.putObject("full_run"), report.full());
    full.put("ratio_to_io_floor", report.fullToFloorRatio());

    ObjectNode incremental = run(root.putObject("incremental_run"), report.incremental());
    incremental.put("new_rows", report.newRows());
    long allRows = report.full().rowsRead() + report.newRows();
    incremental.put("new_rows_share", allRows == 0 ? 0 : (double) report.newRows() / allRows);
    incremental.put("note", report.incremental().rebuildNote());
    ArrayNode addedOnly = incremental.putArray("added_only");
    report.incremental().addedOnly().forEach(addedOnly::add);

    ObjectNode accuracy = root.putObject("accuracy");
    precisionRecall(accuracy, "address_per_party_record",
        report.accuracy().addressPerPartyRecord());
    precisionRecall(accuracy, "address_per_party_record_through_company",
        report.accuracy().addressPerPartyRecordThroughCompany());
    precisionRecall(accuracy, "address_per_company", report.accuracy().addressPerCompany());
    precisionRecall(accuracy, "entity_pairs", report.accuracy().entityPairs());
    bCubed(accuracy, "entity_bcubed", report.accuracy().entityBCubed());
    precisionRecall(accuracy, "sku_exposure", report.accuracy().skuExposure());
    Measured<HitRate> topPath = report.accuracy().topPathNamesSource();
    ObjectNode top = accuracy.putObject("top_path_names_source");
    if (topPath.measured()) {
      top.put("rate", topPath.value().rate());
      top.put("hits", topPath.value().hits());
      top.put("exposed_skus", topPath.value().cases());
    } else {
      top.put("not_measured", topPath.notMeasured());
    }

    ObjectNode locator = root.putObject("locator");
    if (report.locator().measured()) {
      LocatorThroughput.Result result = report.locator().value();
      locator.put("addresses", result.addresses());
      locator.put("seconds", result.seconds());
      locator.put("addresses_per_second", result.perSecond());
      locator.put("threads", 1);
    } else {
      locator.put("not_measured", report.locator().notMeasured());
    }

    ObjectNode memory = root.putObject("memory");
    memory.put("heap_peak_bytes", report.memory().heapPeakBytes());
    memory.put("heap_max_bytes", report.memory().heapMaxBytes());
    ObjectNode pools = memory.putObject("pool_peak_bytes");
    for (Map.Entry<String, Long> pool : report.memory().poolPeakBytes().entrySet()) {
      pools.put(pool.getKey(), pool.getValue());
    }

    ArrayNode targets = root.putArray("targets");
    for (Target target : Target.evaluate(report)) {
      ObjectNode node = targets.addObject();
      node.put("name", target.name());
      node.put("goal", target.goal());
      if (target.value() == null) {
        node.putNull("value");
      } else {
        node.put("value", target.value());
      }
      node.put("status", target.status());
    }
    return root;
  }

  private static ObjectNode run(ObjectNode node, RunFigures run) {
    node.put("run_id", run.runId());
    node.put("seconds", run.seconds());
    node.put("rows_read", run.rowsRead());
    node.put("rows_per_second", run.rowsPerSecond());
    ArrayNode stages = node.putArray("stages");
    for (StageTiming stage : run.stages()) {
      ObjectNode s = stages.addObject();
      s.put("stage", stage.stage());
      s.put("seconds", stage.seconds());
      s.put("rows", stage.rows());
      s.put("input_rows_per_second", perSecond(run.rowsRead(), stage.seconds()));
    }
    return node;
  }

  private static void precisionRecall(ObjectNode parent, String name,
      Measured<PrecisionRecall> figure) {
    ObjectNode node = parent.putObject(name);
    if (figure.measured()) {
      PrecisionRecall counts = figure.value();
      node.put("precision", counts.precision());
      node.put("recall", counts.recall());
      node.put("true_positives", counts.truePositives());
      node.put("false_positives", counts.falsePositives());
      node.put("false_negatives", counts.falseNegatives());
    } else {
      node.put("not_measured", figure.notMeasured());
    }
  }

  private static void bCubed(ObjectNode parent, String name, Measured<BCubed> figure) {
    ObjectNode node = parent.putObject(name);
    if (figure.measured()) {
      node.put("precision", figure.value().precision());
      node.put("recall", figure.value().recall());
    } else {
      node.put("not_measured", figure.notMeasured());
    }
  }

  private static double perSecond(long rows, double seconds) {
    return seconds == 0 ? 0 : rows / seconds;
  }
}
