package dev.chorus.ingest;

import dev.chorus.model.Story;
import java.util.List;
import java.util.Objects;

/**
 * One line of a benchmark cluster file: the documents of one event as a {@link Story}, and the
 * human reference summaries written for it. Immutable and thread-safe.
 *
 * @param story the cluster id and its documents, in file order
 * @param references the reference summaries verbatim (the {@code summaries} array), possibly empty
 */
public record ClusterRecord(Story story, List<String> references) {

  public ClusterRecord {
    Objects.requireNonNull(story, "story");
    references = List.copyOf(references);
  }
}
