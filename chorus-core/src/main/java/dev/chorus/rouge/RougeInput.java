package dev.chorus.rouge;

import java.util.List;
import java.util.Objects;

/**
 * One cluster to score: a system summary and its reference summaries, each a list of sentences (one
 * line of the script's SPL files each; a sentence containing line breaks counts as several lines,
 * empty ones are skipped). Immutable and thread-safe.
 *
 * @param id the cluster id; clusters are averaged in the order of their ids
 * @param system the system summary's sentences
 * @param references at least one reference, each a list of sentences
 */
public record RougeInput(String id, List<String> system, List<List<String>> references) {

  public RougeInput {
    Objects.requireNonNull(id, "id");
    system = List.copyOf(system);
    if (references.isEmpty()) {
      throw new IllegalArgumentException("cluster '" + id + "' has no reference summary");
    }
    references = references.stream().map(List::copyOf).toList();
  }
}
