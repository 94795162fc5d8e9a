package dev.chorus.cluster;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.model.Article;
import dev.chorus.model.Story;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes stories in the cluster JSON Lines format of {@code shared/datasets/README.md}, which
 * {@link dev.chorus.ingest.ClusterReader} and {@code chorus summarize --clusters} read: one story
 * per line,
 *
 * <pre>{"id":"story-…","documents":[{"id":…,"title":…,"text":…},…],"summaries":[]}</pre>
 *
 * with each document's {@code source} (outlet), {@code url} and {@code published} (ISO-8601
 * instant) added when known; the reader ignores those keys, other tools may use them. Texts are
 * written verbatim (JSON-escaped). Not thread-safe; closes nothing it did not open.
 */
public final class StoryWriter implements AutoCloseable {

  private final Writer writer;
  private final JsonGenerator json;
  private long stories;
  private long articles;

  /** A writer of UTF-8 lines to {@code out}, which {@link #close} flushes but leaves open. */
  public StoryWriter(OutputStream out) throws IOException {
    this(new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8));
  }

  /** A writer of lines to {@code writer}, which {@link #close} flushes but leaves open. */
  public StoryWriter(Writer writer) throws IOException {
    this.writer = Objects.requireNonNull(writer, "writer");
    this.json = new JsonFactory().createGenerator(writer);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setRootValueSeparator(null); // lines are separated by the newline written below
  }

  /** Writes one story as one line. */
  public void write(Story story) throws IOException {
    Objects.requireNonNull(story, "story");
    json.writeStartObject();
    json.writeStringField("id", story.id());
    json.writeArrayFieldStart("documents");
    for (Article article : story.articles()) {
      json.writeStartObject();
      json.writeStringField("id", article.id());
      json.writeStringField("title", article.title());
      json.writeStringField("text", article.text());
      if (article.outlet() != null) {
        json.writeStringField("source", article.outlet());
      }
      if (article.url() != null) {
        json.writeStringField("url", article.url());
      }
      if (article.published() != null) {
        json.writeStringField("published", article.published().toString());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("summaries");
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    writer.write('\n');
    stories++;
    articles += story.articles().size();
  }

  /** Stories written so far. */
  public long stories() {
    return stories;
  }

  /** Articles written so far. */
  public long articles() {
    return articles;
  }

  @Override
  public void close() throws IOException {
    json.close();
    writer.flush();
  }
}
