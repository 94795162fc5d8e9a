package dev.chorus.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.ingest.IngestResult.Ingested;
import dev.chorus.ingest.IngestResult.Rejected;
import dev.chorus.model.Article;
import dev.chorus.model.Story;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;

/**
 * Streams the clusters of a benchmark file in the JSON Lines format of {@code
 * shared/datasets/README.md}: one cluster per line, {@code {"id", "documents": [{"id", "title",
 * "text"}], "summaries": [...]}}, plain or gzip-compressed.
 *
 * <p><b>Streaming</b>: the file is read line by line as the stream is consumed; memory is one line
 * plus the set of cluster ids seen (to reject duplicates). The stream must be closed
 * (try-with-resources); it also closes the file itself once it has been read to the end.
 *
 * <p><b>Compression</b> is detected from the content (the gzip magic bytes), so a gzip file is read
 * whatever its name; a file named {@code .gz} that is not gzip is refused when opened.
 *
 * <p><b>Per line</b>, in file order, one {@link IngestResult} whose source is {@code
 * file:lineNumber} (1-based):
 *
 * <ul>
 *   <li>Ingested: a {@link ClusterRecord}; documents keep their file order and their text and title
 *       verbatim ({@code title} may be null; an empty {@code text} is kept, since the data sets
 *       contain empty documents and their ids and counts must survive). Keys other than {@code id,
 *       documents, summaries} and, per document, {@code id, title, text} are ignored. A missing or
 *       null {@code summaries} gives no references.
 *   <li>Rejected, and reading goes on with the next line: not valid UTF-8, invalid JSON, not an
 *       object, missing or blank {@code id}, missing {@code documents} (or an article line with
 *       {@code text} instead), an empty document list, a document without id or text, a value of
 *       the wrong type, a duplicate document id within the cluster, a cluster id already read from
 *       an earlier line, a line longer than the limit.
 *   <li>Blank lines carry no data and are skipped.
 *   <li>If the file cannot be read to its end (a truncated or corrupt gzip stream, an I/O error),
 *       one final Rejected entry at the line being read says so and the stream ends: the batch sees
 *       every cluster read so far plus a clear error, and no exception escapes.
 * </ul>
 *
 * <p>{@link #read} itself throws {@link IOException} only when the file cannot be opened at all.
 * Thread-safe: the reader holds only configuration; each stream is for one thread.
 */
public final class ClusterReader {

  /** Default longest line: 64 MiB (a Multi-News cluster is a few kilobytes). */
  public static final int DEFAULT_MAX_LINE_BYTES = 64 << 20;

  private static final int BUFFER_BYTES = 1 << 16;

  private final ObjectMapper mapper = JsonArticleParser.strictMapper();
  private final int maxLineBytes;

  /** A reader with {@link #DEFAULT_MAX_LINE_BYTES}. */
  public ClusterReader() {
    this(DEFAULT_MAX_LINE_BYTES);
  }

  /** A reader that rejects lines longer than {@code maxLineBytes} (>= 1) without parsing them. */
  public ClusterReader(int maxLineBytes) {
    if (maxLineBytes < 1) {
      throw new IllegalArgumentException("maxLineBytes must be >= 1, was " + maxLineBytes);
    }
    this.maxLineBytes = maxLineBytes;
  }

  /** Whether {@code path} is named like a cluster file: {@code .jsonl} or {@code .jsonl.gz}. */
  public static boolean isClusterFile(Path path) {
    Path name = path.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz");
  }

