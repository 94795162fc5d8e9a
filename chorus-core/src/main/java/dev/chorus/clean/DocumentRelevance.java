package dev.chorus.clean;

import java.util.Objects;

/**
 * How well one document of a story fits the rest, as {@link OffTopicDetector} judged it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param documentId the article's id
 * @param similarity cosine similarity of the document's term vector to the rest of the story's
 *     (see {@link OffTopicDetector}); {@code NaN} when there is nothing to compare (a story of one
 *     document, or a document without content terms)
 * @param offTopic whether the document was flagged as being about another story
 * @param reason why it was flagged (or why not), e.g. {@code "similarity 0.021 < 0.060"}
 */
public record DocumentRelevance(
    String documentId, double similarity, boolean offTopic, String reason) {

  public DocumentRelevance {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(reason, "reason");
  }
}
