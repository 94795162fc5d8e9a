package dev.chorus.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.ingest.ArticleLoader;
import dev.chorus.ingest.ClusterReader;
import dev.chorus.ingest.ClusterRecord;
import dev.chorus.ingest.IngestException;
import dev.chorus.ingest.IngestResult;
import dev.chorus.ingest.IngestResult.Ingested;
import dev.chorus.ingest.IngestResult.Rejected;
import dev.chorus.ingest.JsonArticleParser;
import dev.chorus.model.Article;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads the input of story clustering: article files and directories of them, and JSON Lines files
 * ({@code .jsonl}, {@code .jsonl.gz}) of either articles or clusters. Every article, or the reason
 * something could not be read (naming the file, and the line for JSONL), goes to a sink as an
 * {@link IngestResult}; nothing bad stops the reading.
 *
 * <ul>
 *   <li>Paths not named {@code .jsonl}/{@code .jsonl.gz} are read together by {@link ArticleLoader}
 *       (formats, directory walking and rejections as there) and delivered first, ordered by
 *       publication time (unknown last), then id.
 *   <li>A JSON Lines file is a <b>cluster file</b> when its first non-blank line is an object with
 *       {@code documents}: it is read by {@link ClusterReader}, and each document of each cluster
 *       is an article (the grouping is ignored; source {@code file:line}). Otherwise every line is
 *       one <b>article</b> object as {@link JsonArticleParser} reads it ({@code id}, {@code text},
 *       optional {@code title}, {@code source}, {@code url}, {@code published}); a line without
 *       {@code id} gets {@code <file name>-L<line>}. Blank lines are skipped; a bad line (invalid
 *       UTF-8 or JSON, missing text, longer than the limit) is rejected and reading goes on. Lines
 *       are streamed: memory is one line.
 *   <li>JSON Lines files come after the other paths, in argument order, each in file order.
 * </ul>
 *
 * <p>Ids are not checked across inputs here: clusterers refuse duplicates. Thread-safe: holds
 * configuration only.
 */
public final class ArticleSources {

  private static final int BUFFER_BYTES = 1 << 16;

  private final ArticleLoader loader;
  private final ClusterReader clusterReader;
  private final JsonArticleParser articleParser = new JsonArticleParser();
  private final ObjectMapper mapper = new ObjectMapper();
  private final int maxLineBytes;

  /** Default loader and line limit ({@link ClusterReader#DEFAULT_MAX_LINE_BYTES}). */
  public ArticleSources() {
    this(new ArticleLoader(), ClusterReader.DEFAULT_MAX_LINE_BYTES);
  }

  /** Sources read with {@code loader}, refusing JSONL lines longer than {@code maxLineBytes}. */
  public ArticleSources(ArticleLoader loader, int maxLineBytes) {
    this.loader = Objects.requireNonNull(loader, "loader");
    if (maxLineBytes < 1) {
      throw new IllegalArgumentException("maxLineBytes must be >= 1, was " + maxLineBytes);
    }
    this.clusterReader = new ClusterReader(maxLineBytes);
    this.maxLineBytes = maxLineBytes;
  }

  /** Whether {@code path} is read as JSON Lines: named {@code .jsonl} or {@code .jsonl.gz}. */
  public static boolean isJsonLines(Path path) {
    return ClusterReader.isClusterFile(path);
  }

