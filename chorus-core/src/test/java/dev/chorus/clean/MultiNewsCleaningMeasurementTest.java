package dev.chorus.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.model.Article;
import dev.chorus.model.Span;
import dev.chorus.model.Story;
import dev.chorus.text.AnalyzedSentence;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * #4: measurements of the cleaner on real data, printed for docs/cleaning.md and checked against
 * loose floors so that a regression fails.
 *
 * <ul>
 *   <li>Multi-News val: the share of sentences (as the uncleaned pipeline splits them) that
 *       cleaning drops, per rule; and precision and recall of the off-topic flag against the
 *       Multi-News+ label {@code llm_irrelevant_votes >= 3}, which the ingest reader does not
 *       keep, so this test reads the JSONL itself.
 *   <li>DUC 2004: clean newswire, of which cleaning must drop nothing.
 * </ul>
 *
 * A raw sentence counts as dropped when less than half of its characters are in kept sentences.
 * Skipped when the data is absent. Takes about half a minute.
 */
class MultiNewsCleaningMeasurementTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final StoryAnalyzer ANALYZER = StoryAnalyzer.english();
  private static final StoryCleaner CLEANER = StoryCleaner.english();

  /** One cluster of a JSONL file with each document's off-topic label (votes >= 3). */
  private record Labelled(Story story, List<Boolean> offTopic) {}

  /** Counts over a corpus. */
  private static final class Counts {
    long rawSentences;
    long droppedSentences;
    long droppedWithDocument;
    long truePositives;
    long falsePositives;
    long falseNegatives;
    final Map<String, Long> byRule = new TreeMap<>();
  }

  @Test
  void multi_news_val_dropped_share_and_off_topic_agreement() throws IOException {
    Path file = data("datasets/multinews/multinews.val.jsonl.gz");
    Counts all = new Counts();
    Counts twoDocuments = new Counts();
    Counts threeOrMore = new Counts();
    for (Labelled cluster : read(file)) {
      Counts size = cluster.story().articles().size() == 2 ? twoDocuments : threeOrMore;
      measure(cluster, all, size);
    }
    double share = (double) all.droppedSentences / all.rawSentences;
    System.out.printf(
        Locale.ROOT,
        "Multi-News val: %d of %d sentences dropped (%.2f %%): %d (%.2f %%) in documents set"
            + " aside as off-topic, %d (%.2f %%) in the others%n",
        all.droppedSentences, all.rawSentences, 100 * share, all.droppedWithDocument,
        100.0 * all.droppedWithDocument / all.rawSentences,
        all.droppedSentences - all.droppedWithDocument,
        100.0 * (all.droppedSentences - all.droppedWithDocument) / all.rawSentences);
    all.byRule.forEach((rule, n) -> System.out.printf(Locale.ROOT, "  %-20s %6d%n", rule, n));
    print("off-topic flag vs llm_irrelevant_votes >= 3, all documents", all);
    print("  stories of two documents", twoDocuments);
    print("  stories of three or more", threeOrMore);
    assertThat(share).isBetween(0.02, 0.10);
    assertThat(precision(all)).isGreaterThan(0.75);
    assertThat(recall(all)).isGreaterThan(0.30);
  }

  @Test
  void duc_2004_newswire_loses_nothing() throws IOException {
    Path file = data("datasets/duc2004/duc2004.task2.jsonl.gz");
    Counts all = new Counts();
    for (Labelled cluster : read(file)) {
      measure(cluster, all, new Counts());
    }
    System.out.printf(
        Locale.ROOT, "DUC 2004: %d of %d sentences dropped, %d documents flagged off-topic%n",
        all.droppedSentences, all.rawSentences, all.truePositives + all.falsePositives);
    assertThat(all.droppedSentences).isZero();
  }

  private static void measure(Labelled cluster, Counts all, Counts size) {
    Story story = cluster.story();
    AnalyzedStory raw = ANALYZER.analyze(story);
    CleanedStory cleaned = CLEANER.clean(story);
    Set<String> excluded = new HashSet<>();
    for (Dropped d : cleaned.report().dropped()) {
      if (d.unit() == Dropped.Unit.DOCUMENT) {
        excluded.add(d.documentId());
      }
    }
    Map<String, List<Span>> kept = new HashMap<>();
    for (AnalyzedSentence s : cleaned.analyzed().sentences()) {
      kept.computeIfAbsent(s.sentence().documentId(), k -> new ArrayList<>())
          .add(s.sentence().span());
    }
    for (AnalyzedSentence s : raw.sentences()) {
      Span span = s.sentence().span();
      int covered = 0;
      for (Span k : kept.getOrDefault(s.sentence().documentId(), List.of())) {
        covered += Math.max(0, Math.min(k.end(), span.end()) - Math.max(k.start(), span.start()));
      }
      all.rawSentences++;
      if (2 * covered < span.length()) {
        all.droppedSentences++;
        if (excluded.contains(s.sentence().documentId())) {
          all.droppedWithDocument++;
        }
      }
    }
    for (Dropped d : cleaned.report().dropped()) {
      all.byRule.merge(d.unit().name().toLowerCase(Locale.ROOT) + " " + d.rule().id(), 1L,
          Long::sum);
    }
    List<DocumentRelevance> relevance = cleaned.report().relevance();
    for (int d = 0; d < relevance.size(); d++) {
      boolean flagged = relevance.get(d).offTopic();
      boolean label = cluster.offTopic().get(d);
      for (Counts c : List.of(all, size)) {
        c.truePositives += flagged && label ? 1 : 0;
        c.falsePositives += flagged && !label ? 1 : 0;
        c.falseNegatives += !flagged && label ? 1 : 0;
      }
    }
  }

  private static void print(String title, Counts c) {
    double p = precision(c);
    double r = recall(c);
    System.out.printf(
        Locale.ROOT,
        "%s: TP %d FP %d FN %d precision %.3f recall %.3f F1 %.3f%n",
        title, c.truePositives, c.falsePositives, c.falseNegatives, p, r, 2 * p * r / (p + r));
  }

  private static double precision(Counts c) {
    return (double) c.truePositives / (c.truePositives + c.falsePositives);
  }

  private static double recall(Counts c) {
    return (double) c.truePositives / (c.truePositives + c.falseNegatives);
  }

  private static Path data(String relative) {
    String shared = System.getProperty("chorus.shared");
    assumeTrue(shared != null, "system property chorus.shared not set: measurement skipped");
    Path file = Path.of(shared, relative);
    assumeTrue(Files.isRegularFile(file), file + " not found: measurement skipped");
    return file;
  }

  /** Clusters of a JSONL(.gz) file in the shared format, with their labels (false if absent). */
  private static List<Labelled> read(Path file) throws IOException {
    List<Labelled> clusters = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        JsonNode cluster = JSON.readTree(line);
        List<Article> articles = new ArrayList<>();
        List<Boolean> offTopic = new ArrayList<>();
        for (JsonNode document : cluster.get("documents")) {
          articles.add(Article.of(document.get("id").asText(), document.get("text").asText()));
          offTopic.add(document.path("llm_irrelevant_votes").asInt(0) >= 3);
        }
        clusters.add(new Labelled(new Story(cluster.get("id").asText(), articles), offTopic));
      }
    }
    return clusters;
  }
}
