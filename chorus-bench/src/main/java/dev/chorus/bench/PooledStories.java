package dev.chorus.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.ingest.ClusterReader;
import dev.chorus.ingest.ClusterRecord;
import dev.chorus.ingest.IngestResult;
import dev.chorus.model.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes scaling inputs: for each requested size N, one cluster file holding a single story made of
 * the first N articles of a cluster file (Multi-News train), pooled across its clusters in file
 * order, documents in cluster order. The output is in the benchmark JSONL format of {@code
 * shared/datasets/README.md} (one line; no reference summaries), named {@code pooled-N.jsonl}, with
 * the story id {@code pooled-N} and the original document ids (unique in Multi-News).
 *
 * <pre>
 * java -cp chorus-bench/target/benchmarks.jar dev.chorus.bench.PooledStories \
 *     ../shared/datasets/multinews/multinews.train.jsonl.gz /tmp/pooled 10 100 1000 10000
 * </pre>
 *
 * <p>The pooled story is many unrelated events: a stress test of cost, not of quality. Licence:
 * the output holds Multi-News articles; write it outside the repository (e.g. under /tmp). Exit
 * code 2 when the input has fewer articles than asked or a cluster line is rejected.
 */
public final class PooledStories {

  private PooledStories() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: PooledStories CLUSTERS.jsonl[.gz] OUT_DIR N...");
      System.exit(2);
    }
    Path input = Path.of(args[0]);
    Path outDir = Path.of(args[1]);
    List<Integer> sizes = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      int n = Integer.parseInt(args[i]);
      if (n < 1) {
        throw new IllegalArgumentException("N must be >= 1, was " + n);
      }
      sizes.add(n);
    }
    int largest = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
    List<Article> articles = firstArticles(input, largest);
    if (articles.size() < largest) {
      System.err.printf("%s holds %d articles, fewer than %d%n", input, articles.size(), largest);
      System.exit(2);
    }
    Files.createDirectories(outDir);
    for (int n : sizes) {
      Path file = outDir.resolve("pooled-" + n + ".jsonl");
      write(file, "pooled-" + n, articles.subList(0, n));
      System.out.println(file + "\t" + n + " articles");
    }
  }

  /** The first {@code n} articles of the file, clusters in file order. */
  static List<Article> firstArticles(Path clusters, int n) throws IOException {
    List<Article> articles = new ArrayList<>(n);
    try (Stream<IngestResult<ClusterRecord>> records = new ClusterReader().read(clusters)) {
      Iterator<IngestResult<ClusterRecord>> it = records.iterator();
      while (articles.size() < n && it.hasNext()) {
        IngestResult<ClusterRecord> result = it.next();
        if (result instanceof IngestResult.Rejected<ClusterRecord> rejected) {
          throw new IOException("rejected cluster line: " + rejected);
        }
        for (Article article : ((IngestResult.Ingested<ClusterRecord>) result).value().story()
            .articles()) {
          if (articles.size() < n) {
            articles.add(article);
          }
        }
      }
    }
    return articles;
  }

  /** Writes one cluster line, via a temporary file moved into place. */
  static void write(Path file, String storyId, List<Article> articles) throws IOException {
    Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(temp);
        JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeStringField("id", storyId);
      json.writeArrayFieldStart("documents");
      for (Article article : articles) {
        json.writeStartObject();
        json.writeStringField("id", article.id());
        json.writeStringField("title", article.title());
        json.writeStringField("text", article.text());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("summaries");
      json.writeEndArray();
      json.writeEndObject();
      json.flush();
      out.write('\n');
    }
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
