package dev.chorus.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.ingest.ClusterReader;
import dev.chorus.ingest.ClusterRecord;
import dev.chorus.ingest.IngestResult;
import dev.chorus.model.Article;
import dev.chorus.model.Story;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryWriterTest {

  @TempDir Path dir;

  @Test
  void writes_one_line_per_story_that_the_cluster_reader_reads_back() throws IOException {
    Article a =
        new Article(
            "a",
            "The Courier",
            "https://example.org/a",
            "Title \"quoted\"",
            Instant.parse("2026-03-12T08:00:00Z"),
            "Line one.\nLine two, naïve café.");
    Article b = Article.of("b", "Plain text.");
    List<Story> stories =
        List.of(StoryIds.story(List.of(a, b)), StoryIds.story(List.of(Article.of("c", "Alone."))));
    Path file = dir.resolve("stories.jsonl");
    try (OutputStream out = Files.newOutputStream(file);
        StoryWriter writer = new StoryWriter(out)) {
      for (Story story : stories) {
        writer.write(story);
      }
      assertThat(writer.stories()).isEqualTo(2);
      assertThat(writer.articles()).isEqualTo(3);
    }

    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .startsWith("{\"id\":\"" + stories.get(0).id() + "\",\"documents\":[")
        .contains("\"source\":\"The Courier\"", "\"published\":\"2026-03-12T08:00:00Z\"")
        .endsWith("\"summaries\":[]}");
    try (Stream<IngestResult<ClusterRecord>> records = new ClusterReader().read(file)) {
      List<Story> read =
          records.map(r -> ((IngestResult.Ingested<ClusterRecord>) r).value().story()).toList();
      assertThat(read)
          .extracting(Story::id)
          .containsExactly(stories.get(0).id(), stories.get(1).id());
      assertThat(read.get(0).articles())
          .extracting(Article::text)
          .containsExactly(a.text(), b.text());
      assertThat(read.get(0).articles().get(0).title()).isEqualTo(a.title());
    }
  }
}
