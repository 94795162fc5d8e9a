package dev.chorus.rouge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The settings of one ROUGE run, mirroring the flags of the official ROUGE-1.5.5 Perl script.
 *
 * <p>Defaults ({@link #defaults()}) are the script's defaults when it is run without flags: no
 * ROUGE-N (the script computes ROUGE-N only with {@code -n}), ROUGE-L on, no stemming, stopwords
 * kept, no truncation, model average ({@code -f A}), alpha 0.5, 95% confidence over 1,000
 * resamples. Immutable and thread-safe.
 *
 * @param maxN largest n of ROUGE-N, 0 (no ROUGE-N, flag {@code -n} absent) to 4
 * @param stem {@code -m}: WordNet exception lists, then the script's Porter stemmer
 * @param removeStopwords {@code -s}: drop SMART common words before n-grams are built
 * @param wordLimit {@code -l N}: keep the first N whitespace words of every summary, 0 = no limit
 * @param byteLimit {@code -b N}: keep the first N bytes of every summary, 0 = no limit; at most one
 *     of the two limits is set
 * @param formula {@code -f}: how scores against several references are combined
 * @param alpha {@code -p}: F = 1 / (alpha / P + (1 - alpha) / R), in [0, 1]
 * @param skipBigrams {@code -2}, {@code -u} and {@code -U}: which skip-bigram metrics to compute
 * @param skipDistance {@code -2 N}: the most words allowed between the two words of a skip bigram;
 *     a negative value means no limit (ROUGE-S*); ignored when {@code skipBigrams} is NONE
 * @param rougeL false with {@code -x}
 * @param wlcsWeight {@code -w W}: the ROUGE-W weight (f(k) = k^W), 0 = no ROUGE-W, else > 0
 * @param confidence {@code -c}: confidence level of the bootstrap interval in percent, 0 to 100
 * @param resamples {@code -r}: bootstrap resamples, at least 1
 */
public record RougeOptions(
    int maxN,
    boolean stem,
    boolean removeStopwords,
    int wordLimit,
    int byteLimit,
    ScoringFormula formula,
    double alpha,
    SkipBigrams skipBigrams,
    int skipDistance,
    boolean rougeL,
    double wlcsWeight,
    double confidence,
    int resamples) {

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  /** How the scores of one summary against several references are combined ({@code -f}). */
  public enum ScoringFormula {
    /**
     * {@code -f A}: hits and counts are summed over all references before dividing (a pooled
     * average, not the mean of per-reference scores).
     */
    AVERAGE,
    /** {@code -f B}: the counts of the reference with the highest recall are used. */
    BEST
  }

  /** Which skip-bigram metrics are computed. */
  public enum SkipBigrams {
    /** No {@code -2}. */
    NONE,
    /** {@code -2 N}: ROUGE-SN. */
    S,
    /** {@code -2 N -u}: ROUGE-SUN (skip bigrams plus unigrams) only. */
    SU,
    /** {@code -2 N -U}: both ROUGE-SN and ROUGE-SUN. */
    S_AND_SU
  }

  public RougeOptions {
    if (maxN < 0 || maxN > 4) {
      throw new IllegalArgumentException("maxN must be in 0..4, was " + maxN);
    }
    if (wordLimit < 0) {
      throw new IllegalArgumentException("wordLimit must be >= 0, was " + wordLimit);
    }
    if (byteLimit < 0) {
      throw new IllegalArgumentException("byteLimit must be >= 0, was " + byteLimit);
    }
    if (wordLimit > 0 && byteLimit > 0) {
      throw new IllegalArgumentException(
          "set a word limit or a byte limit, not both (was -l "
              + wordLimit
              + " -b "
              + byteLimit
              + ")");
    }
    if (formula == null) {
      throw new IllegalArgumentException("formula must not be null");
    }
    if (!(alpha >= 0 && alpha <= 1)) {
      throw new IllegalArgumentException("alpha must be in [0, 1], was " + alpha);
    }
    if (skipBigrams == null) {
      throw new IllegalArgumentException("skipBigrams must not be null");
    }
    if (!(wlcsWeight == 0 || wlcsWeight > 0) || Double.isInfinite(wlcsWeight)) {
      throw new IllegalArgumentException(
          "wlcsWeight must be 0 (no ROUGE-W) or a finite value > 0, was " + wlcsWeight);
    }
    if (!(confidence >= 0 && confidence <= 100)) {
      throw new IllegalArgumentException("confidence must be in [0, 100], was " + confidence);
    }
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be >= 1, was " + resamples);
    }
  }

  /** The official script's defaults: ROUGE-L only, see the type comment. */
  public static RougeOptions defaults() {
    return new RougeOptions(
        0, false, false, 0, 0, ScoringFormula.AVERAGE, 0.5, SkipBigrams.NONE, 0, true, 0, 95, 1000);
  }

  /**
   * The Multi-News preset {@code -c 95 -m -n 2 -r 1000 -2 4 -u}: ROUGE-1, ROUGE-2, ROUGE-L and
   * ROUGE-SU4 with stemming.
   */
  public static RougeOptions multiNews() {
    return fromOfficialFlags("-c", "95", "-m", "-n", "2", "-r", "1000", "-2", "4", "-u");
  }

  /**
   * Parses flags of {@code ROUGE-1.5.5.pl}: {@code -a -c -r -n -m -s -l -b -f -p -2 -u -U -w -x -d
   * -e DIR -t 0}. As with Perl's getopts, a value may follow its flag in the same argument ({@code
   * -n2}) and flags without value may be bundled ({@code -ad}). {@code -a}, {@code -d} and {@code
   * -e DIR} are accepted and ignored (all clusters are always scored; the data directory is given
   * to {@link RougeResources#load}); {@code -t} is accepted only as {@code -t 0}, the default
   * sentence-unit averaging.
   *
   * @throws IllegalArgumentException on an unknown or unsupported flag, a missing or bad value, a
   *     positional argument, or {@code -u}/{@code -U} without {@code -2}
   */
  public static RougeOptions fromOfficialFlags(String... args) {
    int maxN = 0;
    boolean stem = false;
    boolean stopwords = false;
    int wordLimit = 0;
    int byteLimit = 0;
    ScoringFormula formula = ScoringFormula.AVERAGE;
    double alpha = 0.5;
    Integer skipDistance = null;
    boolean u = false;
    boolean bigU = false;
    boolean rougeL = true;
    double weight = 0;
    double confidence = 95;
    int resamples = 1000;
    boolean seenL = false;
    boolean seenB = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg == null || arg.length() < 2 || arg.charAt(0) != '-') {
        throw new IllegalArgumentException(
            "unexpected argument '" + arg + "' (only flags are accepted, e.g. -n 2 -m)");
      }
      for (int k = 1; k < arg.length(); k++) {
        char flag = arg.charAt(k);
        if ("crnlbfp2wet".indexOf(flag) >= 0) {
          String value;
          if (k + 1 < arg.length()) {
            value = arg.substring(k + 1);
          } else if (i + 1 < args.length) {
            value = args[++i];
          } else {
            throw new IllegalArgumentException("flag -" + flag + " needs a value");
          }
          switch (flag) {
            case 'c' -> confidence = parseDouble(flag, value, 0, 100, "in [0, 100]");
            case 'r' -> resamples = parseInt(flag, value, 1, Integer.MAX_VALUE);
            case 'n' -> maxN = parseInt(flag, value, 1, 4);
            case 'l' -> {
              wordLimit = parseInt(flag, value, 1, Integer.MAX_VALUE);
              seenL = true;
            }
            case 'b' -> {
              byteLimit = parseInt(flag, value, 1, Integer.MAX_VALUE);
              seenB = true;
            }
            case 'f' -> formula = parseFormula(value);
            case 'p' -> alpha = parseDouble(flag, value, 0, 1, "in [0, 1]");
            case '2' -> skipDistance = parseInt(flag, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case 'w' -> weight = parseDouble(flag, value, Double.MIN_VALUE, 1e6, "> 0");
            case 'e' -> {
              // The data directory is passed to RougeResources.load instead.
            }
            case 't' -> {
              if (!value.equals("0")) {
                throw new IllegalArgumentException(
                    "-t " + value + " (token-level counting) is not supported; only -t 0");
              }
            }
            default -> throw new AssertionError(flag);
          }
          break; // the rest of this argument was the value
        }
        switch (flag) {
          case 'a', 'd' -> {
            // -a (all systems) and -d (per-cluster output) do not change scores.
          }
          case 'm' -> stem = true;
          case 's' -> stopwords = true;
          case 'u' -> u = true;
          case 'U' -> bigU = true;
          case 'x' -> rougeL = false;
          default ->
              throw new IllegalArgumentException(
                  "unknown or unsupported flag -" + flag + " in '" + arg + "'");
        }
      }
    }
    if (seenL && seenB) {
      throw new IllegalArgumentException(
          "specify a length limit in words (-l) or bytes (-b), not both");
    }
    SkipBigrams skip;
    if (skipDistance == null) {
      if (u || bigU) {
        throw new IllegalArgumentException("-u and -U need -2 (the skip distance)");
      }
      skip = SkipBigrams.NONE;
    } else if (bigU) {
      // Like the script: -U prints ROUGE-S and ROUGE-SU, whatever -u says.
      skip = SkipBigrams.S_AND_SU;
    } else {
      skip = u ? SkipBigrams.SU : SkipBigrams.S;
    }
    return new RougeOptions(
        maxN,
        stem,
        stopwords,
        wordLimit,
        byteLimit,
        formula,
        alpha,
        skip,
        skipDistance == null ? 0 : skipDistance,
        rougeL,
        weight,
        confidence,
        resamples);
  }

  /**
   * The metric names in the order the official script prints them, e.g. {@code ROUGE-1, ROUGE-2,
   * ROUGE-L, ROUGE-W-1.2, ROUGE-S4, ROUGE-SU4} or {@code ROUGE-S*} for an unlimited distance.
   */
  public List<String> metricNames() {
    List<String> names = new ArrayList<>();
    for (int n = 1; n <= maxN; n++) {
      names.add("ROUGE-" + n);
    }
    if (rougeL) {
      names.add("ROUGE-L");
    }
    if (wlcsWeight > 0) {
      names.add("ROUGE-W-" + BigDecimal.valueOf(wlcsWeight).stripTrailingZeros().toPlainString());
    }
    String distance = skipDistance < 0 ? "*" : Integer.toString(skipDistance);
    if (skipBigrams == SkipBigrams.S || skipBigrams == SkipBigrams.S_AND_SU) {
      names.add("ROUGE-S" + distance);
    }
    if (skipBigrams == SkipBigrams.SU || skipBigrams == SkipBigrams.S_AND_SU) {
      names.add("ROUGE-SU" + distance);
    }
    return List.copyOf(names);
  }

  private static ScoringFormula parseFormula(String value) {
    return switch (value) {
      case "A" -> ScoringFormula.AVERAGE;
      case "B" -> ScoringFormula.BEST;
      default ->
          throw new IllegalArgumentException(
              "-f must be A (model average) or B (best model), was " + value);
    };
  }

  private static int parseInt(char flag, String value, int min, int max) {
    int parsed;
    try {
      parsed = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-" + flag + " needs an integer, was '" + value + "'", e);
    }
    if (parsed < min || parsed > max) {
      throw new IllegalArgumentException(
          "-" + flag + " must be in " + min + ".." + max + ", was " + parsed);
    }
    return parsed;
  }

  private static double parseDouble(
      char flag, String value, double min, double max, String expected) {
    // Plain decimal numbers only: Double.parseDouble would also take "NaN", "0x1p3" or "1d".
    if (!DECIMAL.matcher(value).matches()) {
      throw new IllegalArgumentException("-" + flag + " needs a number, was '" + value + "'");
    }
    double parsed = Double.parseDouble(value);
    if (!(parsed >= min && parsed <= max)) {
      throw new IllegalArgumentException("-" + flag + " must be " + expected + ", was " + value);
    }
    return parsed;
  }
}
