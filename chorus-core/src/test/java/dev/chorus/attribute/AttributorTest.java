package dev.chorus.attribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.chorus.embed.SentenceEncoder;
import dev.chorus.model.Article;
import dev.chorus.model.Budget;
import dev.chorus.model.Sentence;
import dev.chorus.model.Span;
import dev.chorus.model.Story;
import dev.chorus.model.Summary;
import dev.chorus.model.SummarySentence;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.AnalyzedStory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AttributorTest {

  private static final Pipeline PIPELINE = Pipeline.english().withoutCleaning();

  /**
   * One fact (the council approved the budget on Tuesday) told five ways: the first sentence of
   * "a"; a verbatim copy (with other line breaks) in "b"; a copy with one word changed and one
   * added in "c"; other words in "d"; and not at all in "e".
   */
  private static final Story COUNCIL =
      new Story(
          "council",
          List.of(
              Article.of(
                  "a",
                  "The city council approved a new budget of five million dollars on Tuesday. "
                      + "Parks will get more money next year."),
              new Article(
                  "b",
                  null,
                  "https://www.Example-News.com/local/1",
                  null,
                  null,
                  "Readers wrote in all week long.\n"
                      + "The city council approved a new budget\nof five million dollars on"
                      + " Tuesday."),
              new Article(
                  "c",
                  "Daily Planet",
                  null,
                  null,
                  null,
                  "The city council approved its new budget of five million dollars late on"
                      + " Tuesday."),
              Article.of(
                  "d",
                  "On Tuesday the council passed the city budget after a long debate about"
                      + " roads."),
              Article.of("e", "Heavy rain is expected across the region for the whole weekend.")));

  @Test
  void lexical_finds_the_copy_the_near_duplicate_and_the_paraphrase_but_not_the_unrelated() {
    AnalyzedStory story = PIPELINE.analyze(COUNCIL);
    Summary summary = summaryOf(story, sentence(story, "a", 0));

    List<AttributedSentence> attributed = Attributor.lexical().attribute(story, summary);

    assertThat(attributed).hasSize(1);
    List<Support> supports = attributed.get(0).supports();
    assertThat(supports)
        .extracting(Support::documentId, Support::outlet, Support::sentencePosition, Support::match)
        .containsExactly(
            tuple("a", "a", 0, Match.SELECTED),
            tuple("b", "example-news.com", 1, Match.VERBATIM),
            tuple("c", "Daily Planet", 0, Match.NEAR_DUPLICATE),
            tuple("d", "d", 0, Match.PARAPHRASE));
    assertThat(supports.get(1).span()).isEqualTo(new Span(32, 106));
    assertThat(supports.get(1).text())
        .isEqualTo("The city council approved a new budget\nof five million dollars on Tuesday.");
    assertThat(supports.get(0).similarity()).isEqualTo(1.0);
    assertThat(supports.get(1).similarity()).isEqualTo(1.0);
    // Stemmed content terms: a has 9 (citi council approv new budget five million dollar
    // tuesdai), c those 9 plus "late": cosine 9 / sqrt(9 * 10). d has 8 (tuesdai council pass
    // citi budget long debat road), 4 shared: 4 / sqrt(9 * 8). No hash collisions among them.
    assertThat(supports.get(2).similarity()).isCloseTo(9 / Math.sqrt(90), within(1e-6));
    assertThat(supports.get(3).similarity()).isCloseTo(4 / Math.sqrt(72), within(1e-6));
    assertThat(attributed.get(0).documentIds()).containsExactly("a", "b", "c", "d");
  }

  @Test
  void every_support_is_verbatim_text_of_its_article() {
    AnalyzedStory story = PIPELINE.analyze(COUNCIL);
    for (AttributedSentence attributed :
        Attributor.lexical().attribute(story, summaryOf(story, sentence(story, "a", 0)))) {
      for (Support support : attributed.supports()) {
        assertThat(support.span().of(COUNCIL.article(support.documentId()).text()))
            .isEqualTo(support.text());
      }
    }
  }

  @Test
  void a_paraphrase_needs_the_threshold_which_is_inclusive() {
    // Cosines with the summary sentence "s": x 0.5 exactly, y 0.25 exactly.
    Map<String, float[]> vectors =
        Map.of(
            "Summary sentence with enough words.", new float[] {1, 0, 0},
            "Paraphrase at exactly the threshold.", new float[] {0.5f, 0.75f, 0.4330127f},
            "Weaker paraphrase below the threshold.", new float[] {0.25f, 0.9682458f, 0});
    AnalyzedStory story =
        PIPELINE.analyze(
            story(
                "Summary sentence with enough words.",
                "Paraphrase at exactly the threshold.",
                "Weaker paraphrase below the threshold."));
    Summary summary = summaryOf(story, sentence(story, "d0", 0));

    List<Support> at = attribute(vectors, 0.5, story, summary);
    List<Support> above = attribute(vectors, 0.5001, story, summary);

    assertThat(at).extracting(Support::documentId).containsExactly("d0", "d1");
    assertThat(at.get(1).match()).isEqualTo(Match.PARAPHRASE);
    assertThat(at.get(1).similarity()).isCloseTo(0.5, within(1e-7));
    assertThat(above).extracting(Support::documentId).containsExactly("d0");
    assertThat(attribute(vectors, 0.25, story, summary))
        .extracting(Support::documentId)
        .containsExactly("d0", "d1", "d2");
  }

  @Test
  void one_support_per_document_the_most_similar_then_the_earliest() {
    Map<String, float[]> vectors =
        Map.of(
            "Summary sentence with enough words.", new float[] {1, 0},
            "A fair paraphrase of the summary.", new float[] {0.8f, 0.6f},
            "A close paraphrase of the summary.", new float[] {0.96f, 0.28f},
            "Another fair paraphrase, same score.", new float[] {0.8f, 0.6f});
    AnalyzedStory story =
        PIPELINE.analyze(
            story(
                "Summary sentence with enough words.",
                "A fair paraphrase of the summary. A close paraphrase of the summary.",
                "A fair paraphrase of the summary. Another fair paraphrase, same score."));
    Summary summary = summaryOf(story, sentence(story, "d0", 0));

    List<Support> supports = attribute(vectors, 0.7, story, summary);

    assertThat(supports)
        .extracting(Support::documentId, Support::sentencePosition)
        .containsExactly(tuple("d0", 0), tuple("d1", 1), tuple("d2", 0));
    assertThat(supports.get(1).similarity()).isCloseTo(0.96, within(1e-6));
  }

  @Test
  void a_contained_near_duplicate_loses_to_a_more_similar_paraphrase_in_the_same_document() {
    // d1's first sentence is contained in the summary sentence (all its terms are there): a
    // near-duplicate, but it says only half; its second sentence paraphrases all of it.
    String selected =
        "Officials will discuss military exercises and missile deployments next week.";
    String contained = "Officials will discuss military exercises.";
    String paraphrase = "Next week the two sides talk about drills and where missiles go.";
    Map<String, float[]> vectors =
        Map.of(
            selected, new float[] {1, 0},
            contained, new float[] {0.6f, 0.8f},
            paraphrase, new float[] {0.8f, 0.6f});
    AnalyzedStory story = PIPELINE.analyze(story(selected, contained + " " + paraphrase));
    Summary summary = summaryOf(story, sentence(story, "d0", 0));

    List<Support> supports = attribute(vectors, 0.7, story, summary);
    List<Support> strict = attribute(vectors, 0.9, story, summary);

    assertThat(supports.get(1).sentencePosition()).isEqualTo(1);
    assertThat(supports.get(1).match()).isEqualTo(Match.PARAPHRASE);
    // Above the paraphrase's cosine, the near-duplicate still counts, whatever its cosine.
    assertThat(strict.get(1).sentencePosition()).isEqualTo(0);
    assertThat(strict.get(1).match()).isEqualTo(Match.NEAR_DUPLICATE);
    assertThat(strict.get(1).similarity()).isCloseTo(0.6, within(1e-6));
  }

  @Test
  void sentences_of_the_same_document_and_short_sentences_never_support() {
    String selected = "Summary sentence with enough words.";
    Map<String, float[]> vectors = new HashMap<>();
    vectors.put(selected, new float[] {1, 0});
    // Same direction as the summary sentence: cosine 1. Four words only, or in document d0.
    vectors.put("Same words, same document.", new float[] {1, 0});
    vectors.put("Summary sentence, four words.", new float[] {1, 0});
    AnalyzedStory story =
        PIPELINE.analyze(
            story(selected + " Same words, same document.", "Summary sentence, four words."));
    Summary summary = summaryOf(story, sentence(story, "d0", 0));

    assertThat(attribute(vectors, 0.5, story, summary))
        .extracting(Support::documentId)
        .containsExactly("d0");
  }

  @Test
  void a_truncated_summary_sentence_is_matched_by_its_whole_selected_sentence() {
    AnalyzedStory story = PIPELINE.analyze(COUNCIL);
    Sentence selected = sentence(story, "a", 0);
    SummarySentence whole = SummarySentence.of(selected);
    SummarySentence cut = new SummarySentence("The city council", List.of(selected), true);
    Attributor attributor = Attributor.lexical();

    List<Support> wholeSupports =
        attributor.attribute(story, summary(story, List.of(whole))).get(0).supports();
    AttributedSentence cutAttributed =
        attributor.attribute(story, summary(story, List.of(cut))).get(0);

    assertThat(cutAttributed.sentence()).isSameAs(cut);
    assertThat(cutAttributed.supports()).isEqualTo(wholeSupports).hasSize(4);
  }

  @Test
  void whitespace_and_non_ascii_copies_are_verbatim() {
    AnalyzedStory story =
        PIPELINE.analyze(
            story(
                "Zürich’s mayor Corine Mauch opened the new tram line on Friday.",
                "Zürich’s mayor  Corine Mauch opened\nthe new tram line on Friday."));
    Summary summary = summaryOf(story, sentence(story, "d0", 0));

    List<Support> supports = Attributor.lexical().attribute(story, summary).get(0).supports();

    assertThat(supports).extracting(Support::match).containsExactly(Match.SELECTED, Match.VERBATIM);
    assertThat(supports.get(1).text()).contains("\n").contains("  ");
  }

  @Test
  void encodes_each_distinct_text_once_in_one_call() {
    List<List<String>> calls = Collections.synchronizedList(new ArrayList<>());
    SentenceEncoder counting =
        new SentenceEncoder() {
          private final SentenceEncoder inner = Attributor.lexical().encoder();

          @Override
          public String name() {
            return "counting";
          }

          @Override
          public int dimension() {
            return inner.dimension();
          }

          @Override
          public float[][] encode(List<String> texts) {
            calls.add(List.copyOf(texts));
            return inner.encode(texts);
          }
        };
    String fact = "The ferry to the island runs again since Monday.";
    AnalyzedStory story =
        PIPELINE.analyze(
            story(fact + " Tickets cost four euros each way.", fact, fact, "Too short."));
    // Two summary sentences of d0; its first sentence is reprinted verbatim by d1 and d2.
    Summary summary = summaryOf(story, sentence(story, "d0", 0), sentence(story, "d0", 1));

    List<AttributedSentence> attributed =
        new Attributor(counting, 0.3, Outlets::of).attribute(story, summary);

    // One call; the three copies of the fact are one text; "Too short." is not eligible.
    assertThat(calls).containsExactly(List.of(fact, "Tickets cost four euros each way."));
    assertThat(attributed.get(0).supports())
        .extracting(Support::documentId, Support::match)
        .containsExactly(
            tuple("d0", Match.SELECTED), tuple("d1", Match.VERBATIM), tuple("d2", Match.VERBATIM));
  }

  @Test
  void deterministic_and_safe_to_share_between_threads() throws Exception {
    AnalyzedStory story = PIPELINE.analyze(COUNCIL);
    Summary summary = summaryOf(story, sentence(story, "a", 0), sentence(story, "d", 0));
    Attributor attributor = Attributor.lexical();
    List<AttributedSentence> first = attributor.attribute(story, summary);

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<AttributedSentence>>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> attributor.attribute(story, summary)));
      }
      for (Future<List<AttributedSentence>> run : runs) {
        assertThat(run.get()).isEqualTo(first);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(Attributor.lexical().attribute(PIPELINE.analyze(COUNCIL), summary)).isEqualTo(first);
    // d's sentence shares 4 of its 8 terms with a's (and b's copy of it), 4 of c's 10.
    assertThat(first.get(1).documentIds()).containsExactly("d", "a", "b", "c");
  }

  @Test
  void empty_summary_and_single_document_story() {
    AnalyzedStory story = PIPELINE.analyze(COUNCIL);
    assertThat(Attributor.lexical().attribute(story, summary(story, List.of()))).isEmpty();

    AnalyzedStory single = PIPELINE.analyze(story("Only one document speaks here today."));
    assertThat(
            Attributor.lexical()
                .attribute(single, summaryOf(single, sentence(single, "d0", 0)))
                .get(0)
                .supports())
        .extracting(Support::match)
        .containsExactly(Match.SELECTED);
  }

  @Test
  void rejects_a_summary_of_another_story_or_with_a_foreign_source() {
    AnalyzedStory story = PIPELINE.analyze(COUNCIL);
    Sentence selected = sentence(story, "a", 0);
    Summary other =
        new Summary("other", "test", Budget.words(100), List.of(SummarySentence.of(selected)));
    Sentence foreign =
        new Sentence(selected.text(), "a", new Span(1, 1 + selected.text().length()), 0);

    assertThatThrownBy(() -> Attributor.lexical().attribute(story, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'other'")
        .hasMessageContaining("'council'");
    assertThatThrownBy(() -> Attributor.lexical().attribute(story, summaryOf(story, foreign)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("summary sentence 0")
        .hasMessageContaining("[1, 75)");
  }

  @Test
  void validates_its_arguments() {
    SentenceEncoder encoder = Attributor.lexical().encoder();
    for (double bad : new double[] {0, -0.1, 1.0001, Double.NaN}) {
      assertThatThrownBy(() -> new Attributor(encoder, bad, Outlets::of))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("paraphraseThreshold must be in (0, 1], was " + bad);
    }
    assertThat(new Attributor(encoder, 1, Outlets::of).paraphraseThreshold()).isEqualTo(1);
    AnalyzedStory story = PIPELINE.analyze(COUNCIL);
    Function<Article, String> blank = article -> " ";
    assertThatThrownBy(
            () ->
                new Attributor(encoder, 0.5, blank)
                    .attribute(story, summaryOf(story, sentence(story, "a", 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("for article 'a'");
  }

  @Test
  void lexical_uses_the_calibrated_threshold() {
    assertThat(Attributor.lexical().paraphraseThreshold()).isEqualTo(Attributor.LEXICAL_THRESHOLD);
    assertThat(Attributor.lexical().encoder().name()).isEqualTo("hashed-terms-1024");
  }

  // --- helpers ---

  /** A story of articles "d0", "d1", ... with the given texts. */
  static Story story(String... texts) {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      articles.add(Article.of("d" + i, texts[i]));
    }
    return new Story("tiny", articles);
  }

  static Sentence sentence(AnalyzedStory story, String documentId, int position) {
    for (AnalyzedSentence s : story.sentences()) {
      if (s.sentence().documentId().equals(documentId) && s.position() == position) {
        return s.sentence();
      }
    }
    throw new AssertionError("no sentence " + position + " in " + documentId);
  }

  static Summary summaryOf(AnalyzedStory story, Sentence... selected) {
    List<SummarySentence> sentences = new ArrayList<>();
    for (Sentence s : selected) {
      sentences.add(SummarySentence.of(s));
    }
    return summary(story, sentences);
  }

  static Summary summary(AnalyzedStory story, List<SummarySentence> sentences) {
    return new Summary(story.story().id(), "test", Budget.words(1000), sentences);
  }

  /** The supports of the summary's first sentence with an encoder that looks vectors up. */
  private static List<Support> attribute(
      Map<String, float[]> vectors, double threshold, AnalyzedStory story, Summary summary) {
    return new Attributor(new LookupEncoder(vectors), threshold, Outlets::of)
        .attribute(story, summary)
        .get(0)
        .supports();
  }

  /** An encoder with given unit vectors per text; the zero vector for any other text. */
  private record LookupEncoder(Map<String, float[]> vectors) implements SentenceEncoder {

    @Override
    public String name() {
      return "lookup";
    }

    @Override
    public int dimension() {
      return vectors.values().iterator().next().length;
    }

    @Override
    public float[][] encode(List<String> texts) {
      float[][] rows = new float[texts.size()][];
      for (int i = 0; i < rows.length; i++) {
        float[] v = vectors.get(texts.get(i));
        rows[i] = v == null ? new float[dimension()] : v.clone();
      }
      return rows;
    }
  }
}
