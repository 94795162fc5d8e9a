package dev.chorus.rouge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of scoring a corpus: per metric the bootstrap average and the per-cluster scores.
 * Immutable and thread-safe.
 *
 * @param averages per metric name (e.g. "ROUGE-1"), in the script's metric order
 * @param perCluster per metric name, cluster id to score, sorted by id
 */
public record RougeReport(
    Map<String, RougeAverage> averages, Map<String, Map<String, RougeScore>> perCluster) {

  public RougeReport {
    averages = Collections.unmodifiableMap(new LinkedHashMap<>(averages));
    Map<String, Map<String, RougeScore>> copy = new LinkedHashMap<>();
    perCluster.forEach(
        (metric, scores) -> copy.put(metric, Collections.unmodifiableMap(new TreeMap<>(scores))));
    perCluster = Collections.unmodifiableMap(copy);
    if (!averages.keySet().equals(perCluster.keySet())) {
      throw new IllegalArgumentException(
          "metrics differ: " + averages.keySet() + " vs " + perCluster.keySet());
    }
  }
}
