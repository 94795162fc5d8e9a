package dev.chorus.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chorus.dedup.SentenceSimilarity;
import dev.chorus.ingest.ClusterReader;
import dev.chorus.ingest.ClusterRecord;
import dev.chorus.ingest.IngestResult;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.text.AnalyzedStory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * #5: the faster near-duplicate lookup (positional filter, size limits, early-stopping merge) and
 * the faster features (one lookup per distinct term set, a primitive pair table) give exactly what
 * brute force and the original code give.
 */
class FastLookupEquivalenceTest {

  private static final Pipeline PIPELINE = Pipeline.english();

  /**
   * Brute force, independent of the index's filters: every other sentence that {@link
   * SentenceSimilarity} calls a near-duplicate.
   */
  private static int[] bruteForce(AnalyzedStory story, StoryIndex terms, int sentence) {
    return IntStream.range(0, story.sentences().size())
        .filter(j -> j != sentence && reference(story, terms, sentence, j))
        .toArray();
  }

  private static boolean reference(AnalyzedStory story, StoryIndex terms, int a, int b) {
    int[] ta = terms.termIds(a);
    int[] tb = terms.termIds(b);
    if (ta.length == 0 || tb.length == 0) {
      return ta.length == 0
          && tb.length == 0
          && SentenceSimilarity.emptyKey(story.sentences().get(a).text())
              .equals(SentenceSimilarity.emptyKey(story.sentences().get(b).text()));
    }
    return SentenceSimilarity.areNearDuplicates(ta, tb);
  }

