package dev.chorus.bench;

import dev.chorus.embed.HashedTermEncoder;
import dev.chorus.embed.SentenceEncoder;
import dev.chorus.embed.onnx.EmbeddingModel;
import dev.chorus.embed.onnx.OnnxSentenceEncoder;
import java.io.IOException;
import java.nio.file.Path;
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

/**
 * Sentence embeddings: sentences per second of each {@link SentenceEncoder} on one call of
 * {@value #SENTENCES} news sentences, with ONNX Runtime batches of {@code batchSize} (the hashed
 * fallback has no batches; its score does not depend on the parameter). Intra-op threads: one per
 * available processor, at most 4 (the encoder's default).
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

  @Param({"hashed-terms", "all-minilm-l6-v2-q", "bge-small-en-v1.5-q"})
  public String encoder;

  @Param({"1", "32", "128"})
  public int batchSize;

  /** A Multi-News file to take sentences from; empty for the synthetic ones. */
  @Param({""})
  public String multinews;

  private SentenceEncoder instance;
  private List<String> sentences;

  @Setup
  public void setUp() throws IOException {
    sentences =
        multinews.isEmpty()
            ? NewsSentences.synthetic(42, SENTENCES)
            : NewsSentences.multiNews(Path.of(multinews), SENTENCES);
    instance =
        encoder.equals("hashed-terms")
            ? new HashedTermEncoder()
            : OnnxSentenceEncoder.open(
                EmbeddingModel.byId(encoder),
                OnnxSentenceEncoder.DEFAULT_MAX_TOKENS,
                batchSize,
                Math.min(4, Runtime.getRuntime().availableProcessors()));
  }

  @TearDown
  public void tearDown() throws Exception {
    if (instance instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }

  /** One call on all sentences; the score is sentences per second. */
  @Benchmark
  @OperationsPerInvocation(SENTENCES)
  public float[][] encode() {
    return instance.encode(sentences);
  }
}
