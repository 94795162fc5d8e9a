package dev.chorus.bench;

import dev.chorus.embed.HashedTermEncoder;
import dev.chorus.embed.SentenceEncoder;
import dev.chorus.embed.onnx.EmbeddingModel;
import dev.chorus.embed.onnx.OnnxSentenceEncoder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Sentence embeddings: sentences per second of each {@link SentenceEncoder} on {@value
 * #SENTENCES} news sentences, with ONNX Runtime batches of {@code batchSize} on {@code threads}
 * intra-op threads (the hashed fallback has neither; its score ignores both). {@code call}: "all"
 * encodes the sentences in one call, "story" in calls of {@value #STORY} (the mean number of
 * candidate sentences of a Multi-News cluster after cleaning), as a summarizer would per story.
 *
 * <p>Sentences are synthetic (see {@link NewsSentences}) unless {@code -p multinews=FILE} names a
 * Multi-News JSONL(.gz) file, whose first sentences of 5+ words are used.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class EmbeddingBenchmark {

  static final int SENTENCES = 512;
  static final int STORY = 16;

  @Param({"hashed-terms", "all-minilm-l6-v2-q", "bge-small-en-v1.5-q"})
  public String encoder;

  @Param({"1", "32", "128"})
  public int batchSize;

  @Param({"1"})
  public int threads;

  @Param({"all", "story"})
  public String call;

  /** A Multi-News file to take sentences from; empty for the synthetic ones. */
  @Param({""})
  public String multinews;

  private SentenceEncoder instance;
  private List<List<String>> calls;

  @Setup
  public void setUp() throws IOException {
    List<String> sentences =
        multinews.isEmpty()
            ? NewsSentences.synthetic(42, SENTENCES)
            : NewsSentences.multiNews(Path.of(multinews), SENTENCES);
    int size = call.equals("story") ? STORY : SENTENCES;
    calls = new ArrayList<>();
    for (int start = 0; start < sentences.size(); start += size) {
      calls.add(sentences.subList(start, Math.min(sentences.size(), start + size)));
    }
    instance =
        encoder.equals("hashed-terms")
            ? new HashedTermEncoder()
            : OnnxSentenceEncoder.open(
                EmbeddingModel.byId(encoder),
                OnnxSentenceEncoder.DEFAULT_MAX_TOKENS,
                batchSize,
                threads);
  }

  @TearDown
  public void tearDown() throws Exception {
    if (instance instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }

  /** All sentences, in one call or per story; the score is sentences per second. */
  @Benchmark
  @OperationsPerInvocation(SENTENCES)
  public void encode(Blackhole blackhole) {
    for (List<String> texts : calls) {
      blackhole.consume(instance.encode(texts));
    }
  }
}
