package dev.chorus.attribute;

import dev.chorus.model.Sentence;
import dev.chorus.model.SummarySentence;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A summary sentence with every document that says the same thing.
 *
 * <p>{@code supports.get(0)} is the selected source ({@link Match#SELECTED}); after it comes at
 * most one support per other document, its best match, in the story's document order. Immutable and
 * thread-safe.
 *
 * @param sentence the summary sentence
 * @param supports the selected source, then the other documents' matching sentences
 */
public record AttributedSentence(SummarySentence sentence, List<Support> supports) {

  public AttributedSentence {
    Objects.requireNonNull(sentence, "sentence");
    supports = List.copyOf(supports);
    if (supports.isEmpty()) {
      throw new IllegalArgumentException("supports must hold at least the selected source");
    }
    Support first = supports.get(0);
    Sentence selected = sentence.selected();
    if (first.match() != Match.SELECTED
        || !first.documentId().equals(selected.documentId())
        || !first.span().equals(selected.span())) {
      throw new IllegalArgumentException(
          "supports[0] must be the selected source "
              + selected.documentId()
              + " "
              + selected.span()
              + ", was "
              + first.match()
              + " "
              + first.documentId()
              + " "
              + first.span());
    }
    Set<String> documents = new HashSet<>();
    for (Support support : supports) {
      if (!documents.add(support.documentId())) {
        throw new IllegalArgumentException(
            "more than one support from document " + support.documentId());
      }
      if (support != first && support.match() == Match.SELECTED) {
        throw new IllegalArgumentException(
            "only supports[0] may be SELECTED, found one from " + support.documentId());
      }
    }
  }

  /** The documents that carry the sentence, the selected one first. */
  public List<String> documentIds() {
    return supports.stream().map(Support::documentId).toList();
  }
}
