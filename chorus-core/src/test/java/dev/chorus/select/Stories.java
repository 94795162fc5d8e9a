package dev.chorus.select;

import dev.chorus.model.Article;
import dev.chorus.model.Budget;
import dev.chorus.model.Sentence;
import dev.chorus.model.Span;
import dev.chorus.model.Story;
import dev.chorus.model.Summary;
import dev.chorus.model.SummarySentence;
import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.AnalyzedStory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Test-only analysis, so these tests do not depend on the real text analyzer: sentences end at '.',
 * '!' or '?'; terms are the lowercased letter-or-digit runs minus a few stopwords, unstemmed.
 */
final class Stories {

  static final Set<String> STOPWORDS =
      Set.of(
          "a", "an", "the", "of", "in", "on", "at", "to", "and", "or", "is", "are", "was", "were",
          "be", "by", "for", "with", "it", "its", "as", "that", "this", "from", "has", "had",
          "have", "he", "she", "they", "what", "not", "no", "yes");

  /**
   * One fact (a volcano erupted on an island on Tuesday, with ash) told in different words by three
   * articles, at sentences 1, 4 and 6; the six other sentences share no term with any sentence. No
   * two sentences are near-duplicates.
   */
  static final String[] VOLCANO = {
    "Lunar festival crowds filled the downtown streets. "
        + "The volcano erupted on the island Tuesday spewing ash. "
        + "Bakers sold sweet buns near the square.",
    "Local farmers reported strong harvests this autumn. "
        + "Ash covered the island after the volcano erupted Tuesday morning. "
        + "Prices for wheat dropped slightly.",
    "A volcano on the remote island erupted Tuesday, sending ash high into the sky. "
        + "Tourists canceled several ferry bookings. "
        + "Engineers inspected the old lighthouse."
  };

  /** The sentences of {@link #VOLCANO} that tell the repeated fact. */
  static final List<Integer> VOLCANO_FACT = List.of(1, 4, 6);

  private Stories() {}

  /** Story indexes of the summary's selected sentences, in summary order. */
  static List<Integer> selected(AnalyzedStory story, Summary summary) {
    List<Integer> indexes = new ArrayList<>();
    for (SummarySentence s : summary.sentences()) {
      for (AnalyzedSentence a : story.sentences()) {
        if (a.sentence().equals(s.selected())) {
          indexes.add(a.index());
        }
      }
    }
    return indexes;
  }

  /** A story "s" whose articles d0, d1, ... have the given texts. */
  static AnalyzedStory of(String... texts) {
    List<Article> articles = new ArrayList<>();
    for (int d = 0; d < texts.length; d++) {
      articles.add(Article.of("d" + d, texts[d]));
    }
    return analyze(new Story("s", articles));
  }

  static AnalyzedStory analyze(Story story) {
    List<AnalyzedSentence> sentences = new ArrayList<>();
    for (int d = 0; d < story.articles().size(); d++) {
      Article article = story.articles().get(d);
      int position = 0;
      for (Span span : split(article.text())) {
        String text = span.of(article.text());
        sentences.add(
            new AnalyzedSentence(
                new Sentence(text, article.id(), span, position++),
                sentences.size(),
                d,
                terms(text),
                Budget.countWords(text)));
      }
    }
    return new AnalyzedStory(story, sentences);
  }

  /** Sentence spans: up to and including each '.', '!' or '?', trimmed; the rest if not blank. */
  static List<Span> split(String text) {
    List<Span> spans = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean end = i == text.length() || ".!?".indexOf(text.charAt(i)) >= 0;
      if (!end) {
        continue;
      }
      int stop = Math.min(i + 1, text.length());
      int s = start;
      while (s < stop && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      int e = stop;
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        spans.add(new Span(s, e));
      }
      start = stop;
    }
    return spans;
  }

  static List<String> terms(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(t -> !t.isEmpty() && !STOPWORDS.contains(t))
        .toList();
  }
}
