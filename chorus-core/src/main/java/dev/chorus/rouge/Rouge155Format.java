package dev.chorus.rouge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Number formatting and the text report of ROUGE-1.5.5.
 *
 * <p>The script formats every value with C's {@code sprintf("%7.5f")}, which rounds the exact
 * binary value of the double half-to-even. Java's {@code String.format("%.5f")} rounds the shortest
 * decimal representation half-up instead and differs on values such as 1/64 = 0.015625 (C prints
 * 0.01562, Java 0.01563), so this class rounds through {@link BigDecimal}. Stateless and
 * thread-safe.
 */
public final class Rouge155Format {

  /** The line before each metric's averages. */
  public static final String SEPARATOR = "---------------------------------------------";

  /** The line between averages and per-cluster lines. */
  public static final String DOTS = ".............................................";

  private static final Pattern LEADING_DIGITS = Pattern.compile("^([0-9]+)");

  /** The script's by_evalID order, with ties broken by string order to be deterministic. */
  private static final Comparator<String> EVAL_ID_ORDER =
      (a, b) -> {
        Matcher ma = LEADING_DIGITS.matcher(a);
        Matcher mb = LEADING_DIGITS.matcher(b);
        if (ma.find() && mb.find()) {
          int byNumber = new BigDecimal(ma.group(1)).compareTo(new BigDecimal(mb.group(1)));
          if (byNumber != 0) {
            return byNumber;
          }
        }
        return a.compareTo(b);
      };

  private Rouge155Format() {}

  /** {@code value} as C's {@code printf("%7.5f")} prints it, e.g. "0.38442". */
  public static String decimal5(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("value must be finite, was " + value);
    }
    // The width 7 never pads: "0.00000" already has 7 characters.
    return new BigDecimal(value).setScale(5, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** The double the script gets back when it reads {@link #decimal5} as a number. */
  public static double round5(double value) {
    return Double.parseDouble(decimal5(value));
  }

  /**
   * The report ROUGE-1.5.5 prints for one system: per metric, a separator line and the three
   * average lines, e.g. {@code 1 ROUGE-1 Average_R: 0.38512 (95%-conf.int. 0.36979 - 0.40133)};
   * with {@code perCluster} (the script's {@code -d}) also a dotted line and one line per cluster,
   * {@code 1 ROUGE-1 Eval d30001t.1 R:0.44226 P:0.44554 F:0.44389}, ordered as the script orders
   * them (numerically by a leading number when both ids have one, else as strings).
   *
   * @param systemId the peer id printed at the start of every line (pyrouge uses "1")
   * @param confidence the {@code -c} value, printed as given, e.g. 95
   */
  public static String report(
      String systemId, RougeReport report, double confidence, boolean perCluster) {
    StringBuilder out = new StringBuilder();
    String level = BigDecimal.valueOf(confidence).stripTrailingZeros().toPlainString();
    for (Map.Entry<String, RougeAverage> entry : report.averages().entrySet()) {
      String metric = entry.getKey();
      RougeAverage average = entry.getValue();
      out.append(SEPARATOR).append('\n');
      for (char which : new char[] {'R', 'P', 'F'}) {
        out.append(systemId)
            .append(' ')
            .append(metric)
            .append(" Average_")
            .append(which)
            .append(": ")
            .append(decimal5(average.average().get(which)))
            .append(" (")
            .append(level)
            .append("%-conf.int. ")
            .append(decimal5(average.lower().get(which)))
            .append(" - ")
            .append(decimal5(average.upper().get(which)))
            .append(")\n");
      }
      if (perCluster) {
        out.append(DOTS).append('\n');
        List<String> ids = new ArrayList<>(report.perCluster().get(metric).keySet());
        List<String> testIds = new ArrayList<>();
        for (String id : ids) {
          testIds.add(id + "." + systemId);
        }
        testIds.sort(EVAL_ID_ORDER);
        for (String testId : testIds) {
          String id = testId.substring(0, testId.length() - systemId.length() - 1);
          RougeScore score = report.perCluster().get(metric).get(id);
          out.append(systemId)
              .append(' ')
              .append(metric)
              .append(" Eval ")
              .append(testId)
              .append(" R:")
              .append(decimal5(score.recall()))
              .append(" P:")
              .append(decimal5(score.precision()))
              .append(" F:")
              .append(decimal5(score.f()))
              .append('\n');
        }
      }
    }
    return out.toString();
  }
}
