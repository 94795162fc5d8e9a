package dev.chorus.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chorus.ingest.ClusterReader;
import dev.chorus.ingest.ClusterRecord;
import dev.chorus.ingest.IngestResult;
import dev.chorus.model.Article;
import dev.chorus.model.Span;
import dev.chorus.model.Story;
import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.OpenNlpSentenceSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * #5: the speed work on cleaning and analysis changes no result. The sentence spans of the first
 * 300 clusters of Multi-News val and of DUC 2004, and everything cleaning decides about them (the
 * {@code --explain-cleaning} report, the kept sentences with their spans, word counts and terms),
 * hash to the values the code gave before that work (commit 5ad7370). A change that moves one
 * sentence boundary, term or decision changes a hash; a change meant to do so must update them.
 * Skipped without the shared data.
 */
class CleaningHashesTest {

  @Test
  void multi_news_sentences_and_cleaning_are_unchanged() throws Exception {
    assertHashes("datasets/multinews/multinews.val.jsonl.gz",
        "e16490e4635ce3d5f0b64fdce8170515513c705ae1ac1f04f32b56b84da38985",
        "adad023ed5d89accf282e7908e2b153037bbaea0b4bf6286b6248e0e34551f61");
  }

  @Test
  void duc_2004_sentences_and_cleaning_are_unchanged() throws Exception {
    // Hard-wrapped text in many paragraphs: the paragraph and line rules at work.
    assertHashes("datasets/duc2004/duc2004.task2.jsonl.gz",
        "7ef5f79e0c9857d01eea3d6e75a5933d3001f3af61fb29f3dc3df5fdb72b3d7a",
        "9ede3789322cb74555068728b04b80049ee2e32143fb969188127444b3c73e24");
  }

  private static void assertHashes(String relative, String splitHash, String cleanHash)
      throws IOException, NoSuchAlgorithmException {
    String shared = System.getProperty("chorus.shared");
    assumeTrue(shared != null, "system property chorus.shared not set: regression check skipped");
    Path file = Path.of(shared, relative);
    assumeTrue(Files.isRegularFile(file), file + " not found: regression check skipped");
    OpenNlpSentenceSplitter splitter = new OpenNlpSentenceSplitter();
    StoryCleaner cleaner = StoryCleaner.english();
    MessageDigest split = MessageDigest.getInstance("SHA-256");
    MessageDigest clean = MessageDigest.getInstance("SHA-256");
    try (Stream<IngestResult<ClusterRecord>> records = new ClusterReader().read(file)) {
      records.limit(300).forEach(record -> {
        Story story = ((IngestResult.Ingested<ClusterRecord>) record).value().story();
        for (Article article : story.articles()) {
          for (Span span : splitter.split(article.text())) {
            split.update(bytes(article.id() + " " + span.start() + " " + span.end() + "\n"));
          }
        }
        CleanedStory cleaned = cleaner.clean(story);
        clean.update(bytes(cleaned.report().explain()));
        for (AnalyzedSentence s : cleaned.analyzed().sentences()) {
          clean.update(bytes(s.sentence().documentId() + " " + s.sentence().span() + " "
              + s.words() + " " + s.terms() + "\n"));
        }
      });
    }
    assertThat(HexFormat.of().formatHex(split.digest())).as("sentence spans").isEqualTo(splitHash);
    assertThat(HexFormat.of().formatHex(clean.digest())).as("cleaning").isEqualTo(cleanHash);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
