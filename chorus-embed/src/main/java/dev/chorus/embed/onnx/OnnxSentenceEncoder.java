package dev.chorus.embed.onnx;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.chorus.embed.SentenceEncoder;
import dev.chorus.embed.Vectors;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A neural {@link SentenceEncoder}: a quantized BERT-style {@link EmbeddingModel} run by ONNX
 * Runtime on the CPU, tokenized by the Hugging Face tokenizers library (through DJL) with the
 * model's own tokenizer.json, pooled as the model prescribes and L2-normalised. Sentence-BERT:
 * Reimers and Gurevych, "Sentence-BERT", EMNLP 2019; MiniLM: Wang et al., NeurIPS 2020; BGE: Xiao
 * et al., "C-Pack", 2023.
 *
 * <p><b>Offline.</b> The model and tokenizer are classpath resources of the model jar; ONNX
 * Runtime and the tokenizer load their native libraries from their own jars. DJL copies its
 * native library once to a cache directory ({@code ~/.djl.ai/tokenizers}, or {@code
 * java.io.tmpdir/.djl.ai} when the home directory is not writable; the system property or
 * environment variable {@code ENGINE_CACHE_DIR} or {@code DJL_CACHE_DIR} moves it). DJL's tokenizer
 * also "calls home" (an EC2 metadata probe and, on EC2, a telemetry request) unless offline mode
 * is on, so {@link #open} sets the system properties {@code ai.djl.offline=true} and {@code
 * OPT_OUT_TRACKING=true} when they are not set already. Nothing is downloaded.
 *
 * <p><b>Batching.</b> Each text is tokenized with truncation to {@code maxTokens} word pieces
 * (special tokens included). With {@code batchSize} > 1, texts are sorted by token count (then by
 * text) and cut into batches of at most {@code batchSize}, so that a batch pads little; the
 * attention mask keeps padding out of the model and out of mean pooling. On this project's 2-core
 * machine batching gains little for sentence-length inputs: per CPU-second, MiniLM encoded about
 * 300 Multi-News sentences in batches of 32 drawn from one call of 1,835 sentences, and about 260
 * one at a time; but only about 150 when each call held one story's 16 sentences, whose lengths
 * differ, so that batches were mostly padding. The default is therefore 1.
 *
 * <p><b>Determinism.</b> The models quantize activations dynamically, with one scale per batch
 * tensor, so with {@code batchSize} > 1 a row depends a little on the other texts of its batch: on
 * 640 Multi-News sentences the cosine between a row computed in a batch of 32 and alone had median
 * 0.992, minimum 0.971. That is the int8 model's own noise: against the float32 all-MiniLM-L6-v2,
 * rows computed alone and in batches were equally close (median cosine 0.991 both). Because
 * batches are formed from the sorted texts, the same list of texts in any order gives bit-identical
 * rows, and so does any thread count. With the default {@code batchSize} 1 every row is a function
 * of its own text only, so it can be cached and is the same in every story.
 *
 * <p><b>Threads.</b> Thread-safe: {@link #encode} may run concurrently (ONNX Runtime sessions and
 * the tokenizer support concurrent use); {@link #close} waits for running calls, and later
 * calls throw {@link IllegalStateException}. ONNX Runtime's intra-op pool has {@code threads}
 * threads per session, inter-op parallelism is off. The default is one thread, with parallelism
 * coming from the callers, as in Chorus's batch runs (one worker per core): two workers encoding
 * stories one sentence at a time on a shared 1-thread encoder were 1.5 to 2 times as fast as one
 * caller with 2 intra-op threads, whose small matrices split poorly.
 *
 * <p>Cost: about O(L * T * h^2 + L * T^2 * h) per text for L layers, T tokens and width h; see
 * the benchmark in chorus-bench for measured sentences per second.
 */
public final class OnnxSentenceEncoder implements SentenceEncoder, AutoCloseable {

  /**
   * Default truncation: 128 word pieces. all-MiniLM-L6-v2 was trained on inputs cut to 128, a
   * news sentence has about 30, and attention cost grows with the square of the length.
   */
  public static final int DEFAULT_MAX_TOKENS = 128;

  /** Default texts per ONNX Runtime call: one, see the class documentation. */
  public static final int DEFAULT_BATCH_SIZE = 1;

  /** Default ONNX Runtime intra-op threads: one, see the class documentation. */
  public static final int DEFAULT_THREADS = 1;

  private static final String INPUT_IDS = "input_ids";
  private static final String ATTENTION_MASK = "attention_mask";
  private static final String TOKEN_TYPE_IDS = "token_type_ids";

  private final EmbeddingModel model;
  private final int maxTokens;
  private final int batchSize;
  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean wantsTokenTypes;
  private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
  private boolean closed;

  private OnnxSentenceEncoder(
      EmbeddingModel model,
      int maxTokens,
      int batchSize,
      OrtEnvironment environment,
      OrtSession session,
      HuggingFaceTokenizer tokenizer) {
    this.model = model;
    this.maxTokens = maxTokens;
    this.batchSize = batchSize;
    this.environment = environment;
    this.session = session;
    this.tokenizer = tokenizer;
    this.wantsTokenTypes = session.getInputNames().contains(TOKEN_TYPE_IDS);
  }

  /**
   * {@code model} with the default truncation ({@value #DEFAULT_MAX_TOKENS} tokens), batch size
   * ({@value #DEFAULT_BATCH_SIZE}) and intra-op threads ({@value #DEFAULT_THREADS}).
   *
   * @throws IOException if the model jar is not on the class path or its files cannot be loaded
   */
  public static OnnxSentenceEncoder open(EmbeddingModel model) throws IOException {
    return open(model, DEFAULT_MAX_TOKENS, DEFAULT_BATCH_SIZE, DEFAULT_THREADS);
  }

  /**
   * Loads {@code model} from the class path (about a second). The caller must {@link #close} the
   * encoder to free native memory.
   *
   * @param maxTokens word pieces kept per text, special tokens included; in [3, 512]
   * @param batchSize texts per ONNX Runtime call, >= 1
   * @param threads ONNX Runtime intra-op threads, >= 1
   * @throws IOException if the model jar is not on the class path or its files cannot be loaded
   */
  public static OnnxSentenceEncoder open(
      EmbeddingModel model, int maxTokens, int batchSize, int threads) throws IOException {
    Objects.requireNonNull(model, "model");
    if (maxTokens < 3 || maxTokens > EmbeddingModel.MAX_POSITIONS) {
      // 3: [CLS], one word piece, [SEP].
      throw new IllegalArgumentException(
          "maxTokens must be in [3, " + EmbeddingModel.MAX_POSITIONS + "], was " + maxTokens);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be >= 1, was " + batchSize);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    stayOffline();
    byte[] graph = readResource(model.modelResource());
    HuggingFaceTokenizer tokenizer;
    try (InputStream in = resource(model.tokenizerResource())) {
      tokenizer = HuggingFaceTokenizer.newInstance(in, tokenizerOptions(maxTokens));
    } catch (RuntimeException e) {
      // DJL's EngineException: no native library for this platform, or a malformed file.
      throw new IOException(
          "cannot load tokenizer resource " + model.tokenizerResource() + ": " + e.getMessage(), e);
    }
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      // Official builds trace events on Windows (the only platform with telemetry in 1.28).
      environment.setTelemetry(false);
      options.setIntraOpNumThreads(threads);
      options.setInterOpNumThreads(1);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      options.setDeterministicCompute(true);
      OrtSession session = environment.createSession(graph, options);
      return new OnnxSentenceEncoder(model, maxTokens, batchSize, environment, session, tokenizer);
    } catch (OrtException e) {
      tokenizer.close();
      throw new IOException(
          "cannot load ONNX model resource " + model.modelResource() + ": " + e.getMessage(), e);
    }
  }

  /** The model this encoder runs. */
  public EmbeddingModel model() {
    return model;
  }

  /** Word pieces kept per text, special tokens included. */
  public int maxTokens() {
    return maxTokens;
  }

  @Override
  public String name() {
    return model.id();
  }

  @Override
  public int dimension() {
    return model.dimension();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Empty and whitespace-only texts are encoded too (as {@code [CLS] [SEP]}), so every row has
   * unit length. Text beyond {@link #maxTokens()} word pieces is ignored.
   *
   * @throws IllegalStateException if the encoder is closed or ONNX Runtime fails
   */
  @Override
  public float[][] encode(List<String> texts) {
    Objects.requireNonNull(texts, "texts");
    String[] text = new String[texts.size()];
    for (int i = 0; i < text.length; i++) {
      text[i] = Objects.requireNonNull(texts.get(i), "texts[" + i + "]");
    }
    lifecycle.readLock().lock();
    try {
      if (closed) {
        throw new IllegalStateException("encoder " + name() + " is closed");
      }
      long[][] ids = new long[text.length][];
      for (int i = 0; i < text.length; i++) {
        ids[i] = tokenizer.encode(text[i]).getIds();
      }
      Integer[] order = new Integer[text.length];
      Arrays.setAll(order, i -> i);
      // Short texts together, so batches pad little; ties by text, so that the batches, and with
      // them the rows, do not depend on the order of the input list.
      Arrays.sort(
          order,
          Comparator.<Integer>comparingInt(i -> ids[i].length)
              .thenComparing(i -> text[i])
              .thenComparingInt(i -> i));
      float[][] rows = new float[text.length][];
      for (int start = 0; start < order.length; start += batchSize) {
        int[] batch = new int[Math.min(batchSize, order.length - start)];
        for (int k = 0; k < batch.length; k++) {
          batch[k] = order[start + k];
        }
        runBatch(ids, batch, rows);
      }
      return rows;
    } catch (OrtException e) {
      throw new IllegalStateException(
          "ONNX Runtime failed on model " + name() + ": " + e.getMessage(), e);
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  /** Runs the texts {@code batch} (indices into {@code ids}) and fills their rows. */
  private void runBatch(long[][] ids, int[] batch, float[][] rows) throws OrtException {
    int width = 0;
    for (int i : batch) {
      width = Math.max(width, ids[i].length);
    }
    long[] shape = {batch.length, width};
    LongBuffer inputIds = LongBuffer.allocate(batch.length * width);
    LongBuffer mask = LongBuffer.allocate(batch.length * width);
    for (int i : batch) {
      for (int t = 0; t < width; t++) {
        boolean real = t < ids[i].length;
        // Padding is token 0 ([PAD] in both vocabularies), masked out.
        inputIds.put(real ? ids[i][t] : 0);
        mask.put(real ? 1 : 0);
      }
    }
    inputIds.flip();
    mask.flip();
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put(INPUT_IDS, OnnxTensor.createTensor(environment, inputIds, shape));
      inputs.put(ATTENTION_MASK, OnnxTensor.createTensor(environment, mask, shape));
      if (wantsTokenTypes) {
        // One segment: every token type is 0.
        LongBuffer types = LongBuffer.allocate(batch.length * width);
        inputs.put(TOKEN_TYPE_IDS, OnnxTensor.createTensor(environment, types, shape));
      }
      try (OrtSession.Result result = session.run(inputs, Set.of(outputName()))) {
        OnnxTensor hidden = (OnnxTensor) result.get(0);
        long[] hiddenShape = hidden.getInfo().getShape();
        int h = model.dimension();
        if (hiddenShape.length != 3 || hiddenShape[1] != width || hiddenShape[2] != h) {
          throw new IllegalStateException(
              "model " + name() + " returned shape " + Arrays.toString(hiddenShape)
                  + ", expected [" + batch.length + ", " + width + ", " + h + "]");
        }
        pool(hidden.getFloatBuffer(), ids, batch, width, rows);
      }
    } finally {
      for (OnnxTensor tensor : inputs.values()) {
        tensor.close();
      }
    }
  }

  /** Pools each text's token vectors (rows of {@code hidden}, [batch][width][h]) and normalises. */
  private void pool(FloatBuffer hidden, long[][] ids, int[] batch, int width, float[][] rows) {
    int h = model.dimension();
    for (int b = 0; b < batch.length; b++) {
      int tokens = ids[batch[b]].length;
      int base = b * width * h;
      double[] sum = new double[h];
      int pooled = model.pooling() == EmbeddingModel.Pooling.CLS ? 1 : tokens;
      for (int t = 0; t < pooled; t++) {
        int offset = base + t * h;
        for (int j = 0; j < h; j++) {
          sum[j] += hidden.get(offset + j);
        }
      }
      float[] row = new float[h];
      for (int j = 0; j < h; j++) {
        // The mean's 1/n cancels in the normalisation; kept so rows are true means before it.
        row[j] = (float) (sum[j] / pooled);
      }
      rows[batch[b]] = Vectors.normalizeInPlace(row);
    }
  }

  private String outputName() {
    // The exports name the token vectors "last_hidden_state"; fall back to the first output.
    Set<String> names = session.getOutputNames();
    return names.contains("last_hidden_state") ? "last_hidden_state" : names.iterator().next();
  }

  /** Frees the native session and tokenizer; waits for running {@link #encode} calls. */
  @Override
  public void close() {
    lifecycle.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      tokenizer.close();
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("closing the ONNX session of " + name() + " failed", e);
    } finally {
      lifecycle.writeLock().unlock();
    }
  }

  /** Tokenizer settings: truncate to {@code maxTokens}, no padding (batches pad themselves). */
  static Map<String, String> tokenizerOptions(int maxTokens) {
    return Map.of(
        "addSpecialTokens", "true",
        "truncation", "true",
        "padding", "false",
        "maxLength", Integer.toString(maxTokens));
  }

  /**
   * Keeps DJL from probing EC2 metadata and sending telemetry (its {@code Ec2Utils.callHome}, run
   * when a tokenizer is created). A setting made by the user, as environment variable or system
   * property, wins.
   */
  private static void stayOffline() {
    setIfAbsent("DJL_OFFLINE", "ai.djl.offline");
    setIfAbsent("OPT_OUT_TRACKING", "OPT_OUT_TRACKING");
  }

  private static void setIfAbsent(String variable, String property) {
    if (System.getenv(variable) == null && System.getProperty(property) == null) {
      System.setProperty(property, "true");
    }
  }

  private static InputStream resource(String name) throws FileNotFoundException {
    InputStream in = OnnxSentenceEncoder.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new FileNotFoundException(
          "classpath resource " + name + " not found: is the model jar on the class path?");
    }
    return in;
  }

  private static byte[] readResource(String name) throws IOException {
    try (InputStream in = resource(name)) {
      return in.readAllBytes();
    }
  }
}