  /**
   * Opens {@code file} and streams its clusters, see the class comment.
   *
   * @throws IOException if the file cannot be opened, its gzip header cannot be read, or it is
   *     named {@code .gz} but is not gzip; the message names the file
   */
  public Stream<IngestResult<ClusterRecord>> read(Path file) throws IOException {
    InputStream in = open(file);
    Lines lines = new Lines(in, maxLineBytes);
    Iterator<IngestResult<ClusterRecord>> iterator = new Records(file.toString(), lines);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                iterator, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              try {
                lines.close();
              } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + file, e);
              }
            });
  }

  private static InputStream open(Path file) throws IOException {
    BufferedInputStream in;
    try {
      in = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES);
    } catch (IOException e) {
      throw new IOException(
          "cannot open cluster file " + file + ": " + ArticleLoader.describe(e), e);
    }
    boolean gzip;
    try {
      in.mark(2);
      gzip = in.read() == 0x1f && in.read() == 0x8b;
      in.reset();
      if (gzip) {
        return new GZIPInputStream(in, BUFFER_BYTES);
      }
    } catch (IOException e) {
      in.close();
      throw new IOException(
          "cannot read cluster file " + file + ": " + ArticleLoader.describe(e), e);
    }
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
      in.close();
      throw new IOException("cluster file " + file + " is named .gz but is not in gzip format");
    }
    return in;
  }

  /** Turns lines into results, one look-ahead at a time. */
  private final class Records implements Iterator<IngestResult<ClusterRecord>> {

    private final String file;
    private final Lines lines;
    private final Map<String, Long> lineByClusterId = new HashMap<>();
    private long lineNumber;
    private IngestResult<ClusterRecord> next;
    private boolean done;

    Records(String file, Lines lines) {
      this.file = file;
      this.lines = lines;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        advance();
      }
      return next != null;
    }

    @Override
    public IngestResult<ClusterRecord> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      IngestResult<ClusterRecord> result = next;
      next = null;
      return result;
    }

    private void advance() {
      while (true) {
        boolean hasLine;
        try {
          hasLine = lines.next();
        } catch (IOException e) {
          next =
              new Rejected<>(
                  file + ":" + (lineNumber + 1),
                  "cannot read the file past line "
                      + lineNumber
                      + " (truncated or corrupt?): "
                      + e.getClass().getSimpleName()
                      + ": "
                      + e.getMessage()
                      + "; the rest of the file is lost");
          finish();
          return;
        }
        if (!hasLine) {
          finish();
          return;
        }
        lineNumber++;
        String source = file + ":" + lineNumber;
        if (lines.tooLong()) {
          next =
              new Rejected<>(
                  source,
                  "line is longer than "
                      + maxLineBytes
                      + " bytes ("
                      + lines.totalLength()
                      + " bytes)");
          return;
        }
        String text;
        try {
          text = StrictUtf8.decode(lines.bytes(), 0, lines.length());
        } catch (IngestException e) {
          next = new Rejected<>(source, e.getMessage() + " of the line");
          return;
        }
        if (text.isBlank()) {
          continue;
        }
        try {
          ClusterRecord record = parse(text);
          String id = record.story().id();
          Long earlier = lineByClusterId.putIfAbsent(id, lineNumber);
          next =
              earlier == null
                  ? new Ingested<>(record, source)
                  : new Rejected<>(
                      source, "duplicate cluster id '" + id + "' (first on line " + earlier + ")");
        } catch (IngestException e) {
          next = new Rejected<>(source, e.getMessage());
        } catch (RuntimeException e) {
          // One malformed line must not abort reading thousands of good ones.
          next =
              new Rejected<>(
                  source,
                  "internal error while parsing: "
                      + e.getClass().getSimpleName()
                      + ": "
                      + e.getMessage());
        }
        return;
      }
    }

    private void finish() {
      done = true;
      try {
        lines.close();
      } catch (IOException e) {
        // Everything was read; a failure to release the file does not change the results.
      }
    }
  }

  private ClusterRecord parse(String line) throws IngestException {
    JsonNode root;
    try {
      root = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IngestException("invalid JSON: " + JsonErrors.describe(e), e);
    }
    if (root == null || !root.isObject()) {
      throw new IngestException("expected a JSON object, found " + JsonErrors.kind(root));
    }
    JsonNode documents = root.get("documents");
    boolean noDocuments = documents == null || documents.isNull();
    if (noDocuments && root.has("text")) {
      throw new IngestException("line is an article, not a cluster (expected 'documents')");
    }
    String id = JsonArticleParser.optionalString(root, "id");
    if (id == null) {
      throw new IngestException("field 'id' is missing");
    }
    if (id.isBlank()) {
      throw new IngestException("field 'id' is blank");
    }
    if (noDocuments) {
      throw new IngestException("field 'documents' is missing");
    }
    if (!documents.isArray()) {
      throw new IngestException(
          "field 'documents' must be an array, was " + JsonErrors.kind(documents));
    }
    if (documents.isEmpty()) {
      throw new IngestException("field 'documents' is empty");
    }
    List<Article> articles = new ArrayList<>(documents.size());
    Map<String, Integer> indexById = new HashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      Article article = document(documents.get(i), i);
      Integer earlier = indexById.putIfAbsent(article.id(), i);
      if (earlier != null) {
        throw new IngestException(
            "duplicate document id '"
                + article.id()
                + "' (documents["
                + earlier
                + "] and documents["
                + i
                + "])");
      }
      articles.add(article);
    }
    return new ClusterRecord(new Story(id, articles), summaries(root));
  }

  private static Article document(JsonNode node, int index) throws IngestException {
    String where = "documents[" + index + "]";
    if (!node.isObject()) {
      throw new IngestException(where + " must be an object, was " + JsonErrors.kind(node));
    }
    try {
      String id = JsonArticleParser.optionalString(node, "id");
      if (id == null) {
        throw new IngestException("field 'id' is missing");
      }
      if (id.isBlank()) {
        throw new IngestException("field 'id' is blank");
      }
      where += " ('" + id + "')";
      String text = JsonArticleParser.optionalString(node, "text");
      if (text == null) {
        throw new IngestException("field 'text' is missing");
      }
      return new Article(
          id, null, null, JsonArticleParser.optionalString(node, "title"), null, text);
    } catch (IngestException e) {
      throw new IngestException(where + ": " + e.getMessage(), e);
    }
  }

  private static List<String> summaries(JsonNode root) throws IngestException {
    JsonNode summaries = root.get("summaries");
    if (summaries == null || summaries.isNull()) {
      return List.of();
    }
    if (!summaries.isArray()) {
      throw new IngestException(
          "field 'summaries' must be an array, was " + JsonErrors.kind(summaries));
    }
    List<String> references = new ArrayList<>(summaries.size());
    for (int i = 0; i < summaries.size(); i++) {
      JsonNode summary = summaries.get(i);
      if (!summary.isTextual()) {
        throw new IngestException(
            "summaries[" + i + "] must be a string, was " + JsonErrors.kind(summary));
      }
      references.add(summary.textValue());
    }
    return references;
  }

  /**
   * Splits a byte stream into lines at LF without decoding, so that a bad byte sequence can be
   * rejected for its own line only. Lines over the limit are counted but not kept. Not thread-safe.
   */
  private static final class Lines implements Closeable {

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];
    private int length;
    private long totalLength;
    private boolean closed;

    Lines(InputStream in, int maxLineBytes) {
      this.in = in;
      this.maxLineBytes = maxLineBytes;
    }

    /** Reads the next line (without its LF); false at end of input. */
    boolean next() throws IOException {
      length = 0;
      totalLength = 0;
      boolean any = false;
      while (true) {
        if (position == limit) {
          int read = closed ? -1 : in.read(buffer);
          if (read < 0) {
            return any;
          }
          position = 0;
          limit = read;
          continue;
        }
        any = true;
        int end = position;
        while (end < limit && buffer[end] != '\n') {
          end++;
        }
        append(position, end);
        if (end < limit) {
          position = end + 1;
          return true;
        }
        position = limit;
      }
    }

    private void append(int from, int to) {
      int count = to - from;
      totalLength += count;
      if (totalLength > maxLineBytes) {
        return;
      }
      if (length + count > line.length) {
        long grown = Math.max(length + count, 2L * line.length);
        line = Arrays.copyOf(line, (int) Math.min(grown, maxLineBytes));
      }
      System.arraycopy(buffer, from, line, length, count);
      length += count;
    }

    boolean tooLong() {
      return totalLength > maxLineBytes;
    }

    long totalLength() {
      return totalLength;
    }

    byte[] bytes() {
      return line;
    }

    int length() {
      return length;
    }

    @Override
    public void close() throws IOException {
      if (!closed) {
        closed = true;
        in.close();
      }
    }
  }
}
