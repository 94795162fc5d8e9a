package dev.chorus.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The summary of one story: selected sentences in reading order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param storyId the summarized story
 * @param method the summarizer's name
 * @param budget the budget the summary honours
 * @param sentences the summary sentences, possibly empty
 */
public record Summary(String storyId, String method, Budget budget, List<SummarySentence> sentences) {

  public Summary {
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(budget, "budget");
    sentences = List.copyOf(sentences);
  }

  /** The sentence texts, whitespace-normalized, one per line. */
  public List<String> lines() {
    return sentences.stream().map(s -> Budget.normalizeSpace(s.text())).toList();
  }

  /** The summary as one paragraph. */
  public String text() {
    return lines().stream().collect(Collectors.joining(" "));
  }

  /** Words in the summary, counted as {@link Budget.Unit#WORDS} counts them. */
  public int wordCount() {
    return sentences.stream().mapToInt(s -> Budget.countWords(s.text())).sum();
  }
}
