package dev.chorus.text;

import dev.chorus.model.Story;
import java.util.List;
import java.util.Objects;

/**
 * A story split into analyzed sentences: the input of every summarizer.
 *
 * <p>{@code sentences} are in story order (article order, then position within the article), and
 * {@code sentences.get(i).index() == i}. Immutable and thread-safe.
 *
 * @param story the articles
 * @param sentences every sentence of every article, in story order
 */
public record AnalyzedStory(Story story, List<AnalyzedSentence> sentences) {

  public AnalyzedStory {
    Objects.requireNonNull(story, "story");
    sentences = List.copyOf(sentences);
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).index() != i) {
        throw new IllegalArgumentException(
            "sentence " + i + " has index " + sentences.get(i).index());
      }
    }
  }

  /** Number of articles in the story. */
  public int documentCount() {
    return story.articles().size();
  }
}
