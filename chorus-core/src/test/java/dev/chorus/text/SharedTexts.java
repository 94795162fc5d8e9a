package dev.chorus.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chorus.ingest.ClusterReader;
import dev.chorus.ingest.ClusterRecord;
import dev.chorus.ingest.IngestResult;
import dev.chorus.model.Article;
import dev.chorus.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real texts for tests that compare a fast implementation with its definition (issue #5): the
 * article texts and sentences of the first clusters of Multi-News val, from {@code
 * <chorus.shared>/datasets}. A test that asks for them is skipped (Assumptions) when the data is
 * absent. Nothing of the data is kept in the repository.
 */
public final class SharedTexts {

  private static final String MULTI_NEWS_VAL = "datasets/multinews/multinews.val.jsonl.gz";

  private SharedTexts() {}

  /** The article texts of the first {@code clusters} clusters of Multi-News val. */
  public static List<String> multiNewsTexts(int clusters) throws IOException {
    String shared = System.getProperty("chorus.shared");
    assumeTrue(shared != null, "system property chorus.shared not set: real-text check skipped");
    Path file = Path.of(shared, MULTI_NEWS_VAL);
    assumeTrue(Files.isRegularFile(file), file + " not found: real-text check skipped");
    List<String> texts = new ArrayList<>();
    try (Stream<IngestResult<ClusterRecord>> records = new ClusterReader().read(file)) {
      records.limit(clusters).forEach(record -> {
        if (record instanceof IngestResult.Ingested<ClusterRecord> ingested) {
          for (Article article : ingested.value().story().articles()) {
            texts.add(article.text());
          }
        }
      });
    }
    return texts;
  }

  /** The sentences ({@link OpenNlpSentenceSplitter}) of {@link #multiNewsTexts}. */
  public static List<String> multiNewsSentences(int clusters) throws IOException {
    OpenNlpSentenceSplitter splitter = new OpenNlpSentenceSplitter();
    List<String> sentences = new ArrayList<>();
    for (String text : multiNewsTexts(clusters)) {
      for (Span span : splitter.split(text)) {
        sentences.add(span.of(text));
      }
    }
    return sentences;
  }
}
