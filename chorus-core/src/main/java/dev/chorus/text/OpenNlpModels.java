package dev.chorus.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The bundled Apache OpenNLP UD English models, loaded from the classpath once per JVM.
 *
 * <p>The models come from the jars {@code org.apache.opennlp:opennlp-models-sentdetect-en:1.3.0}
 * and {@code opennlp-models-tokenizer-en:1.3.0} (trained on Universal Dependencies English Web
 * Treebank); nothing is downloaded. Each model is read lazily on first use through the holder
 * idiom, so a JVM that never splits sentences never pays for it. OpenNLP models are immutable after
 * loading, so sharing one instance is thread-safe.
 */
final class OpenNlpModels {

  /** Classpath resource of the UD English (EWT) sentence model. */
  static final String SENTENCE_MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  /** Classpath resource of the UD English (EWT) tokenizer model. */
  static final String TOKENIZER_MODEL_RESOURCE = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  private OpenNlpModels() {}

  /** The English sentence model; loads it on first call. */
  static SentenceModel englishSentenceModel() {
    return SentenceHolder.MODEL;
  }

  /** The English tokenizer model; loads it on first call. */
  static TokenizerModel englishTokenizerModel() {
    return TokenizerHolder.MODEL;
  }

  private static final class SentenceHolder {
    static final SentenceModel MODEL = load(SENTENCE_MODEL_RESOURCE, SentenceModel::new);
  }

  private static final class TokenizerHolder {
    static final TokenizerModel MODEL = load(TOKENIZER_MODEL_RESOURCE, TokenizerModel::new);
  }

  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M load(String resource, ModelReader<M> reader) {
    try (InputStream in = OpenNlpModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        // The model jars are ordinary Maven dependencies of chorus-core; a missing resource means
        // a broken classpath, which no caller can repair at run time.
        throw new IllegalStateException(
            "OpenNLP model resource " + resource + " not found on the classpath");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model resource " + resource, e);
    }
  }
}
