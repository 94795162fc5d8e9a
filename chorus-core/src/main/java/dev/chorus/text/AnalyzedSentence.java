package dev.chorus.text;

import dev.chorus.model.Sentence;
import java.util.List;
import java.util.Objects;

/**
 * A sentence with what the summarizers need to know about it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sentence the verbatim sentence and where it came from
 * @param index 0-based position in {@link AnalyzedStory#sentences()}
 * @param documentIndex 0-based index of its article in the story
 * @param terms content terms (see {@link TermAnalyzer}), repeats kept, in text order
 * @param words whitespace-separated tokens of the sentence text
 */
public record AnalyzedSentence(
    Sentence sentence, int index, int documentIndex, List<String> terms, int words) {

  public AnalyzedSentence {
    Objects.requireNonNull(sentence, "sentence");
    terms = List.copyOf(terms);
    if (index < 0 || documentIndex < 0 || words < 0) {
      throw new IllegalArgumentException(
          "index, documentIndex and words must be >= 0, were "
              + index + ", " + documentIndex + ", " + words);
    }
  }

  public String text() {
    return sentence.text();
  }

  /** 0-based position of the sentence within its article. */
  public int position() {
    return sentence.position();
  }
}
