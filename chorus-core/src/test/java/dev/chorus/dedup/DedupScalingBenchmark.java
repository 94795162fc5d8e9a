package dev.chorus.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.clean.CleanedStory;
import dev.chorus.clean.StoryCleaner;
import dev.chorus.model.Article;
import dev.chorus.model.Budget;
import dev.chorus.model.Story;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.select.Summarizers;
import dev.chorus.text.AnalyzedStory;
import dev.chorus.text.StoryAnalyzer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * #4: an informal scaling benchmark of near-duplicate search on one 10,000-document story, pooled
 * from Multi-News train documents, with planted syndicated copies (100 originals, 3 edited copies
 * each: 5 % of words replaced, or cut to 70 %). It prints wall times, the recall of the planted
 * copies, and how MinHash/LSH compares with exact search on a subset. Opt-in, since it takes a
 * minute: {@code -Dchorus.scaling=true}; needs the Multi-News train file. Timings are measured
 * once, without warm-up, on whatever machine runs it: indicative only, and never asserted.
 */
class DedupScalingBenchmark {

  private static final int DOCUMENTS = 10_000;
  private static final int ORIGINALS = 100;
  private static final int COPIES_EACH = 3;

  @Test
  void ten_thousand_documents() throws IOException {
    assumeTrue(Boolean.getBoolean("chorus.scaling"), "scaling benchmark: -Dchorus.scaling=true");
    String shared = System.getProperty("chorus.shared");
    assumeTrue(shared != null, "system property chorus.shared not set");
    Path train = Path.of(shared, "datasets/multinews/multinews.train.jsonl.gz");
    assumeTrue(Files.isRegularFile(train), train + " not found");

    int pooled = DOCUMENTS - ORIGINALS * COPIES_EACH;
    List<Article> articles = readDocuments(train, pooled);
    Random random = new Random(4);
    Map<String, String> copyOf = new HashMap<>();
    for (int o = 0; o < ORIGINALS; o++) {
      Article original = articles.get(o * (pooled / ORIGINALS));
      for (int c = 0; c < COPIES_EACH; c++) {
        String id = original.id() + "-copy" + c;
        articles.add(Article.of(id, edit(original.text(), c, random)));
        copyOf.put(id, original.id());
      }
    }
    Story story = new Story("pooled-" + DOCUMENTS, articles);
    long words = articles.stream().mapToLong(a -> Budget.countWords(a.text())).sum();
    System.out.printf(Locale.ROOT, "story: %d documents, %d words%n", articles.size(), words);

    long t = System.nanoTime();
    int plain = StoryAnalyzer.english().analyze(story).sentences().size();
    System.out.printf(Locale.ROOT, "split + analyze (no cleaning): %.1f s, %d sentences%n",
        seconds(t), plain);

    t = System.nanoTime();
    CleanedStory cleaned = StoryCleaner.english().clean(story);
    AnalyzedStory analyzed = cleaned.analyzed();
    System.out.printf(Locale.ROOT, "clean + split + analyze: %.1f s, %d sentences kept%n",
        seconds(t), analyzed.sentences().size());

    t = System.nanoTime();
    List<DuplicateGroup> groups = new DocumentDeduplicator().find(story.articles());
    double documentSeconds = seconds(t);
    Map<String, Integer> groupOf = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      for (String id : groups.get(g).documentIds()) {
        groupOf.put(id, g);
      }
    }
    int found = 0;
    for (Map.Entry<String, String> e : copyOf.entrySet()) {
      Integer a = groupOf.get(e.getKey());
      if (a != null && a.equals(groupOf.get(e.getValue()))) {
        found++;
      }
    }
    System.out.printf(Locale.ROOT,
        "documents, MinHash/LSH (42 x 3): %.2f s, %d groups, planted copies found %d of %d%n",
        documentSeconds, groups.size(), found, copyOf.size());

    // Exact against LSH on a subset small enough for all pairs.
    List<Article> subset = new ArrayList<>(articles.subList(0, 2_000));
    subset.addAll(articles.subList(pooled, articles.size()));
    t = System.nanoTime();
    List<DuplicateGroup> exact =
        new DocumentDeduplicator(0.5, 0.8, 3, Integer.MAX_VALUE, 42, 3).find(subset);
    double exactSeconds = seconds(t);
    t = System.nanoTime();
    List<DuplicateGroup> lsh = new DocumentDeduplicator(0.5, 0.8, 3, 0, 42, 3).find(subset);
    double lshSeconds = seconds(t);
    Set<String> exactPairs = pairs(exact);
    Set<String> lshPairs = pairs(lsh);
    int missed = 0;
    for (String p : exactPairs) {
      missed += lshPairs.contains(p) ? 0 : 1;
    }
    System.out.printf(Locale.ROOT,
        "documents, %d-document subset: exact %.2f s (%d pairs), LSH %.2f s; LSH found %d of the"
            + " exact pairs' groupings, missed %d%n",
        subset.size(), exactSeconds, exactPairs.size(), lshSeconds,
        exactPairs.size() - missed, missed);

    t = System.nanoTime();
    SentenceDuplicates sentences = new SentenceDeduplicator().find(analyzed);
    double sentenceSeconds = seconds(t);
    int carried = 0;
    for (int[] group : sentences.groups()) {
      carried += group.length;
    }
    System.out.printf(Locale.ROOT,
        "sentences, MinHash/LSH (16 x 4): %.2f s, %d groups holding %d of %d sentences%n",
        sentenceSeconds, sentences.groups().size(), carried, analyzed.sentences().size());

    t = System.nanoTime();
    var summary = Pipeline.english().summarize(cleaned, Budget.words(100),
        Summarizers.byName("lexrank"));
    System.out.printf(Locale.ROOT, "lexrank summary of the cleaned story: %.1f s, %d sentences%n",
        seconds(t), summary.sentences().size());

    Runtime runtime = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "heap in use: %d MiB%n",
        (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    assertThat(found).isGreaterThanOrEqualTo(copyOf.size() * 95 / 100);
    for (String p : lshPairs) {
      assertThat(exactPairs).contains(p);
    }
  }

  /** Copy 0 and 1: 5 % of the words replaced; copy 2: the first 70 % of the words. */
  private static String edit(String text, int copy, Random random) {
    String[] words = text.split(" ");
    if (copy == 2) {
      return String.join(" ", List.of(words).subList(0, Math.max(1, words.length * 7 / 10)));
    }
    for (int k = 0; k < words.length; k++) {
      if (random.nextInt(20) == 0) {
        words[k] = "edited" + random.nextInt(1000);
      }
    }
    return String.join(" ", words);
  }

  /** Every within-group document pair, as "a|b" with a before b in the story. */
  private static Set<String> pairs(List<DuplicateGroup> groups) {
    Set<String> pairs = new HashSet<>();
    for (DuplicateGroup g : groups) {
      List<String> ids = g.documentIds();
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          pairs.add(ids.get(i) + "|" + ids.get(j));
        }
      }
    }
    return pairs;
  }

  /** The first {@code limit} non-empty documents of the file, in file order. */
  private static List<Article> readDocuments(Path file, int limit) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Article> articles = new ArrayList<>(limit + ORIGINALS * COPIES_EACH);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while (articles.size() < limit && (line = reader.readLine()) != null) {
        JsonNode cluster = json.readTree(line);
        for (JsonNode document : cluster.get("documents")) {
          String text = document.get("text").asText();
          if (!text.isBlank() && articles.size() < limit) {
            articles.add(Article.of(document.get("id").asText(), text));
          }
        }
      }
    }
    return articles;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
