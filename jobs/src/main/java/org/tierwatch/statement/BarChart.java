package org.tierwatch.statement;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** A bar chart as a PNG data URI, so the pack is one self-contained file. */
final class BarChart {
  private BarChart() {}

  static String dataUri(String title, String valueAxis, Map<String, Double> values) {
    System.setProperty("java.awt.headless", "true");
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    values.forEach((category, value) -> data.addValue(value, valueAxis, category));
    JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, data,
        PlotOrientation.HORIZONTAL, false, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.getCategoryPlot().setBackgroundPaint(new Color(0xF4, 0xF6, 0xF8));
    chart.getCategoryPlot().getRenderer().setSeriesPaint(0, new Color(0x1F, 0x4E, 0x79));
    try {
      byte[] png = ChartUtils.encodeAsPNG(chart.createBufferedImage(720,
          Math.max(220, 60 + 34 * values.size())));
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode chart " + title, e);
    }
  }
}