  private static void assertLookupsAreExact(AnalyzedStory story, String label) {
    NearDuplicateIndex index = NearDuplicateIndex.of(story);
    StoryIndex terms = StoryIndex.of(story);
    int n = story.sentences().size();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        assertThat(index.areNearDuplicates(i, j))
            .as("%s, sentences %d and %d", label, i, j)
            .isEqualTo(i == j || reference(story, terms, i, j));
      }
      assertThat(index.nearDuplicatesOf(i))
          .as("%s, sentence %d", label, i)
          .containsExactly(bruteForce(story, terms, i));
    }
  }

  /**
   * Pairs of every size from 1 to 40 terms whose overlap falls near the thresholds, so that the
   * size limits and the positional filter are tried at their edges.
   */
  private static AnalyzedStory thresholdStory(Random random) {
    List<String> sentences = new ArrayList<>();
    for (int s = 0; s < 30; s++) {
      int a = 1 + random.nextInt(40);
      int b = 1 + random.nextInt(40);
      int most = Math.min(a, b);
      // Mostly overlaps in the top third, where the criteria switch.
      int overlap =
          random.nextInt(4) == 0 ? random.nextInt(most + 1) : most - random.nextInt(1 + most / 3);
      int base = 1000 * s;
      List<String> first = new ArrayList<>();
      List<String> second = new ArrayList<>();
      for (int k = 0; k < a; k++) {
        first.add("t" + (base + k));
      }
      for (int k = 0; k < overlap; k++) {
        second.add("t" + (base + k));
      }
      for (int k = overlap; k < b; k++) {
        second.add("t" + (base + 500 + k));
      }
      // Shared filler terms make some prefixes common words rather than rare ones.
      if (random.nextBoolean()) {
        first.add("common" + random.nextInt(3));
        second.add("common" + random.nextInt(3));
      }
      Collections.shuffle(second, random);
      sentences.add(String.join(" ", first) + ".");
      sentences.add(String.join(" ", second) + ".");
    }
    // Three articles, sentences dealt round-robin.
    StringBuilder[] articles = {new StringBuilder(), new StringBuilder(), new StringBuilder()};
    for (int k = 0; k < sentences.size(); k++) {
      articles[k % 3].append(sentences.get(k)).append(' ');
    }
    return Stories.of(articles[0].toString(), articles[1].toString(), articles[2].toString());
  }

  @Test
  void lookups_equal_brute_force_at_the_thresholds() {
    for (long seed = 0; seed < 200; seed++) {
      assertLookupsAreExact(thresholdStory(new Random(seed)), "seed " + seed);
    }
  }

  @Test
  void lookups_equal_brute_force_on_copies_edits_and_cuts() {
    for (long seed = 100; seed < 300; seed++) {
      assertLookupsAreExact(NearDuplicateIndexTest.randomStory(new Random(seed)), "seed " + seed);
    }
  }

  @Test
  void a_sentence_reprinted_by_many_articles_counts_every_other_article_once() {
    String wire = "The storm flooded the harbor district overnight, officials said Monday.";
    String[] articles = new String[40];
    for (int d = 0; d < articles.length; d++) {
      // Every article reprints the wire sentence, some twice, some with an edit; every third
      // article adds a sentence of its own.
      String copy = d % 5 == 0 ? wire.replace("Monday", "on Monday") : wire;
      articles[d] = copy + (d % 7 == 0 ? " " + wire : "") + (d % 3 == 0 ? " Schools closed." : "");
    }
    AnalyzedStory story = Stories.of(articles);
    assertLookupsAreExact(story, "reprints");
    assertFeaturesEqualReference(story);
    SentenceFeatures.Matrix m = SentenceFeatures.of(story);
    int reprints = SentenceFeatures.NAMES.indexOf("reprints");
    // Sentence 0, the wire sentence of article 0: reprinted by the 39 other articles.
    assertThat(m.sentences()[0]).isEqualTo(0);
    assertThat(m.rows()[0][reprints]).isEqualTo(Math.log(1 + 39));
  }

  @Test
  void lookups_and_features_equal_the_reference_on_real_clusters() throws IOException {
    int stories = 0;
    for (AnalyzedStory story : stories(shared("datasets/multinews/multinews.val.jsonl.gz"), 100)) {
      assertLookupsAreExact(story, story.story().id());
      assertFeaturesEqualReference(story);
      stories++;
    }
    for (AnalyzedStory story : stories(shared("datasets/duc2004/duc2004.task2.jsonl.gz"), 50)) {
      assertLookupsAreExact(story, story.story().id());
      assertFeaturesEqualReference(story);
      stories++;
    }
    assertThat(stories).isEqualTo(150);
  }

  private static Path shared(String relative) {
    String shared = System.getProperty("chorus.shared");
    Path path = shared == null ? null : Path.of(shared, relative);
    assumeTrue(
        path != null && Files.exists(path),
        relative + " not found (system property chorus.shared=" + shared + "): test skipped");
    return path;
  }

  private static List<AnalyzedStory> stories(Path file, int count) throws IOException {
    List<AnalyzedStory> stories = new ArrayList<>();
    try (Stream<IngestResult<ClusterRecord>> lines = new ClusterReader().read(file)) {
      lines
          .limit(count)
          .map(line -> ((IngestResult.Ingested<ClusterRecord>) line).value().story())
          .forEach(story -> stories.add(PIPELINE.analyze(story)));
    }
    return stories;
  }

  /**
   * The reprints and pair support columns equal the original code's: one brute-force lookup per
   * candidate, and a HashMap of boxed pair keys.
   */
  private static void assertFeaturesEqualReference(AnalyzedStory story) {
    SentenceFeatures.Matrix m = SentenceFeatures.of(story);
    StoryIndex index = StoryIndex.of(story);
    int n = index.size();
    boolean[] present = new boolean[story.documentCount()];
    int articlesPresent = 0;
    for (int i = 0; i < n; i++) {
      int d = index.sentence(i).documentIndex();
      articlesPresent += present[d] ? 0 : 1;
      present[d] = true;
    }
    // The original pair counts.
    Map<Long, Integer> pairArticles = new HashMap<>();
    Map<Long, Integer> pairLastArticle = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int doc = index.sentence(i).documentIndex();
      int[] terms = index.termSequence(i);
      for (int k = 0; k + 1 < terms.length; k++) {
        long key = ((long) terms[k] << 32) | terms[k + 1];
        Integer last = pairLastArticle.get(key);
        if (last == null || last != doc) {
          pairLastArticle.put(key, doc);
          pairArticles.merge(key, 1, Integer::sum);
        }
      }
    }
    int reprintsColumn = SentenceFeatures.NAMES.indexOf("reprints");
    int pairColumn = SentenceFeatures.NAMES.indexOf("pair_support");
    for (int k = 0; k < m.sentences().length; k++) {
      int s = m.sentences()[k];
      int own = index.sentence(s).documentIndex();
      int last = -1;
      int count = 0;
      for (int d : bruteForce(story, index, s)) {
        int article = index.sentence(d).documentIndex();
        if (article != own && article != last) {
          count++;
          last = article;
        }
      }
      String id = story.story().id() + " sentence " + s;
      assertThat(m.rows()[k][reprintsColumn]).as(id).isEqualTo(Math.log(1 + count));
      int[] terms = index.termSequence(s);
      double pairSupport = 0;
      if (articlesPresent > 1 && terms.length > 1) {
        int shared = 0;
        for (int p = 0; p + 1 < terms.length; p++) {
          long key = ((long) terms[p] << 32) | terms[p + 1];
          if (pairArticles.getOrDefault(key, 0) > 1) {
            shared++;
          }
        }
        pairSupport = shared / ((terms.length - 1) * 2 / 2.0);
      }
      assertThat(m.rows()[k][pairColumn]).as(id).isEqualTo(pairSupport);
    }
  }
}
