package dev.chorus.embed.onnx;

/**
 * The sentence-embedding models that ship as Maven artifacts (so nothing is downloaded): int8
 * dynamically quantized ONNX exports with their Hugging Face {@code tokenizer.json}, read as
 * classpath resources from the langchain4j model jars (only the files are used, none of
 * langchain4j's code).
 *
 * <p>Both are BERT-style WordPiece encoders with 384-dimensional outputs and 512 positions. They
 * differ in pooling, as their model cards prescribe: MiniLM averages the token vectors, BGE takes
 * the {@code [CLS]} vector.
 */
public enum EmbeddingModel {

  /**
   * sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0): 6 layers, 22.7M parameters, trained on
   * 1B sentence pairs with inputs cut to 128 tokens; 23 MB quantized. The fast default.
   */
  ALL_MINILM_L6_V2_Q(
      "all-minilm-l6-v2-q",
      "all-minilm-l6-v2-q.onnx",
      "all-minilm-l6-v2-q-tokenizer.json",
      384,
      Pooling.MEAN),

  /**
   * BAAI/bge-small-en-v1.5 (MIT): 12 layers, 33.4M parameters; about twice the work of MiniLM per
   * token and stronger on the MTEB benchmark; 34 MB quantized. Sentences are encoded without the
   * retrieval query instruction, as the model card advises for similarity.
   */
  BGE_SMALL_EN_V15_Q(
      "bge-small-en-v1.5-q",
      "bge-small-en-v1.5-q.onnx",
      "bge-small-en-v1.5-q-tokenizer.json",
      384,
      Pooling.CLS);

  /** How token vectors become one sentence vector. */
  public enum Pooling {
    /** Mean of the token vectors under the attention mask ({@code [CLS]} and {@code [SEP]} too). */
    MEAN,
    /** The vector of the first token, {@code [CLS]}. */
    CLS
  }

  /** Position embeddings of both models: the hard limit on tokens per text. */
  public static final int MAX_POSITIONS = 512;

  private final String id;
  private final String modelResource;
  private final String tokenizerResource;
  private final int dimension;
  private final Pooling pooling;

  EmbeddingModel(
      String id, String modelResource, String tokenizerResource, int dimension, Pooling pooling) {
    this.id = id;
    this.modelResource = modelResource;
    this.tokenizerResource = tokenizerResource;
    this.dimension = dimension;
    this.pooling = pooling;
  }

  /** Stable identifier, used as {@link OnnxSentenceEncoder#name()}. */
  public String id() {
    return id;
  }

  /** Classpath resource (at the root of the model jar) holding the ONNX graph. */
  public String modelResource() {
    return modelResource;
  }

  /** Classpath resource (at the root of the model jar) holding the tokenizer.json. */
  public String tokenizerResource() {
    return tokenizerResource;
  }

  /** Length of the sentence vectors. */
  public int dimension() {
    return dimension;
  }

  /** Pooling the model was trained with. */
  public Pooling pooling() {
    return pooling;
  }

  /**
   * The model with this {@link #id()}.
   *
   * @throws IllegalArgumentException if there is none; the message lists the known ids
   */
  public static EmbeddingModel byId(String id) {
    for (EmbeddingModel model : values()) {
      if (model.id.equals(id)) {
        return model;
      }
    }
    StringBuilder known = new StringBuilder();
    for (EmbeddingModel model : values()) {
      known.append(known.length() == 0 ? "" : ", ").append(model.id);
    }
    throw new IllegalArgumentException("unknown embedding model '" + id + "', known: " + known);
  }
}
