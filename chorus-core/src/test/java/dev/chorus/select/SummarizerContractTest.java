package dev.chorus.select;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.Article;
import dev.chorus.model.Budget;
import dev.chorus.model.Sentence;
import dev.chorus.model.Story;
import dev.chorus.model.Summary;
import dev.chorus.model.SummarySentence;
import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.AnalyzedStory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@link Summarizer} contract, checked for every method on seeded random stories. */
class SummarizerContractTest {

  private static final int SEEDS = 80;

  private static final String[] WORDS = {
    "storm",
    "coast",
    "river",
    "flood",
    "rescue",
    "mayor",
    "city",
    "council",
    "vote",
    "budget",
    "police",
    "fire",
    "school",
    "bridge",
    "road",
    "power",
    "outage",
    "winds",
    "rain",
    "homes",
    "residents",
    "officials",
    "said",
    "Tuesday",
    "night",
    "damage",
    "crews",
    "repair",
    "state",
    "emergency",
    "shelter",
    "families",
    "water",
    "levels",
    "rose",
    "Zürich",
    "São",
    "café",
    "naïve",
    "東京",
    "🙂",
    "—",
    "42",
    "2024",
    "millions",
    "dollars",
    "aid",
    "federal",
    "governor",
    "warned"
  };

  static List<String> names() {
    return Summarizers.names();
  }

