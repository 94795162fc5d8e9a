package dev.chorus.select;

import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.AnalyzedStory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the learned ranker knows about a candidate sentence: a fixed list of named numeric features
 * (see {@link #NAMES}), computed per story.
 *
 * <p>The features are those the extractive literature found predictive of what human summaries
 * keep (Kupiec et al. 1995; Hong and Nenkova 2014; Nallapati et al. 2017), in five groups:
 *
 * <ul>
 *   <li><b>position</b>: the sentence's rank among its article's candidates, one-hot in bins, and
 *       relative to the article's length (news puts the facts first);
 *   <li><b>length</b>: words, one-hot in bins (fragments and run-ons are rarely kept);
 *   <li><b>centrality</b>: cosine with the story's TF-IDF centroid and with the centroid of the
 *       <em>other</em> articles, each relative to the story's best; SumBasic's average term
 *       probability; the article's own cosine with the story centroid (an off-topic article's
 *       sentences are poor picks); whether the article is a wire story (an agency dateline near
 *       its top: others rewrite it, and summaries follow it);
 *   <li><b>cross-document support</b>: the share of the sentence's content terms and adjacent term
 *       pairs that other articles use too, and how many other articles reprint it (near-duplicates):
 *       a fact several outlets report is a fact of the story;
 *   <li><b>surface</b>: numbers, quotes, attribution verbs ("said"),
 *       first person, a question, an opening pronoun or connective that needs its context ("But",
 *       "He"), parentheses, web furniture ("click", "http"), and the share of words that are
 *       content terms (low for filler like "We want to be inclusive.").
 * </ul>
 *
 * Values are raw; the model standardizes them. Relative features (divided by the story's maximum)
 * make stories of different sizes comparable. Stateless; {@link #of} is O(T) in the story's term
 * occurrences plus one near-duplicate lookup per candidate.
 */
public final class SentenceFeatures {

  private static final int[] POSITION_BINS = {0, 1, 2, 3, 4, 5, 7, 10, 15, 25};
  private static final int[] LENGTH_BINS = {0, 10, 15, 20, 25, 30, 40, 55};

  /** Feature names, in the order of every feature vector. */
  public static final List<String> NAMES = names();

  private static final Pattern NUMBER = Pattern.compile("\\d");
  /** A news agency's dateline or credit near the top: the article is a wire story. */
  private static final Pattern WIRE_DATELINE =
      Pattern.compile("(?i)(\\(\\s*(ap|reuters|afp|upi)\\s*\\)|associated press|agence france)");
  private static final Pattern SAYS =
      Pattern.compile("\\b(said|says|told|according to|stated|added)\\b");
  private static final Pattern FIRST_PERSON =
      Pattern.compile("(\\bI\\b|\\b[Ww]e\\b|\\bour\\b|\\bmy\\b|\\bme\\b|\\bus\\b)");
  private static final Pattern WEB =
      Pattern.compile(
          "(?i)(https?:|www\\.|@\\w|\\bclick\\b|\\bphoto\\b|\\bsubscribe|\\bnewsletter|©"
              + "|\\bcopyright\\b|\\bread more\\b|\\bsign up\\b|\\bfollow us\\b)");
  private static final Set<String> CONTEXT_OPENERS =
      Set.of(
          "but", "and", "so", "also", "however", "this", "that", "these", "those", "it", "he",
          "she", "they", "his", "her", "their", "its", "there", "then", "still", "yet", "or",
          "meanwhile", "instead", "otherwise", "such", "both");

  private SentenceFeatures() {}

  private static List<String> names() {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < POSITION_BINS.length; k++) {
      names.add("position=" + POSITION_BINS[k] + (k + 1 < POSITION_BINS.length ? "" : "+"));
    }
    names.add("relative_position");
    names.add("first_of_article");
    for (int k = 0; k < LENGTH_BINS.length; k++) {
      names.add("words>=" + LENGTH_BINS[k]);
    }
    names.addAll(
        List.of(
            "log_words",
            "centroid",
            "centroid_rank",
            "other_articles_centroid",
            "term_probability",
            "article_centrality",
            "log_article_candidates",
            "wire_article",
            "term_support",
            "pair_support",
            "reprints",
            "numbers",
            "has_quote",
            "starts_with_quote",
            "says",
            "first_person",
            "question",
            "context_opener",
            "parenthesis",
            "web",
            "content_ratio"));
    return List.copyOf(names);
  }

  /**
   * The feature vectors of {@code story}'s candidate sentences.
   *
   * @return one row per candidate (see {@link Matrix#sentences()}), columns as {@link #NAMES}
   */
  public static Matrix of(AnalyzedStory story) {
    StoryIndex index = StoryIndex.of(story);
    return of(index, NearDuplicateIndex.of(index), Candidates.of(story));
  }

  /** The feature vectors of {@code candidates}, with a story's index and near-duplicates. */
  static Matrix of(StoryIndex index, NearDuplicateIndex duplicates, int[] candidates) {
    AnalyzedStory story = index.story();
    List<AnalyzedSentence> sentences = story.sentences();
    int documents = story.documentCount();
    int[] rankInArticle = Candidates.rankInArticle(story, candidates);
    int[] candidatesInArticle = new int[documents];
    for (int c : candidates) {
      candidatesInArticle[sentences.get(c).documentIndex()]++;
    }
    int articlesPresent = 0;
    boolean[] present = new boolean[documents];
    for (AnalyzedSentence s : sentences) {
      if (!present[s.documentIndex()]) {
        present[s.documentIndex()] = true;
        articlesPresent++;
      }
    }

    Centrality centrality = new Centrality(index, documents);
    double[] centroid = new double[candidates.length];
    double[] otherArticles = new double[candidates.length];
    for (int k = 0; k < candidates.length; k++) {
      centroid[k] = centrality.toStory(candidates[k]);
      otherArticles[k] = centrality.toOtherArticles(candidates[k]);
    }
    double[] centroidRank = percentileRanks(centroid);
    double[] probability = SumBasicSummarizer.probabilities(index);
    double[] termProbability = new double[candidates.length];
    for (int k = 0; k < candidates.length; k++) {
      int[] terms = index.termIds(candidates[k]);
      double sum = 0;
      for (int t : terms) {
        sum += probability[t];
      }
      termProbability[k] = terms.length == 0 ? 0 : sum / terms.length;
    }
    divideByMax(centroid);
    divideByMax(otherArticles);
    divideByMax(termProbability);

    Support support = new Support(index);
    boolean[] wire = new boolean[documents];
    for (int d = 0; d < documents; d++) {
      String text = story.story().articles().get(d).text();
      wire[d] = WIRE_DATELINE.matcher(text.substring(0, Math.min(text.length(), 300))).find();
    }
    int width = NAMES.size();
    double[][] rows = new double[candidates.length][];
    for (int k = 0; k < candidates.length; k++) {
      int s = candidates[k];
      AnalyzedSentence sentence = sentences.get(s);
      int article = sentence.documentIndex();
      double[] x = new double[width];
      int f = 0;
      f = oneHot(x, f, POSITION_BINS, rankInArticle[k]);
      x[f++] =
          candidatesInArticle[article] <= 1
              ? 0
              : (double) rankInArticle[k] / (candidatesInArticle[article] - 1);
      x[f++] = rankInArticle[k] == 0 ? 1 : 0;
      f = oneHot(x, f, LENGTH_BINS, sentence.words());
      x[f++] = Math.log(1 + sentence.words());
      x[f++] = centroid[k];
      x[f++] = centroidRank[k];
      x[f++] = otherArticles[k];
      x[f++] = termProbability[k];
      x[f++] = centrality.articleCentrality(article);
      x[f++] = Math.log(1 + candidatesInArticle[article]);
      x[f++] = wire[article] ? 1 : 0;
      x[f++] = articlesPresent > 1 ? support.termSupport(s, articlesPresent) : 0;
      x[f++] = articlesPresent > 1 ? support.pairSupport(s) : 0;
      x[f++] = Math.log(1 + reprints(sentences, duplicates, s));
      f = surface(x, f, sentence);
      rows[k] = x;
      assert f == width;
    }
    return new Matrix(candidates.clone(), rows);
  }

  /**
   * Feature vectors of a story's candidates.
   *
   * @param sentences story indexes of the candidates, ascending
   * @param rows one vector per candidate, columns as {@link #NAMES}
   */
  public record Matrix(int[] sentences, double[][] rows) {}

  private static int surface(double[] x, int f, AnalyzedSentence sentence) {
    String text = sentence.text().strip();
    String[] words = text.split("\\s+");
    int numbers = 0;
    for (String word : words) {
      if (NUMBER.matcher(word).find()) {
        numbers++;
      }
    }
    double count = Math.max(1, words.length);
    x[f++] = numbers / count;
    x[f++] = text.indexOf('"') >= 0 || text.indexOf('“') >= 0 || text.indexOf('”') >= 0 ? 1 : 0;
    x[f++] = !text.isEmpty() && "\"“'‘".indexOf(text.charAt(0)) >= 0 ? 1 : 0;
    x[f++] = SAYS.matcher(text).find() ? 1 : 0;
    x[f++] = FIRST_PERSON.matcher(text).find() ? 1 : 0;
    x[f++] = Candidates.lastMark(text) == '?' ? 1 : 0;
    x[f++] = opensWithContextWord(words) ? 1 : 0;
    x[f++] = text.indexOf('(') >= 0 ? 1 : 0;
    x[f++] = WEB.matcher(text).find() ? 1 : 0;
    x[f++] = Math.min(1.0, sentence.terms().size() / count);
    return f;
  }

  static boolean opensWithContextWord(String text) {
    return opensWithContextWord(text.strip().split("\\s+"));
  }

  private static boolean opensWithContextWord(String[] words) {
    if (words.length == 0) {
      return false;
    }
    String first = words[0].replaceAll("^[\"“'‘(]+|[,;:]+$", "").toLowerCase(Locale.ROOT);
    return CONTEXT_OPENERS.contains(first);
  }

  private static int reprints(
      List<AnalyzedSentence> sentences, NearDuplicateIndex duplicates, int s) {
    int own = sentences.get(s).documentIndex();
    int last = -1;
    int count = 0;
    // Near-duplicates come in story order, so articles come grouped.
    for (int d : duplicates.nearDuplicatesOf(s)) {
      int article = sentences.get(d).documentIndex();
      if (article != own && article != last) {
        count++;
        last = article;
      }
    }
    return count;
  }

  private static int oneHot(double[] x, int f, int[] lowerBounds, int value) {
    int bin = 0;
    while (bin + 1 < lowerBounds.length && value >= lowerBounds[bin + 1]) {
      bin++;
    }
    x[f + bin] = 1;
    return f + lowerBounds.length;
  }

  private static void divideByMax(double[] values) {
    double max = 0;
    for (double v : values) {
      max = Math.max(max, v);
    }
    if (max > 0) {
      for (int k = 0; k < values.length; k++) {
        values[k] /= max;
      }
    }
  }

  /** 1 for the highest value, 0 for the lowest; ties share the rank of their first. */
  private static double[] percentileRanks(double[] values) {
    int n = values.length;
    double[] ranks = new double[n];
    if (n <= 1) {
      Arrays.fill(ranks, 1.0);
      return ranks;
    }
    Integer[] order = new Integer[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    int first = 0; // where the run of values equal to the current one starts in sorted order
    for (int r = 0; r < n; r++) {
      if (r > 0 && values[order[r - 1]] != values[order[r]]) {
        first = r;
      }
      ranks[order[r]] = (double) first / (n - 1);
    }
    return ranks;
  }

  /**
   * Cosines of sentences with the story centroid and with the centroid of the other articles, and
   * of each article's centroid with the story's. Centroids are sums of unit TF-IDF vectors; the
   * other-articles centroid is the story's minus the sentence's own article's, so nothing
   * quadratic is built: O(T) in all.
   */
  private static final class Centrality {
    private final StoryIndex index;
    private final double[] story;
    private final double storyNorm;
    private final double[] ownDot; // sentence · its article's centroid
    private final double[] otherNorm; // |story centroid − article centroid|
    private final double[] articleCosine;

    Centrality(StoryIndex index, int documents) {
      this.index = index;
      int n = index.size();
      story = new double[index.vocabularySize()];
      for (int i = 0; i < n; i++) {
        index.addTo(story, i, 1.0);
      }
      storyNorm = norm(story);
      ownDot = new double[n];
      otherNorm = new double[documents];
      articleCosine = new double[documents];
      double[] article = new double[index.vocabularySize()];
      int start = 0;
      while (start < n) {
        int doc = index.sentence(start).documentIndex();
        int end = start;
        while (end < n && index.sentence(end).documentIndex() == doc) {
          index.addTo(article, end, 1.0);
          end++;
        }
        for (int i = start; i < end; i++) {
          ownDot[i] = index.dot(i, article);
        }
        double articleSquared = 0;
        double crossDot = 0;
        for (int i = start; i < end; i++) {
          for (int t : index.termIds(i)) {
            if (article[t] != 0) {
              articleSquared += article[t] * article[t];
              crossDot += article[t] * story[t];
              article[t] = 0; // each term counted once; cleared for the next article
            }
          }
        }
        double other = storyNorm * storyNorm - 2 * crossDot + articleSquared;
        otherNorm[doc] = Math.sqrt(Math.max(0, other));
        double articleNorm = Math.sqrt(articleSquared);
        articleCosine[doc] =
            articleNorm == 0 || storyNorm == 0 ? 0 : crossDot / (articleNorm * storyNorm);
        start = end;
      }
    }

    double toStory(int s) {
      return storyNorm == 0 ? 0 : index.dot(s, story) / storyNorm;
    }

    double toOtherArticles(int s) {
      double norm = otherNorm[index.sentence(s).documentIndex()];
      return norm < 1e-9 ? 0 : Math.max(0, (index.dot(s, story) - ownDot[s]) / norm);
    }

    double articleCentrality(int article) {
      return articleCosine[article];
    }

    private static double norm(double[] v) {
      double sum = 0;
      for (double x : v) {
        sum += x * x;
      }
      return Math.sqrt(sum);
    }
  }

  /** In how many articles each term and each adjacent term pair occurs. */
  private static final class Support {
    private final StoryIndex index;
    private final int[] termArticles;
    private final Map<Long, Integer> pairArticles = new HashMap<>();
    private final int[][] pairs;

    Support(StoryIndex index) {
      this.index = index;
      int n = index.size();
      termArticles = new int[index.vocabularySize()];
      int[] lastArticle = new int[index.vocabularySize()];
      Arrays.fill(lastArticle, -1);
      Map<Long, Integer> pairLastArticle = new HashMap<>();
      pairs = new int[n][];
      for (int i = 0; i < n; i++) {
        int doc = index.sentence(i).documentIndex();
        for (int t : index.termIds(i)) {
          if (lastArticle[t] != doc) {
            lastArticle[t] = doc;
            termArticles[t]++;
          }
        }
        int[] terms = index.termSequence(i);
        int[] row = new int[Math.max(0, terms.length - 1) * 2];
        for (int k = 0; k + 1 < terms.length; k++) {
          int a = terms[k];
          int b = terms[k + 1];
          row[2 * k] = a;
          row[2 * k + 1] = b;
          long key = ((long) a << 32) | b;
          Integer last = pairLastArticle.get(key);
          if (last == null || last != doc) {
            pairLastArticle.put(key, doc);
            pairArticles.merge(key, 1, Integer::sum);
          }
        }
        pairs[i] = row;
      }
    }

    /** Mean over distinct terms of the share of the other articles that use the term. */
    double termSupport(int s, int articles) {
      int[] terms = index.termIds(s);
      if (terms.length == 0) {
        return 0;
      }
      double sum = 0;
      for (int t : terms) {
        sum += (termArticles[t] - 1) / (double) (articles - 1);
      }
      return sum / terms.length;
    }

    /** Share of the sentence's adjacent term pairs that another article uses too. */
    double pairSupport(int s) {
      int[] row = pairs[s];
      if (row.length == 0) {
        return 0;
      }
      int shared = 0;
      for (int k = 0; k < row.length; k += 2) {
        long key = ((long) row[k] << 32) | row[k + 1];
        if (pairArticles.getOrDefault(key, 0) > 1) {
          shared++;
        }
      }
      return shared / (row.length / 2.0);
    }
  }
}
