package dev.chorus.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.Article;
import dev.chorus.model.Story;
import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.AnalyzedStory;
import dev.chorus.text.StoryAnalyzer;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoryCleanerTest {

  private static final StoryAnalyzer ANALYZER = StoryAnalyzer.english();
  private static final StoryCleaner CLEANER =
      new StoryCleaner(ANALYZER, EnumSet.allOf(CleaningRule.class), new OffTopicDetector());

  private static final String NOISY =
      "Getty Images\n\n"
          + "The city closed the harbor bridge on Thursday after inspectors found a crack.\n\n"
          + "Advertisement\n\n"
          + "The mayor said the repairs would cost about $18 million.\n"
          + "The bridge is CLOSED. Use Millrace Road. pic.twitter.com/Zp3NwE8sYc\n"
          + "— City Hall (@CityHall) March 12, 2026\n"
          + "Drivers must use the Millrace Road detour for at least three months.\n\n"
          + "Copyright © 2026 The Courier. All rights reserved.";

  /** Every kept sentence is the original text under its span, and positions count from 0. */
  private static void assertExactSpans(Story original, AnalyzedStory cleaned) {
    int[] expectedPosition = new int[original.articles().size()];
    for (int i = 0; i < cleaned.sentences().size(); i++) {
      AnalyzedSentence s = cleaned.sentences().get(i);
      assertThat(s.index()).isEqualTo(i);
      String text = original.article(s.sentence().documentId()).text();
      assertThat(s.sentence().span().of(text)).isEqualTo(s.text());
      assertThat(s.position()).isEqualTo(expectedPosition[s.documentIndex()]++);
    }
  }

  @Test
  void noise_lines_go_and_sentences_keep_their_original_offsets() {
    Story story = new Story("s", List.of(Article.of("a", NOISY)));
    CleanedStory cleaned = CLEANER.clean(story);
    assertThat(cleaned.analyzed().sentences())
        .extracting(AnalyzedSentence::text)
        .containsExactly(
            "The city closed the harbor bridge on Thursday after inspectors found a crack.",
            "The mayor said the repairs would cost about $18 million.",
            "Drivers must use the Millrace Road detour for at least three months.");
    assertExactSpans(story, cleaned.analyzed());
    assertThat(cleaned.report().dropped())
        .extracting(d -> d.rule().id())
        .containsExactly(
            "photo-credit", "call-to-action", "tweet-text", "tweet-attribution", "copyright");
    for (Dropped d : cleaned.report().dropped()) {
      assertThat(d.span().of(NOISY)).isEqualTo(d.text());
    }
    // The analyzed story refers to the original articles, texts untouched.
    assertThat(cleaned.analyzed().story().article("a").text()).isEqualTo(NOISY);
  }

  @Test
  void inline_noise_becomes_a_paragraph_break() {
    String text =
        "The board voted to close the offices. Advertisement During the call, Wheatland said the"
            + " decision was final.";
    Story story = new Story("s", List.of(Article.of("a", text)));
    CleanedStory cleaned = CLEANER.clean(story);
    assertThat(cleaned.analyzed().sentences())
        .extracting(AnalyzedSentence::text)
        .containsExactly(
            "The board voted to close the offices.",
            "During the call, Wheatland said the decision was final.");
    assertExactSpans(story, cleaned.analyzed());
    assertThat(cleaned.report().dropped()).singleElement()
        .satisfies(d -> {
          assertThat(d.unit()).isEqualTo(Dropped.Unit.INLINE);
          assertThat(d.text()).isEqualTo("Advertisement");
        });
  }

  @Test
  void with_no_rules_the_cleaner_only_analyzes() {
    Story story = new Story("s", List.of(Article.of("a", NOISY), Article.of("b", "Other text.")));
    StoryCleaner none = new StoryCleaner(ANALYZER, EnumSet.noneOf(CleaningRule.class), null);
    CleanedStory cleaned = none.clean(story);
    assertThat(cleaned.analyzed().sentences()).isEqualTo(ANALYZER.analyze(story).sentences());
    assertThat(cleaned.report().dropped()).isEmpty();
    assertThat(cleaned.report().relevance()).isEmpty();
  }

  @Test
  void a_noise_headline_is_dropped_and_reported() {
    Article article =
        new Article("a", null, null, "- The Washington Times - Saturday, January 8, 2022", null,
            "The talks begin on Monday in Geneva, officials said.");
    CleanedStory cleaned = CLEANER.clean(new Story("s", List.of(article)));
    assertThat(cleaned.analyzed().story().article("a").title()).isNull();
    assertThat(cleaned.report().dropped()).singleElement()
        .satisfies(d -> {
          assertThat(d.unit()).isEqualTo(Dropped.Unit.TITLE);
          assertThat(d.rule()).isEqualTo(CleaningRule.DATELINE);
        });
    // A real headline stays.
    Article titled = new Article("b", null, null, "Talks begin in Geneva", null, "Text here.");
    assertThat(CLEANER.clean(new Story("t", List.of(titled))).analyzed().story().article("b")
        .title()).isEqualTo("Talks begin in Geneva");
  }

  @Test
  void off_topic_documents_are_excluded_unless_every_document_is_flagged() {
    String bridge1 = "The harbor bridge closed after engineers found a cracked steel beam.";
    String bridge2 = "Engineers found a cracked steel beam, and the harbor bridge closed.";
    String bridge3 = "The cracked beam closed the harbor bridge, engineers said on Friday.";
    String recipe = "Whisk the eggs with sugar and bake the cake for forty minutes.";
    Story story =
        new Story(
            "s",
            List.of(Article.of("b1", bridge1), Article.of("b2", bridge2), Article.of("r", recipe),
                Article.of("b3", bridge3)));
    CleanedStory cleaned = CLEANER.clean(story);
    assertThat(cleaned.report().offTopicDocuments()).containsExactly("r");
    assertThat(cleaned.analyzed().sentences())
        .extracting(s -> s.sentence().documentId())
        .containsExactly("b1", "b2", "b3");
    assertThat(cleaned.report().dropped()).singleElement()
        .satisfies(d -> assertThat(d.rule()).isEqualTo(CleaningRule.OFF_TOPIC));
    assertThat(cleaned.report().sentencesDropped()).isEqualTo(1);
    // Document indexes still follow the story's article order.
    assertThat(cleaned.analyzed().sentences().get(2).documentIndex()).isEqualTo(3);
    assertExactSpans(story, cleaned.analyzed());

    // With the off-topic rule switched off, all four stay.
    StoryCleaner keepAll =
        new StoryCleaner(ANALYZER, EnumSet.complementOf(EnumSet.of(CleaningRule.OFF_TOPIC)),
            new OffTopicDetector());
    assertThat(keepAll.clean(story).analyzed().sentences()).hasSize(4);
  }

  @Test
  void when_every_document_is_flagged_none_is_excluded() {
    // A detector that flags everything below similarity 1: all three documents.
    StoryCleaner strict =
        new StoryCleaner(ANALYZER, EnumSet.allOf(CleaningRule.class),
            new OffTopicDetector(1.0, 1.0));
    Story story =
        new Story(
            "s",
            List.of(
                Article.of("a", "Apples grow in orchards."),
                Article.of("b", "Trains run on rails every day."),
                Article.of("c", "Apples and trains are both red.")));
    CleanedStory cleaned = strict.clean(story);
    assertThat(cleaned.report().offTopicDocuments()).containsExactly("a", "b", "c");
    assertThat(cleaned.analyzed().sentences()).hasSize(3);
  }

  @Test
  void empty_story_empty_article_and_whitespace_only_article() {
    assertThat(CLEANER.clean(new Story("e", List.of())).analyzed().sentences()).isEmpty();
    Story story =
        new Story("s", List.of(Article.of("a", ""), Article.of("b", " \n\n "),
            Article.of("c", "One sentence here.")));
    CleanedStory cleaned = CLEANER.clean(story);
    assertThat(cleaned.analyzed().sentences()).hasSize(1);
    assertThat(cleaned.report().relevance()).hasSize(3);
  }

  @Test
  void cleaning_is_deterministic_and_idempotent_on_its_output() {
    Random random = new Random(7);
    String[] pieces = {
      "The bridge closed on Thursday.", "Getty Images", "Advertisement", "Load more",
      "Officials expect repairs to take three months.", "Tags Bridges City", "Click to Hide",
      "The ferry runs every 20 minutes from Pier 4.", "— Updated at 2:18 p.m."
    };
    for (int round = 0; round < 20; round++) {
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < 8; k++) {
        text.append(pieces[random.nextInt(pieces.length)]).append("\n\n");
      }
      Story story = new Story("s", List.of(Article.of("a", text.toString())));
      CleanedStory first = CLEANER.clean(story);
      assertThat(CLEANER.clean(story)).as("seed 7, round " + round).isEqualTo(first);
      // Cleaning the kept sentences again drops nothing more.
      StringBuilder kept = new StringBuilder();
      for (AnalyzedSentence s : first.analyzed().sentences()) {
        kept.append(s.text()).append("\n\n");
      }
      CleanedStory again =
          CLEANER.clean(new Story("s", List.of(Article.of("a", kept.toString()))));
      assertThat(again.report().dropped()).as("seed 7, round " + round).isEmpty();
    }
  }

  // #5: the blank test between a sentence and a removed phrase reads the text in place.
  @Test
  void blank_ranges_are_those_of_substring_is_blank() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String text = "a " + c + "\tb";
      assertThat(StoryCleaner.isBlank(text, 1, 4)).as("U+%04X", (int) c)
          .isEqualTo(text.substring(1, 4).isBlank());
    }
    String pair = " \ud83d\ude00 ";
    assertThat(StoryCleaner.isBlank(pair, 0, pair.length())).isFalse();
    assertThat(StoryCleaner.isBlank(pair, 0, 1)).isTrue();
    assertThat(StoryCleaner.isBlank(pair, 1, 1)).isTrue();
  }
}
