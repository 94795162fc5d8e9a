package dev.chorus.text;

import dev.chorus.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Splits English text into sentences with Apache OpenNLP's maximum-entropy sentence detector and
 * the UD English (EWT) model, plus rules for news text.
 *
 * <p>Steps: (1) the text is cut into paragraphs at blank lines (lines holding only whitespace);
 * single line breaks are not boundaries, because DUC 2004 text is hard-wrapped mid-sentence; (2)
 * each paragraph goes through {@link SentenceDetectorME} (Reynar and Ratnaparkhi, "A Maximum
 * Entropy Approach to Identifying Sentence Boundaries", ANLP 1997), whose candidate sentence ends
 * are found by {@link IndexOfEndOfSentenceScanner} (the same as OpenNLP's scanner finds, faster);
 * (3) {@link SentenceBoundaryRules} repairs the model's known errors: breaks after titles, months,
 * initials and acronyms such as "U.S." before a proper word, breaks before a lowercase word,
 * closing quotes pushed to the next sentence, and missed breaks after an acronym before "The",
 * "It", ... The rules are documented on that class.
 *
 * <p>Returned spans index the original text (never a normalised copy), are trimmed, non-empty and
 * in order. Time is linear in the text length.
 *
 * <p>Thread-safe: the model is immutable and shared; {@link SentenceDetectorME} is not, so each
 * thread gets its own detector. The default model is read from the classpath once per JVM, on first
 * use ({@code opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin} from {@code opennlp-models-sentdetect-en});
 * nothing is downloaded.
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {

  private final ThreadLocal<SentenceDetectorME> detectors;

  /** A splitter with the bundled UD English (EWT) sentence model. */
  public OpenNlpSentenceSplitter() {
    this(OpenNlpModels.englishSentenceModel());
  }

  /** A splitter with the given sentence model; the repair rules assume English. */
  public OpenNlpSentenceSplitter(SentenceModel model) {
    Objects.requireNonNull(model, "model");
    this.detectors = ThreadLocal.withInitial(() -> IndexOfEndOfSentenceScanner.detector(model));
  }

  @Override
  public List<Span> split(String text) {
    Objects.requireNonNull(text, "text");
    List<Span> sentences = new ArrayList<>();
    int[] paragraphs = SentenceBoundaryRules.paragraphs(text);
    SentenceDetectorME detector = null;
    int[] pieces = new int[16];
    SentenceBoundaryRules.Marks marks = new SentenceBoundaryRules.Marks(text);
    for (int p = 0; p < paragraphs.length; p += 2) {
      int start = SentenceBoundaryRules.skipSpace(text, paragraphs[p], paragraphs[p + 1]);
      int end = SentenceBoundaryRules.trimEnd(text, start, paragraphs[p + 1]);
      if (start >= end) {
        continue;
      }
      if (detector == null) {
        detector = detectors.get();
      }
      opennlp.tools.util.Span[] found = detector.sentPosDetect(text.substring(start, end));
      if (pieces.length < 2 * found.length) {
        pieces = new int[2 * found.length];
      }
      for (int i = 0; i < found.length; i++) {
        pieces[2 * i] = start + found[i].getStart();
        pieces[2 * i + 1] = start + found[i].getEnd();
      }
      SentenceBoundaryRules.repair(text, pieces, found.length, marks, sentences);
    }
    return List.copyOf(sentences);
  }
}
