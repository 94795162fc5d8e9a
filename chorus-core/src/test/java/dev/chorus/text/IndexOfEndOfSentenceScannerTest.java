package dev.chorus.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Random;
import opennlp.tools.sentdetect.DefaultEndOfSentenceScanner;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.Test;

/** #5: the indexOf scanner finds what OpenNLP's own scanner finds, and so does the detector. */
class IndexOfEndOfSentenceScannerTest {

  private static final char[] EOS = {'.', '!', '?'};

  @Test
  void positions_are_those_of_the_default_scanner() {
    DefaultEndOfSentenceScanner expected = new DefaultEndOfSentenceScanner(EOS);
    IndexOfEndOfSentenceScanner actual = new IndexOfEndOfSentenceScanner(EOS);
    IndexOfEndOfSentenceScanner twice = new IndexOfEndOfSentenceScanner(new char[] {'.', '!', '.'});
    Random random = new Random(23);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        text.append(".!?a ;\u2026\u3002\ud83d\ude00".charAt(random.nextInt(10)));
      }
      String t = text.toString();
      assertThat(actual.getPositions(t)).as("seed 23, '%s'", t)
          .isEqualTo(expected.getPositions(t));
      assertThat(actual.getPositions(new StringBuilder(t))).isEqualTo(expected.getPositions(t));
      assertThat(actual.getPositions(new StringBuffer(t))).isEqualTo(expected.getPositions(t));
      assertThat(actual.getPositions(t.toCharArray())).isEqualTo(expected.getPositions(t));
      assertThat(twice.getPositions(t))
          .isEqualTo(new DefaultEndOfSentenceScanner(new char[] {'.', '!'}).getPositions(t));
    }
    assertThat(actual.getEOSCharacters()).isEqualTo(expected.getEOSCharacters());
  }

  @Test
  void the_detector_splits_real_text_as_opennlps_own() throws IOException {
    SentenceModel model = OpenNlpModels.englishSentenceModel();
    SentenceDetectorME expected = new SentenceDetectorME(model);
    SentenceDetectorME actual = IndexOfEndOfSentenceScanner.detector(model);
    for (String text : SharedTexts.multiNewsTexts(300)) {
      assertThat(actual.sentPosDetect(text)).as(text).containsExactly(expected.sentPosDetect(text));
      assertThat(actual.getSentenceProbabilities())
          .containsExactly(expected.getSentenceProbabilities());
    }
  }
}
