package dev.chorus.eval;

import dev.chorus.model.Budget;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of an evaluation: per method, ROUGE over the same clusters with the same settings.
 * Immutable and thread-safe.
 *
 * @param preset the ROUGE flags and reported measure
 * @param budget the summary budget every method was given
 * @param clusters the number of clusters scored, at least 1
 * @param methods per method name, in the order asked for
 */
public record EvalResult(
    EvalPreset preset, Budget budget, int clusters, Map<String, MethodResult> methods) {

  public EvalResult {
    Objects.requireNonNull(preset, "preset");
    Objects.requireNonNull(budget, "budget");
    if (clusters < 1) {
      throw new IllegalArgumentException("clusters must be >= 1, was " + clusters);
    }
    methods = Collections.unmodifiableMap(new LinkedHashMap<>(methods));
    if (methods.isEmpty()) {
      throw new IllegalArgumentException("an evaluation needs at least one method");
    }
  }

  /** The metric names scored, in the script's order, e.g. ROUGE-1, ROUGE-2, ROUGE-L, ROUGE-SU4. */
  public List<String> metrics() {
    return preset.options().metricNames();
  }

  /** The result of {@code method}. */
  public MethodResult method(String method) {
    MethodResult result = methods.get(method);
    if (result == null) {
      throw new IllegalArgumentException(
          "no method '" + method + "' in this result; it has " + methods.keySet());
    }
    return result;
  }
}
