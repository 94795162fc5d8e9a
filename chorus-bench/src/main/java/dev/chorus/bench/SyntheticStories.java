package dev.chorus.bench;

import dev.chorus.model.Article;
import dev.chorus.model.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * News-like stories made from a fixed seed, so that benchmarks need no data set and are the same
 * on every machine: a Zipf-distributed vocabulary of invented words, sentences of 8 to 35 words
 * with capitalized starts, abbreviations and numbers, paragraphs of one to three sentences, and a
 * share of articles that are lightly edited copies of an earlier one (syndicated wire copy).
 *
 * <p>Not thread-safe; create one per benchmark state.
 */
final class SyntheticStories {

  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ren", "to", "sa", "vel", "dor", "an", "is", "ur", "bel", "cor", "den",
    "fa", "gri", "hol", "jun", "mar", "nes", "pol", "qui", "ros", "tas"
  };

  private final Random random;
  private final String[] vocabulary;
  private final double[] cumulative;

  SyntheticStories(long seed, int vocabularySize) {
    this.random = new Random(seed);
    this.vocabulary = new String[vocabularySize];
    for (int i = 0; i < vocabularySize; i++) {
      StringBuilder word = new StringBuilder();
      int syllables = 1 + random.nextInt(3);
      for (int s = 0; s < syllables; s++) {
        word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      vocabulary[i] = word.toString();
    }
    // Zipf with exponent 1: word i has weight 1 / (i + 1).
    this.cumulative = new double[vocabularySize];
    double total = 0;
    for (int i = 0; i < vocabularySize; i++) {
      total += 1.0 / (i + 1);
      cumulative[i] = total;
    }
    for (int i = 0; i < vocabularySize; i++) {
      cumulative[i] /= total;
    }
  }

  /** A story of {@code articles} articles of about {@code sentencesPerArticle} sentences. */
  Story story(String id, int articles, int sentencesPerArticle, double copyShare) {
    List<Article> result = new ArrayList<>();
    List<String> originals = new ArrayList<>();
    for (int a = 0; a < articles; a++) {
      String text;
      if (!originals.isEmpty() && random.nextDouble() < copyShare) {
        text = editedCopy(originals.get(random.nextInt(originals.size())));
      } else {
        text = article(sentencesPerArticle);
        originals.add(text);
      }
      result.add(new Article(String.format("%s-%05d", id, a), "Outlet " + (a % 50), null,
          null, null, text));
    }
    return new Story(id, result);
  }

  String article(int sentences) {
    StringBuilder text = new StringBuilder();
    int inParagraph = 0;
    for (int s = 0; s < sentences; s++) {
      if (inParagraph > 0 && (inParagraph == 3 || random.nextInt(3) == 0)) {
        text.append("\n\n");
        inParagraph = 0;
      } else if (inParagraph > 0) {
        text.append(' ');
      }
      text.append(sentence());
      inParagraph++;
    }
    return text.toString();
  }

  String sentence() {
    int words = 8 + random.nextInt(28);
    StringBuilder sentence = new StringBuilder();
    for (int w = 0; w < words; w++) {
      String word;
      int kind = random.nextInt(40);
      if (kind == 0) {
        word = "U.S.";
      } else if (kind == 1) {
        word = Integer.toString(random.nextInt(100_000));
      } else {
        word = vocabulary[zipf()];
      }
      if (w == 0 || kind == 2) {
        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
      }
      if (w > 0) {
        sentence.append(w == words / 2 && random.nextInt(4) == 0 ? ", " : " ");
      }
      sentence.append(word);
    }
    return sentence.append('.').toString();
  }

  /** A copy with a sentence dropped and a word changed here and there, like a reprint. */
  private String editedCopy(String original) {
    String[] paragraphs = original.split("\n\n");
    StringBuilder copy = new StringBuilder();
    for (int p = 0; p < paragraphs.length; p++) {
      if (p > 0 && random.nextInt(10) == 0) {
        continue;
      }
      if (copy.length() > 0) {
        copy.append("\n\n");
      }
      String paragraph = paragraphs[p];
      if (random.nextInt(4) == 0) {
        paragraph = paragraph.replaceFirst(" [a-z]+ ", " " + vocabulary[zipf()] + " ");
      }
      copy.append(paragraph);
    }
    return copy.toString();
  }

  private int zipf() {
    double u = random.nextDouble();
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cumulative[mid] < u) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
