package dev.chorus.cli;

import dev.chorus.eval.EvalResult;
import dev.chorus.eval.MethodResult;
import dev.chorus.rouge.RougeAverage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * Draws {@code chart.png}: a grouped bar chart (XChart) of ROUGE-1 and ROUGE-2 per method, in the
 * preset's measure and in percent, with error bars for the 95% confidence interval.
 *
 * <p>XChart's error bars are symmetric, while a bootstrap interval need not be: each bar spans the
 * larger of (average - lower) and (upper - average) on both sides, so it never looks narrower than
 * the interval. Runs headless ({@code java.awt.headless=true} is set before AWT is first used).
 * Stateless.
 */
final class EvalChart {

  private static final int WIDTH = 1000;
  private static final int HEIGHT = 560;

  private EvalChart() {}

  /** Writes the chart as PNG to {@code file} (via a temporary file). */
  static void writePng(EvalResult result, String source, Path file) throws IOException {
    // A server or CI has no display; AWT must not try to open one.
    System.setProperty("java.awt.headless", "true");
    CategoryChart chart = chart(result, source);
    AtomicFiles.write(file, out -> BitmapEncoder.saveBitmap(chart, out, BitmapFormat.PNG));
  }

  private static CategoryChart chart(EvalResult result, String source) {
    char measure = result.preset().measure();
    String unit = EvalReport.measureName(result) + " (%)";
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(
                "ROUGE "
                    + unit
                    + ", 95% CI: "
                    + source
                    + " ("
                    + result.clusters()
                    + " clusters, "
                    + result.budget()
                    + ")")
            .xAxisTitle("method")
            .yAxisTitle(unit)
            .build();
    chart.getStyler().setLegendPosition(LegendPosition.InsideNE);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisDecimalPattern("0");
    chart.getStyler().setErrorBarsColorSeriesColor(false);
    chart.getStyler().setXAxisLabelRotation(result.methods().size() > 6 ? 30 : 0);
    List<String> methods = new ArrayList<>(result.methods().keySet());
    for (String metric : List.of("ROUGE-1", "ROUGE-2")) {
      if (!result.metrics().contains(metric)) {
        continue;
      }
      List<Double> values = new ArrayList<>();
      List<Double> errors = new ArrayList<>();
      for (MethodResult method : result.methods().values()) {
        RougeAverage average = method.report().averages().get(metric);
        double mean = average.average().get(measure);
        double below = mean - average.lower().get(measure);
        double above = average.upper().get(measure) - mean;
        values.add(100 * mean);
        errors.add(100 * Math.max(0, Math.max(below, above)));
      }
      chart.addSeries(metric, methods, values, errors);
    }
    return chart;
  }
}
