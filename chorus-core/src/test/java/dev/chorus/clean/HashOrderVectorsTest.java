package dev.chorus.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chorus.ingest.ClusterReader;
import dev.chorus.ingest.ClusterRecord;
import dev.chorus.ingest.IngestResult;
import dev.chorus.model.Article;
import dev.chorus.model.Sentence;
import dev.chorus.model.Span;
import dev.chorus.model.Story;
import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.AnalyzedStory;
import dev.chorus.text.StoryAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link HashOrderVectors} against the hash-map definition it replaces, bit for bit. */
class HashOrderVectorsTest {

  /** Asserts the same similarities, bit for bit, where the arrays answer; returns whether. */
  private static boolean assertSameAsMaps(AnalyzedStory story) {
    double[] fast = HashOrderVectors.similarities(story);
    if (fast == null) {
      return false;
    }
    double[] maps = OffTopicDetector.mapSimilarities(story);
    assertThat(fast.length).isEqualTo(maps.length);
    for (int d = 0; d < maps.length; d++) {
      assertThat(Double.doubleToLongBits(fast[d]))
          .as("document %d of %s: %s vs %s", d, story.story().id(), fast[d], maps[d])
          .isEqualTo(Double.doubleToLongBits(maps[d]));
    }
    return true;
  }

  /** A story whose documents hold the given term lists, one sentence per list. */
  private static AnalyzedStory story(List<List<List<String>>> documents) {
    List<Article> articles = new ArrayList<>();
    List<AnalyzedSentence> sentences = new ArrayList<>();
    for (int d = 0; d < documents.size(); d++) {
      articles.add(Article.of("d" + d, "x"));
      int position = 0;
      for (List<String> terms : documents.get(d)) {
        Sentence sentence = new Sentence("x", "d" + d, new Span(0, 1), position++);
        sentences.add(new AnalyzedSentence(sentence, sentences.size(), d, terms, 1));
      }
    }
    return new AnalyzedStory(new Story("s", articles), sentences);
  }

  @Test
  void empty_documents_and_stories() {
    assertThat(assertSameAsMaps(story(List.of()))).isTrue();
    assertThat(HashOrderVectors.similarities(story(List.of()))).isEmpty();
    assertThat(assertSameAsMaps(story(List.of(List.of(), List.of(List.of("a")),
        List.of(List.of("a", "b"), List.of()))))).isTrue();
  }

  @Test
  void random_stories_give_the_maps_bits_through_many_table_sizes() {
    SplittableRandom random = new SplittableRandom(3);
    int answered = 0;
    for (int n = 0; n < 2_000; n++) {
      int vocabulary = 1 + random.nextInt(random.nextBoolean() ? 30 : 3_000);
      List<List<List<String>>> documents = new ArrayList<>();
      int documentCount = 1 + random.nextInt(8);
      for (int d = 0; d < documentCount; d++) {
        List<List<String>> document = new ArrayList<>();
        int sentenceCount = random.nextInt(40);
        for (int s = 0; s < sentenceCount; s++) {
          List<String> terms = new ArrayList<>();
          int length = random.nextInt(25);
          for (int t = 0; t < length; t++) {
            // Skewed, as words are: small ids often, large ones rarely.
            int id = (int) (vocabulary * Math.pow(random.nextDouble(), 3));
            terms.add("t" + id);
          }
          document.add(terms);
        }
        documents.add(document);
      }
      answered += assertSameAsMaps(story(documents)) ? 1 : 0;
    }
    // Made-up terms "t0", "t1", ... have close hash codes, which crowd buckets more often than
    // words do; most stories are still answered.
    assertThat(answered).isGreaterThan(1_500);
  }

  @Test
  void colliding_hashes_fall_back_to_the_maps() {
    // "Aa" and "BB" share a hash code, so do all 2^k words made of them: one bucket.
    List<String> colliding = new ArrayList<>();
    for (int bits = 0; bits < 16; bits++) {
      StringBuilder word = new StringBuilder();
      for (int k = 0; k < 4; k++) {
        word.append((bits >> k & 1) == 0 ? "Aa" : "BB");
      }
      colliding.add(word.toString());
    }
    AnalyzedStory many =
        story(List.of(List.of(colliding), List.of(colliding.subList(0, 9)), List.of(List.of("x"))));
    assertThat(HashOrderVectors.similarities(many)).isNull();
    // Six keys in a bucket are still a list, newest first.
    AnalyzedStory few =
        story(List.of(List.of(colliding.subList(0, 6)), List.of(colliding.subList(2, 6))));
    assertThat(assertSameAsMaps(few)).isTrue();
  }

  @Test
  void multi_news_stories_give_the_maps_bits() throws Exception {
    String shared = System.getProperty("chorus.shared");
    assumeTrue(shared != null, "system property chorus.shared not set: check skipped");
    Path file = Path.of(shared, "datasets/multinews/multinews.val.jsonl.gz");
    assumeTrue(Files.isRegularFile(file), file + " not found: check skipped");
    StoryAnalyzer analyzer = StoryAnalyzer.english();
    int[] answered = new int[1];
    try (Stream<IngestResult<ClusterRecord>> records = new ClusterReader().read(file)) {
      records.limit(500).forEach(record -> {
        Story story = ((IngestResult.Ingested<ClusterRecord>) record).value().story();
        answered[0] += assertSameAsMaps(analyzer.analyze(story)) ? 1 : 0;
      });
    }
    assertThat(answered[0]).isGreaterThan(490);
  }
}