  /** Reads {@code paths} into {@code sink}, in the order of the class comment. */
  public void read(List<Path> paths, Consumer<IngestResult<Article>> sink) {
    Objects.requireNonNull(sink, "sink");
    List<Path> files = new ArrayList<>();
    List<Path> jsonLines = new ArrayList<>();
    for (Path path : Objects.requireNonNull(paths, "paths")) {
      Objects.requireNonNull(path, "paths must not contain null");
      (isJsonLines(path) && !Files.isDirectory(path) ? jsonLines : files).add(path);
    }
    if (!files.isEmpty()) {
      List<IngestResult<Article>> loaded = new ArrayList<>(loader.load(files));
      List<Article> articles = new ArrayList<>();
      List<String> sources = new ArrayList<>();
      for (IngestResult<Article> result : loaded) {
        if (result instanceof Ingested<Article> ok) {
          articles.add(ok.value());
          sources.add(ok.source());
        }
      }
      Integer[] order = new Integer[articles.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(
          order, (x, y) -> StoryIds.ARTICLE_ORDER.compare(articles.get(x), articles.get(y)));
      for (int i : order) {
        sink.accept(new Ingested<>(articles.get(i), sources.get(i)));
      }
      for (IngestResult<Article> result : loaded) {
        if (result instanceof Rejected<Article>) {
          sink.accept(result);
        }
      }
    }
    for (Path file : jsonLines) {
      readJsonLines(file, sink);
    }
  }

  private void readJsonLines(Path file, Consumer<IngestResult<Article>> sink) {
    boolean clusters;
    try {
      clusters = isClusterFile(file);
    } catch (IOException e) {
      sink.accept(new Rejected<>(file.toString(), e.getMessage()));
      return;
    }
    if (clusters) {
      readClusters(file, sink);
    } else {
      readArticles(file, sink);
    }
  }

  private void readClusters(Path file, Consumer<IngestResult<Article>> sink) {
    try (Stream<IngestResult<ClusterRecord>> records = clusterReader.read(file)) {
      for (Iterator<IngestResult<ClusterRecord>> it = records.iterator(); it.hasNext(); ) {
        IngestResult<ClusterRecord> result = it.next();
        if (result instanceof Ingested<ClusterRecord> ok) {
          for (Article article : ok.value().story().articles()) {
            sink.accept(new Ingested<>(article, ok.source()));
          }
        } else if (result instanceof Rejected<ClusterRecord> bad) {
          sink.accept(new Rejected<>(bad.source(), bad.reason()));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      sink.accept(new Rejected<>(file.toString(), e.getMessage()));
    }
  }

  private void readArticles(Path file, Consumer<IngestResult<Article>> sink) {
    String stem = stem(file);
    try (Lines lines = new Lines(open(file), maxLineBytes)) {
      long number = 0;
      while (true) {
        byte[] line;
        try {
          line = lines.next();
        } catch (IOException e) {
          sink.accept(
              new Rejected<>(
                  file + ":" + (number + 1),
                  "cannot read the file past line "
                      + number
                      + " (truncated or corrupt?): "
                      + e.getMessage()
                      + "; the rest of the file is lost"));
          return;
        }
        if (line == null) {
          return;
        }
        number++;
        String source = file + ":" + number;
        if (lines.tooLong()) {
          sink.accept(new Rejected<>(source, "line is longer than " + maxLineBytes + " bytes"));
          continue;
        }
        String text;
        try {
          text = decode(line);
        } catch (CharacterCodingException e) {
          sink.accept(new Rejected<>(source, "not valid UTF-8"));
          continue;
        }
        if (text.isBlank()) {
          continue;
        }
        try {
          sink.accept(new Ingested<>(articleParser.parse(stem + "-L" + number, text), source));
        } catch (IngestException e) {
          sink.accept(new Rejected<>(source, e.getMessage()));
        } catch (RuntimeException e) {
          sink.accept(new Rejected<>(source, "internal error while parsing: " + e));
        }
      }
    } catch (IOException e) {
      sink.accept(new Rejected<>(file.toString(), "cannot read: " + e.getMessage()));
    }
  }

  /** Whether the first non-blank line of {@code file} is a JSON object with "documents". */
  private boolean isClusterFile(Path file) throws IOException {
    try (Lines lines = new Lines(open(file), maxLineBytes)) {
      byte[] line;
      while ((line = lines.next()) != null) {
        if (lines.tooLong()) {
          return false;
        }
        String text;
        try {
          text = decode(line);
        } catch (CharacterCodingException e) {
          return false; // the article reader reports the line
        }
        if (text.isBlank()) {
          continue;
        }
        try {
          JsonNode node = mapper.readTree(text);
          return node != null && node.isObject() && node.has("documents");
        } catch (IOException e) {
          return false;
        }
      }
      return false;
    }
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in;
    try {
      in = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES);
    } catch (IOException e) {
      throw new IOException("cannot open " + file + ": " + e.getMessage(), e);
    }
    in.mark(2);
    boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
    in.reset();
    // Lines reads byte by byte: buffer the inflated stream too.
    return gzip ? new BufferedInputStream(new GZIPInputStream(in, BUFFER_BYTES), BUFFER_BYTES) : in;
  }

  private static String decode(byte[] line) throws CharacterCodingException {
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(line))
            .toString();
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    int cut = lower.endsWith(".jsonl.gz") ? 9 : lower.endsWith(".jsonl") ? 6 : 0;
    return name.substring(0, name.length() - cut);
  }

  /** Splits a byte stream into lines at LF; a line over the limit is skipped, not kept. */
  private static final class Lines implements AutoCloseable {
    private final InputStream in;
    private final int maxLineBytes;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean tooLong;

    Lines(InputStream in, int maxLineBytes) {
      this.in = in;
      this.maxLineBytes = maxLineBytes;
    }

    /** The next line without its LF (and a CR before it), or null at the end. */
    byte[] next() throws IOException {
      line.reset();
      tooLong = false;
      long length = 0;
      int b;
      boolean any = false;
      while ((b = in.read()) >= 0) {
        any = true;
        if (b == '\n') {
          break;
        }
        length++;
        if (length > maxLineBytes) {
          tooLong = true;
        } else {
          line.write(b);
        }
      }
      if (!any) {
        return null;
      }
      byte[] bytes = line.toByteArray();
      if (!tooLong && bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
        return Arrays.copyOf(bytes, bytes.length - 1);
      }
      return bytes;
    }

    boolean tooLong() {
      return tooLong;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
