package dev.chorus.clean;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What cleaning one story dropped and why: the input of {@code chorus summarize
 * --explain-cleaning}.
 *
 * <p>{@code dropped} is in story order (article order, then offset; a dropped title comes first
 * within its article). Immutable and thread-safe.
 *
 * @param storyId the story
 * @param dropped every dropped line, phrase, sentence, title and excluded document
 * @param relevance one entry per article in story order (empty when off-topic detection is off)
 * @param sentencesKept sentences left for the summarizers
 * @param sentencesDropped sentences dropped by sentence rules or with an excluded document (lines
 *     and inline phrases dropped before splitting are not counted here: they never became
 *     sentences)
 */
public record CleaningReport(
    String storyId,
    List<Dropped> dropped,
    List<DocumentRelevance> relevance,
    int sentencesKept,
    int sentencesDropped) {

  public CleaningReport {
    Objects.requireNonNull(storyId, "storyId");
    dropped = List.copyOf(dropped);
    relevance = List.copyOf(relevance);
    if (sentencesKept < 0 || sentencesDropped < 0) {
      throw new IllegalArgumentException(
          "sentence counts must be >= 0, were " + sentencesKept + " and " + sentencesDropped);
    }
  }

  /** The report of a story that was not cleaned: nothing dropped. */
  public static CleaningReport none(String storyId, int sentences) {
    return new CleaningReport(storyId, List.of(), List.of(), sentences, 0);
  }

  /** Longest dropped text {@link #explain()} shows, in characters; longer ones end in "…". */
  public static final int EXPLAIN_TEXT_CHARS = 200;

  /**
   * The report as tab-separated lines, for {@code chorus summarize --explain-cleaning}: first
   * {@code cleaning-summary <story> kept=N dropped=M off-topic=<ids or ->}, then per dropped
   * piece {@code cleaning <story> <document> <unit> <start> <end> <rule> <detail> <text>}, with
   * the text whitespace-folded and cut at {@value #EXPLAIN_TEXT_CHARS} characters. Offsets index
   * the article's text (its title for unit {@code title}).
   */
  public String explain() {
    StringBuilder out = new StringBuilder();
    List<String> offTopic = offTopicDocuments();
    out.append("cleaning-summary\t").append(storyId)
        .append("\tkept=").append(sentencesKept)
        .append("\tdropped=").append(sentencesDropped)
        .append("\toff-topic=").append(offTopic.isEmpty() ? "-" : String.join(",", offTopic))
        .append('\n');
    for (Dropped d : dropped) {
      String text = d.text().strip().replaceAll("\\s+", " ");
      if (text.length() > EXPLAIN_TEXT_CHARS) {
        text = text.substring(0, EXPLAIN_TEXT_CHARS) + "…";
      }
      out.append("cleaning\t").append(storyId)
          .append('\t').append(d.documentId())
          .append('\t').append(d.unit().name().toLowerCase(Locale.ROOT))
          .append('\t').append(d.span().start())
          .append('\t').append(d.span().end())
          .append('\t').append(d.rule().id())
          .append('\t').append(d.detail().replace('\t', ' '))
          .append('\t').append(text)
          .append('\n');
    }
    return out.toString();
  }

  /** Ids of the documents flagged as off-topic, in story order. */
  public List<String> offTopicDocuments() {
    return relevance.stream().filter(DocumentRelevance::offTopic).map(DocumentRelevance::documentId)
        .toList();
  }
}
