package dev.chorus.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chorus.clean.CleanedStory;
import dev.chorus.ingest.ArticleLoader;
import dev.chorus.model.Article;
import dev.chorus.model.Budget;
import dev.chorus.model.Sentence;
import dev.chorus.model.Story;
import dev.chorus.model.Summary;
import dev.chorus.model.SummarySentence;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.select.NearDuplicateIndex;
import dev.chorus.select.Summarizers;
import dev.chorus.text.AnalyzedStory;
import dev.chorus.text.StoryAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceDeduplicatorTest {

  private static final StoryAnalyzer ANALYZER = StoryAnalyzer.english();
  private static final SentenceDeduplicator EXACT = new SentenceDeduplicator();
  private static final SentenceDeduplicator LSH = new SentenceDeduplicator(0, 16, 4);

  private static AnalyzedStory story(String... documents) {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < documents.length; i++) {
      articles.add(Article.of("d" + i, documents[i]));
    }
    return ANALYZER.analyze(new Story("s", articles));
  }

  @Test
  void carriers_are_the_documents_of_a_sentence_group() {
    AnalyzedStory story =
        story(
            "The Senate voted 52 to 48 on Tuesday to confirm Smith. Rain fell.",
            "Snow is expected in the mountains this weekend.",
            "WASHINGTON (AP) The Senate voted 52 to 48 on Tuesday to confirm Smith.");
    for (SentenceDeduplicator dedup : List.of(EXACT, LSH)) {
      SentenceDuplicates duplicates = dedup.find(story);
      assertThat(duplicates.groups()).containsExactly(new int[] {0, 3});
      assertThat(duplicates.carriers(0)).containsExactly(0, 2);
      assertThat(duplicates.carrierIds(3)).containsExactly("d0", "d2");
      assertThat(duplicates.carriers(1)).containsExactly(0);
      assertThat(duplicates.group(2)).containsExactly(2);
      assertThat(duplicates.sameGroup(0, 3)).isTrue();
      assertThat(duplicates.sameGroup(0, 1)).isFalse();
    }
    assertThat(EXACT.find(story).exact()).isTrue();
    assertThat(LSH.find(story).exact()).isFalse();
  }

  @Test
  void sentences_without_terms_group_by_folded_text() {
    AnalyzedStory story = story("It is what it is.", "it IS  what it is.", "It was.");
    SentenceDuplicates duplicates = EXACT.find(story);
    assertThat(duplicates.groups()).containsExactly(new int[] {0, 1});
    assertThat(LSH.find(story).groups()).containsExactly(new int[] {0, 1});
  }

  @Test
  void bad_indexes_and_parameters() {
    SentenceDuplicates duplicates = EXACT.find(story("One sentence."));
    assertThatThrownBy(() -> duplicates.carriers(1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 1");
    assertThatThrownBy(() -> new SentenceDeduplicator(-1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(EXACT.find(story()).groups()).isEmpty();
  }

  /** Exact groups join exactly the pairs the summarizers' index calls near-duplicates. */
  @Test
  void exact_groups_agree_with_the_summarizers_index_and_lsh_finds_them() {
    Random random = new Random(404);
    String[] words = new String[60];
    for (int i = 0; i < words.length; i++) {
      words[i] = "term" + i;
    }
    for (int round = 0; round < 10; round++) {
      List<String> documents = new ArrayList<>();
      List<String> sentences = new ArrayList<>();
      for (int d = 0; d < 6; d++) {
        StringBuilder doc = new StringBuilder();
        for (int k = 0; k < 5; k++) {
          String sentence;
          if (!sentences.isEmpty() && random.nextInt(3) == 0) {
            // Reuse an earlier sentence, sometimes with one word swapped.
            String[] reused = sentences.get(random.nextInt(sentences.size())).split(" ");
            if (random.nextBoolean()) {
              reused[random.nextInt(reused.length - 1)] = words[random.nextInt(words.length)];
            }
            sentence = String.join(" ", reused);
          } else {
            StringBuilder fresh = new StringBuilder();
            for (int w = 0; w < 8; w++) {
              fresh.append(words[random.nextInt(words.length)]).append(' ');
            }
            sentence = fresh.append("end.").toString();
          }
          sentences.add(sentence);
          doc.append(sentence).append(' ');
        }
        documents.add(doc.toString());
      }
      AnalyzedStory story = story(documents.toArray(String[]::new));
      NearDuplicateIndex index = NearDuplicateIndex.of(story);
      SentenceDuplicates exact = EXACT.find(story);
      SentenceDuplicates lsh = LSH.find(story);
      int n = story.sentences().size();
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          if (index.areNearDuplicates(a, b)) {
            assertThat(exact.sameGroup(a, b)).as("seed 404, round %d, %d-%d", round, a, b)
                .isTrue();
          }
          // LSH never joins what exact search keeps apart.
          if (lsh.sameGroup(a, b)) {
            assertThat(exact.sameGroup(a, b)).as("seed 404, round %d, %d-%d", round, a, b)
                .isTrue();
          }
        }
      }
      // Every group of exact search is a union of its near-duplicate pairs: each member has a
      // near-duplicate in the group.
      for (int[] group : exact.groups()) {
        for (int member : group) {
          boolean linked = false;
          for (int other : group) {
            linked |= other != member && index.areNearDuplicates(member, other);
          }
          assertThat(linked).as("seed 404, round %d, sentence %d", round, member).isTrue();
        }
      }
    }
  }

  // #4: a summary never holds two near-duplicates, and its sources are carriers.
  @Test
  void summaries_of_the_example_and_the_seeds_hold_no_near_duplicates() {
    List<Path> clusters = new ArrayList<>();
    clusters.add(
        Path.of(System.getProperty("chorus.root", "..")).resolve("examples/harbor-bridge-closure"));
    String shared = System.getProperty("chorus.shared");
    if (shared != null) {
      clusters.add(Path.of(shared, "seeds"));
    }
    Pipeline pipeline = Pipeline.english();
    int checked = 0;
    for (Path dir : clusters) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      Story story = ArticleLoader.toStory(List.of(dir), new ArticleLoader().load(List.of(dir)));
      CleanedStory prepared = pipeline.prepare(story);
      AnalyzedStory analyzed = prepared.analyzed();
      NearDuplicateIndex index = NearDuplicateIndex.of(analyzed);
      SentenceDuplicates duplicates = EXACT.find(analyzed);
      for (String method : Summarizers.names()) {
        Summary summary =
            pipeline.summarize(prepared, Budget.words(250), Summarizers.byName(method));
        List<Integer> selected = new ArrayList<>();
        for (SummarySentence s : summary.sentences()) {
          selected.add(indexOf(analyzed, s.selected()));
          List<String> carriers = duplicates.carrierIds(indexOf(analyzed, s.selected()));
          for (Sentence source : s.sources()) {
            assertThat(carriers).as(method).contains(source.documentId());
          }
        }
        for (int i = 0; i < selected.size(); i++) {
          for (int j = i + 1; j < selected.size(); j++) {
            assertThat(index.areNearDuplicates(selected.get(i), selected.get(j)))
                .as("%s summary of %s: sentences %d and %d", method, dir, i, j)
                .isFalse();
          }
        }
        checked++;
      }
    }
    assumeTrue(checked > 0, "no example or seed cluster found");
  }

  private static int indexOf(AnalyzedStory story, Sentence sentence) {
    for (int i = 0; i < story.sentences().size(); i++) {
      if (story.sentences().get(i).sentence().equals(sentence)) {
        return i;
      }
    }
    throw new AssertionError("not in the story: " + sentence);
  }
}
