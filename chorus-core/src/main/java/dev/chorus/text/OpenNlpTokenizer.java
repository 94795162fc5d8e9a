package dev.chorus.text;

import dev.chorus.model.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Splits text into word and punctuation tokens with Apache OpenNLP's maximum-entropy tokenizer and
 * the UD English (EWT) model. This model keeps "U.S.", "Jan.", "6,000" and "didn't" as single
 * tokens and splits off other punctuation.
 *
 * <p>Returned spans index the original text, are in order and non-empty. Time is linear in the text
 * length.
 *
 * <p>Thread-safe: the model is immutable and shared; {@link TokenizerME} is not, so each thread
 * gets its own. The default model is read from the classpath once per JVM, on first use ({@code
 * opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin} from {@code opennlp-models-tokenizer-en}).
 */
public final class OpenNlpTokenizer implements Tokenizer {

  private final ThreadLocal<TokenizerME> tokenizers;

  /** A tokenizer with the bundled UD English (EWT) tokenizer model. */
  public OpenNlpTokenizer() {
    this(OpenNlpModels.englishTokenizerModel());
  }

  /** A tokenizer with the given model. */
  public OpenNlpTokenizer(TokenizerModel model) {
    Objects.requireNonNull(model, "model");
    this.tokenizers = ThreadLocal.withInitial(() -> new TokenizerME(model));
  }

  @Override
  public List<Span> tokenize(String text) {
    Objects.requireNonNull(text, "text");
    opennlp.tools.util.Span[] found = tokenizers.get().tokenizePos(text);
    Span[] tokens = new Span[found.length];
    int count = 0;
    for (opennlp.tools.util.Span token : found) {
      if (token.getEnd() > token.getStart()) {
        tokens[count++] = new Span(token.getStart(), token.getEnd());
      }
    }
    return List.of(Arrays.copyOf(tokens, count));
  }
}