  @ParameterizedTest
  @MethodSource("names")
  void honours_budgets_and_the_summary_contract_on_random_stories(String name) {
    Summarizer summarizer = Summarizers.byName(name);
    for (long seed = 0; seed < SEEDS; seed++) {
      Random random = new Random(seed);
      AnalyzedStory story = randomStory(random);
      Budget budget = randomBudget(random);
      Summary summary = summarizer.summarize(story, budget);
      checkContract(story, budget, summary, name + " seed " + seed + " " + budget);
      assertThat(summarizer.summarize(story, budget))
          .as("%s seed %d: same story twice", name, seed)
          .isEqualTo(summary);
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void gives_the_same_summaries_from_many_threads(String name) throws Exception {
    Summarizer summarizer = Summarizers.byName(name);
    List<AnalyzedStory> stories = new ArrayList<>();
    List<Budget> budgets = new ArrayList<>();
    List<Summary> expected = new ArrayList<>();
    for (long seed = 0; seed < 16; seed++) {
      Random random = new Random(seed);
      stories.add(randomStory(random));
      budgets.add(randomBudget(random));
      expected.add(
          summarizer.summarize(stories.get(stories.size() - 1), budgets.get(budgets.size() - 1)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Summary>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (int i = 0; i < stories.size(); i++) {
          int story = i;
          futures.add(
              pool.submit(() -> summarizer.summarize(stories.get(story), budgets.get(story))));
        }
      }
      for (int k = 0; k < futures.size(); k++) {
        assertThat(futures.get(k).get())
            .as("%s story %d", name, k % stories.size())
            .isEqualTo(expected.get(k % stories.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void summarizes_an_empty_story_as_an_empty_summary(String name) {
    Summarizer summarizer = Summarizers.byName(name);
    AnalyzedStory none = Stories.analyze(new Story("empty", List.of()));
    AnalyzedStory blank = Stories.of("", "   \n ");
    for (AnalyzedStory story : List.of(none, blank)) {
      Summary summary = summarizer.summarize(story, Budget.words(100));
      assertThat(summary.sentences()).isEmpty();
      assertThat(summary.method()).isEqualTo(name);
      assertThat(summary.storyId()).isEqualTo(story.story().id());
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void summarizes_a_one_sentence_story_by_that_sentence_whole_or_cut(String name) {
    Summarizer summarizer = Summarizers.byName(name);
    AnalyzedStory story = Stories.of("Only one sentence tells this whole story.");
    assertThat(summarizer.summarize(story, Budget.words(100)).lines())
        .containsExactly("Only one sentence tells this whole story.");
    assertThat(summarizer.summarize(story, Budget.words(3)).sentences()).isEmpty();
    assertThat(summarizer.summarize(story, Budget.words(3).truncating()).lines())
        .containsExactly("Only one sentence");
    assertThat(summarizer.summarize(story, Budget.bytes(10).truncating()).lines())
        .containsExactly("Only one s");
  }

  @ParameterizedTest
  @MethodSource("names")
  void falls_back_to_short_sentences_when_a_story_has_nothing_else(String name) {
    AnalyzedStory story = Stories.of("Yes. It is.", "Fire crews left.");
    Summary summary = Summarizers.byName(name).summarize(story, Budget.sentences(5));
    assertThat(summary.lines()).containsExactlyInAnyOrder("Yes.", "It is.", "Fire crews left.");
    checkContract(story, Budget.sentences(5), summary, name);
  }

  @ParameterizedTest
  @MethodSource("names")
  void never_selects_a_short_sentence_while_informative_ones_exist(String name) {
    AnalyzedStory story =
        Stories.of("Fire crews left. Residents returned home after the river flood receded.");
    Summary summary = Summarizers.byName(name).summarize(story, Budget.sentences(5));
    assertThat(summary.lines())
        .containsExactly("Residents returned home after the river flood receded.");
  }

  @ParameterizedTest
  @MethodSource("names")
  void summarizes_identical_articles_once_crediting_both(String name) {
    String text =
        "The river flood forced hundreds of families from their homes. "
            + "Crews worked through the night to repair the levee. "
            + "The governor asked for federal emergency aid on Tuesday.";
    AnalyzedStory story = Stories.of(text, text);
    Summary summary = Summarizers.byName(name).summarize(story, Budget.sentences(6));
    assertThat(summary.sentences()).hasSize(3);
    for (SummarySentence sentence : summary.sentences()) {
      assertThat(sentence.sources())
          .extracting(Sentence::documentId)
          .hasSize(2)
          .doesNotHaveDuplicates();
      assertThat(sentence.sources().get(1).text()).isEqualTo(sentence.sources().get(0).text());
    }
    checkContract(story, Budget.sentences(6), summary, name);
  }

  /** Everything the {@link Summarizer} interface promises about one summary. */
  static void checkContract(AnalyzedStory story, Budget budget, Summary summary, String context) {
    Map<Sentence, Integer> indexOf = new HashMap<>();
    for (AnalyzedSentence s : story.sentences()) {
      indexOf.put(s.sentence(), s.index());
    }
    NearDuplicateIndex duplicates = NearDuplicateIndex.of(story);
    assertThat(summary.storyId()).as(context).isEqualTo(story.story().id());
    assertThat(summary.budget()).as(context).isEqualTo(budget);

    List<SummarySentence> sentences = summary.sentences();
    int[] selected = new int[sentences.size()];
    for (int k = 0; k < sentences.size(); k++) {
      SummarySentence sentence = sentences.get(k);
      Integer index = indexOf.get(sentence.selected());
      assertThat(index).as("%s: sentence %d is a sentence of the story", context, k).isNotNull();
      selected[k] = index;
      String verbatim = sentence.selected().text();
      if (sentence.truncated()) {
        assertThat(k)
            .as("%s: only the last sentence is cut", context)
            .isEqualTo(sentences.size() - 1);
        assertThat(budget.truncate() && budget.unit() != Budget.Unit.SENTENCES)
            .as(context)
            .isTrue();
        assertThat(verbatim).as(context).startsWith(sentence.text());
        assertThat(sentence.text()).as(context).isNotBlank().isNotEqualTo(verbatim);
      } else {
        assertThat(sentence.text()).as(context).isEqualTo(verbatim);
      }
      // Sources: the sentence, then its near-duplicates in other articles, in story order.
      int document = story.sentences().get(index).documentIndex();
      List<Sentence> expectedSources = new ArrayList<>();
      expectedSources.add(sentence.selected());
      for (int d : duplicates.nearDuplicatesOf(index)) {
        if (story.sentences().get(d).documentIndex() != document) {
          expectedSources.add(story.sentences().get(d).sentence());
        }
      }
      assertThat(sentence.sources()).as(context).containsExactlyElementsOf(expectedSources);
    }
    for (int a = 0; a < selected.length; a++) {
      for (int b = a + 1; b < selected.length; b++) {
        assertThat(duplicates.areNearDuplicates(selected[a], selected[b]))
            .as("%s: sentences %d and %d are near-duplicates", context, a, b)
            .isFalse();
      }
    }

    int bytes = summary.text().getBytes(StandardCharsets.UTF_8).length;
    switch (budget.unit()) {
      case WORDS -> assertThat(summary.wordCount()).as(context).isLessThanOrEqualTo(budget.limit());
      case BYTES -> assertThat(bytes).as(context).isLessThanOrEqualTo(budget.limit());
      case SENTENCES ->
          assertThat(sentences.size()).as(context).isLessThanOrEqualTo(budget.limit());
    }

    // Whatever is left out must be a near-duplicate of the summary or (when the summary was not
    // cut) too long for what the budget has left. Submodular's best-singleton check may return
    // one sentence alone by design, and pools cap huge stories, so this holds for small stories.
    boolean singleton = summary.method().equals("submodular") && sentences.size() == 1;
    if (singleton) {
      return;
    }
    boolean cut = !sentences.isEmpty() && sentences.get(sentences.size() - 1).truncated();
    int used = used(budget, summary);
    for (int c : Candidates.of(story)) {
      boolean in = IntStream.of(selected).anyMatch(s -> s == c);
      boolean copy = IntStream.of(selected).anyMatch(s -> duplicates.areNearDuplicates(s, c));
      if (in || copy) {
        continue;
      }
      String text = story.sentences().get(c).text();
      int cost = budget.cost(text);
      int separator = sentences.isEmpty() ? 0 : budget.separatorCost();
      if (budget.truncate() && !cut && budget.unit() != Budget.Unit.SENTENCES) {
        // A truncating summary cuts the first sentence that does not fit, unless not even its
        // first character fits.
        String first = text.substring(0, Character.charCount(text.codePointAt(0)));
        assertThat(used + separator + budget.cost(first))
            .as("%s: truncating summary left out sentence %d with room left", context, c)
            .isGreaterThan(budget.limit());
      }
      assertThat(used + separator + cost)
          .as("%s: sentence %d would still fit", context, c)
          .isGreaterThan(budget.limit());
    }
    if (cut) {
      SummarySentence last = sentences.get(sentences.size() - 1);
      String rest = last.selected().text().substring(last.text().length());
      int next = 0;
      while (next < rest.length() && Character.isWhitespace(rest.charAt(next))) {
        next++;
      }
      next += Character.charCount(rest.codePointAt(next));
      String longer = last.text() + rest.substring(0, next);
      int longerUsed = used - budget.cost(last.text()) + budget.cost(longer);
      assertThat(longerUsed)
          .as("%s: the cut could keep more", context)
          .isGreaterThan(budget.limit());
      if (budget.unit() == Budget.Unit.WORDS) {
        assertThat(summary.wordCount()).as(context).isEqualTo(budget.limit());
      }
    }
  }

  /** The budget the summary uses, separators included. */
  private static int used(Budget budget, Summary summary) {
    int used = 0;
    for (SummarySentence sentence : summary.sentences()) {
      used += budget.cost(sentence.text());
    }
    return used + Math.max(0, summary.sentences().size() - 1) * budget.separatorCost();
  }

  static Budget randomBudget(Random random) {
    Budget.Unit unit = Budget.Unit.values()[random.nextInt(3)];
    int limit =
        switch (unit) {
          case WORDS -> 1 + random.nextInt(60);
          case SENTENCES -> 1 + random.nextInt(8);
          case BYTES -> 1 + random.nextInt(400);
        };
    return new Budget(unit, limit, random.nextBoolean());
  }

  /**
   * 1 to 6 articles of 1 to 8 sentences of 1 to 18 words, with irregular whitespace; some sentences
   * are copies or light edits of shared "wire" sentences.
   */
  static AnalyzedStory randomStory(Random random) {
    List<String> wire = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      wire.add(randomSentence(random, 3 + random.nextInt(14)));
    }
    int documents = 1 + random.nextInt(6);
    List<Article> articles = new ArrayList<>();
    for (int d = 0; d < documents; d++) {
      StringBuilder text = new StringBuilder();
      int count = 1 + random.nextInt(8);
      for (int s = 0; s < count; s++) {
        String sentence;
        double roll = random.nextDouble();
        if (roll < 0.25) {
          sentence = wire.get(random.nextInt(wire.size()));
        } else if (roll < 0.35) {
          sentence =
              wire.get(random.nextInt(wire.size())) + " " + WORDS[random.nextInt(WORDS.length)];
        } else {
          sentence = randomSentence(random, 1 + random.nextInt(18));
        }
        text.append(sentence).append(".").append(random.nextInt(4) == 0 ? "\n\n" : " ");
      }
      articles.add(Article.of("a" + d, text.toString()));
    }
    return Stories.analyze(new Story("random", articles));
  }

  private static String randomSentence(Random random, int words) {
    StringBuilder sentence = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        sentence.append(random.nextInt(8) == 0 ? "  \n " : " ");
      }
      sentence.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return sentence.toString();
  }
}
