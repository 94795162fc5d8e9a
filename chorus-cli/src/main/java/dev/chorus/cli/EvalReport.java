package dev.chorus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.eval.EvalResult;
import dev.chorus.eval.MethodResult;
import dev.chorus.rouge.Rouge155Format;
import dev.chorus.rouge.RougeAverage;
import dev.chorus.rouge.RougeScore;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Renders an {@link EvalResult}: the console table, {@code results.md}, {@code results.json} and
 * {@code per-cluster.csv}. Tables show ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-SU when computed, in the
 * preset's measure, in percent with the 95% confidence interval; JSON and CSV hold every metric as
 * fractions with 5 decimals, as the official script prints them. Output is byte-identical for equal
 * results. Stateless.
 */
final class EvalReport {

  private static final char[] MEASURES = {'R', 'P', 'F'};

  private EvalReport() {}

  /** The metrics shown in tables: ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-SU*, when computed. */
  static List<String> tableMetrics(EvalResult result) {
    List<String> shown = new ArrayList<>();
    for (String metric : result.metrics()) {
      if (metric.equals("ROUGE-1")
          || metric.equals("ROUGE-2")
          || metric.equals("ROUGE-L")
          || metric.startsWith("ROUGE-SU")) {
        shown.add(metric);
      }
    }
    return shown;
  }

  /** One line describing the settings, e.g. "preset multinews: ROUGE-1.5.5 -n 2 ... ". */
  static String settings(EvalResult result, String source) {
    return String.format(
        Locale.ROOT,
        "preset %s: ROUGE-1.5.5 %s -c 95 -r 1000, %s in %%, 95%% confidence intervals;"
            + " budget %s; %d clusters of %s",
        result.preset().id(),
        String.join(" ", result.preset().flags()),
        measureName(result),
        result.budget(),
        result.clusters(),
        source);
  }

  /** The console table: method, one column per metric, mean summary words. */
  static String table(EvalResult result, String source) {
    List<String> metrics = tableMetrics(result);
    char measure = result.preset().measure();
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add("method");
    for (String metric : metrics) {
      header.add(metric + " " + measure);
    }
    header.add("words");
    rows.add(header);
    for (MethodResult method : result.methods().values()) {
      List<String> row = new ArrayList<>();
      row.add(method.method());
      for (String metric : metrics) {
        RougeAverage average = method.report().averages().get(metric);
        row.add(percent(average.average().get(measure)) + " " + interval(average, measure, "-"));
      }
      row.add(String.format(Locale.ROOT, "%.1f", method.meanWords()));
      rows.add(row);
    }
    int[] widths = new int[header.size()];
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder(settings(result, source)).append('\n');
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.size(); c++) {
        line.append(c == 0 ? pad(row.get(c), widths[c]) : padLeft(row.get(c), widths[c]));
        line.append(c + 1 < row.size() ? "  " : "");
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** The markdown file: a heading, the settings and the table. */
  static String markdown(EvalResult result, String source) {
    List<String> metrics = tableMetrics(result);
    char measure = result.preset().measure();
    StringBuilder out = new StringBuilder();
    out.append("# chorus eval: ").append(source).append("\n\n");
    out.append(settings(result, source)).append(".\n\n");
    out.append("| method |");
    for (String metric : metrics) {
      out.append(' ').append(metric).append(' ').append(measure).append(" (95% CI) |");
    }
    out.append(" words |\n|---|");
    out.append("---:|".repeat(metrics.size())).append("---:|\n");
    for (MethodResult method : result.methods().values()) {
      out.append("| ").append(method.method()).append(" |");
      for (String metric : metrics) {
        RougeAverage average = method.report().averages().get(metric);
        out.append(' ')
            .append(percent(average.average().get(measure)))
            .append(' ')
            .append(interval(average, measure, "–"))
            .append(" |");
      }
      out.append(String.format(Locale.ROOT, " %.1f |%n", method.meanWords()));
    }
    return out.toString();
  }

  /**
   * Writes {@code {"method": {"ROUGE-1": {"R": r, "P": p, "F": f, "R_ci": [lo, hi], "P_ci": ...,
   * "F_ci": ...}, ...}, ...}}, fractions with 5 decimals.
   */
  static void writeJson(EvalResult result, Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    for (MethodResult method : result.methods().values()) {
      ObjectNode methodNode = root.putObject(method.method());
      for (Map.Entry<String, RougeAverage> entry : method.report().averages().entrySet()) {
        RougeAverage average = entry.getValue();
        ObjectNode metric = methodNode.putObject(entry.getKey());
        for (char which : MEASURES) {
          metric.put(String.valueOf(which), printed(average.average().get(which)));
        }
        for (char which : MEASURES) {
          ArrayNode ci = metric.putArray(which + "_ci");
          ci.add(printed(average.lower().get(which)));
          ci.add(printed(average.upper().get(which)));
        }
      }
    }
    String json = mapper.writeValueAsString(root) + "\n";
    AtomicFiles.writeString(file, json);
  }

  /** Writes {@code cluster,method,metric,R,P,F} rows, sorted by cluster, then method and metric. */
  static void writeCsv(EvalResult result, Path file) throws IOException {
    StringBuilder out = new StringBuilder("cluster,method,metric,R,P,F\n");
    TreeSet<String> clusters = new TreeSet<>();
    MethodResult first = result.methods().values().iterator().next();
    clusters.addAll(first.report().perCluster().values().iterator().next().keySet());
    for (String cluster : clusters) {
      for (MethodResult method : result.methods().values()) {
        for (Map.Entry<String, Map<String, RougeScore>> metric :
            method.report().perCluster().entrySet()) {
          RougeScore score = metric.getValue().get(cluster);
          out.append(csvField(cluster))
              .append(',')
              .append(csvField(method.method()))
              .append(',')
              .append(metric.getKey());
          for (char which : MEASURES) {
            out.append(',').append(Rouge155Format.decimal5(score.get(which)));
          }
          out.append('\n');
        }
      }
    }
    AtomicFiles.writeString(file, out.toString());
  }

  static String measureName(EvalResult result) {
    return result.preset().measure() == 'R' ? "recall" : "F";
  }

  /** A fraction as a percentage with 2 decimals, e.g. 0.441234 -> "44.12". */
  static String percent(double fraction) {
    return BigDecimal.valueOf(fraction)
        .movePointRight(2)
        .setScale(2, RoundingMode.HALF_EVEN)
        .toPlainString();
  }

  private static String interval(RougeAverage average, char measure, String dash) {
    return "("
        + percent(average.lower().get(measure))
        + dash
        + percent(average.upper().get(measure))
        + ")";
  }

  private static BigDecimal printed(double value) {
    return new BigDecimal(Rouge155Format.decimal5(value));
  }

  private static String csvField(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }

  private static String padLeft(String text, int width) {
    return " ".repeat(width - text.length()) + text;
  }
}
