package dev.chorus.attribute;

import dev.chorus.embed.SentenceEncoder;
import dev.chorus.ingest.ArticleLoader;
import dev.chorus.ingest.ClusterReader;
import dev.chorus.ingest.ClusterRecord;
import dev.chorus.ingest.IngestResult;
import dev.chorus.model.Article;
import dev.chorus.model.Span;
import dev.chorus.model.Story;
import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.AnalyzedStory;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Calibrates and measures the attribution decision on labeled sentence pairs: reads the pair file,
 * resolves its references to sentences, scores each pair with an encoder and sweeps the paraphrase
 * threshold.
 *
 * <p><b>Pair file</b>: UTF-8 TSV. Lines starting with {@code #} and blank lines are comments; the
 * first other line is the header; then one {@link LabeledPair} per line: cluster, fold ({@value
 * #FOLD_A} or {@value #FOLD_B}), article id and start and end offsets of sentence a, the same for
 * sentence b, and the label {@code 1} (b states a's main claim) or {@code 0}. Offsets are {@link
 * dev.chorus.model.Sentence#span()}s: UTF-16 offsets into {@link Article#text()} as the loaders
 * produce it, of the sentences {@code Pipeline.english().analyze} splits (cleaning does not move
 * offsets).
 *
 * <p><b>Decision</b>: exactly {@link Attributor}'s for one pair: b supports a when b is eligible
 * (another document, at least {@link Attributor#MIN_WORDS} words, a content term) and is a verbatim
 * copy, a near-duplicate, or has cosine at least the threshold. Only the per-document choice of the
 * best of several supporting sentences is not part of it.
 *
 * <p>Stateless and thread-safe. Scoring costs one encoder call per cluster.
 */
public final class Calibration {

  /** One half of the pairs for cross-validation. */
  public static final String FOLD_A = "a";

  /** The other half. */
  public static final String FOLD_B = "b";

  /** The header line of a pair file. */
  public static final String HEADER =
      "cluster\tfold\tdoc_a\tstart_a\tend_a\tdoc_b\tstart_b\tend_b\tlabel";

  /** The cluster name of the seed articles, {@code <shared>/seeds}. */
  public static final String SEEDS = "seeds";

  /** Where Multi-News validation clusters are, relative to the shared data directory. */
  public static final String MULTINEWS_VAL = "datasets/multinews/multinews.val.jsonl.gz";

  private Calibration() {}

  /**
   * Reads a pair file (format in the class comment).
   *
   * @throws IOException if it cannot be read, or a line is malformed; the message names the file
   *     and line
   */
  public static List<LabeledPair> read(Path pairFile) throws IOException {
    Objects.requireNonNull(pairFile, "pairFile");
    List<String> lines;
    try {
      lines = Files.readAllLines(pairFile, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new IOException("pair file " + pairFile + " is not valid UTF-8", e);
    }
    List<LabeledPair> pairs = new ArrayList<>();
    boolean header = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = pairFile + ":" + (i + 1);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        if (!line.equals(HEADER)) {
          throw new IOException(
              where + ": expected the header '" + HEADER + "', found '" + line + "'");
        }
        header = true;
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 9) {
        throw new IOException(where + ": expected 9 tab-separated fields, found " + f.length);
      }
      if (!f[8].equals("0") && !f[8].equals("1")) {
        throw new IOException(where + ": label must be 0 or 1, was '" + f[8] + "'");
      }
      try {
        pairs.add(
            new LabeledPair(
                f[0],
                f[1],
                f[2],
                new Span(integer(f[3]), integer(f[4])),
                f[5],
                new Span(integer(f[6]), integer(f[7])),
                f[8].equals("1")));
      } catch (IllegalArgumentException e) {
        throw new IOException(where + ": " + e.getMessage(), e);
      }
    }
    if (!header) {
      throw new IOException(pairFile + ": no header line '" + HEADER + "'");
    }
    return List.copyOf(pairs);
  }

  private static int integer(String field) {
    try {
      return Integer.parseInt(field);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not an offset: '" + field + "'", e);
    }
  }

  /**
   * The stories the pairs refer to: {@value #SEEDS} from the directory {@code <shared>/seeds}
   * (loaded by {@link ArticleLoader}), every other cluster from {@code <shared>/}{@value
   * #MULTINEWS_VAL} (read by {@link ClusterReader}).
   *
   * @return story by cluster name, sorted by name
   * @throws IOException if a file cannot be read or a cluster is not found
   */
  public static Map<String, Story> loadStories(Path shared, Collection<String> clusters)
      throws IOException {
    Set<String> wanted = new TreeSet<>(clusters);
    Map<String, Story> stories = new TreeMap<>();
    if (wanted.remove(SEEDS)) {
      Path seeds = shared.resolve(SEEDS);
      List<IngestResult<Article>> loaded = new ArticleLoader().load(List.of(seeds));
      for (IngestResult<Article> result : loaded) {
        if (result instanceof IngestResult.Rejected<Article> rejected) {
          throw new IOException(rejected.source() + ": " + rejected.reason());
        }
      }
      Story story = ArticleLoader.toStory(List.of(seeds), loaded);
      stories.put(SEEDS, new Story(SEEDS, story.articles()));
    }
    if (!wanted.isEmpty()) {
      Path file = shared.resolve(MULTINEWS_VAL);
      try (Stream<IngestResult<ClusterRecord>> records = new ClusterReader().read(file)) {
        records.forEach(
            result -> {
              if (result instanceof IngestResult.Ingested<ClusterRecord> ok
                  && wanted.contains(ok.value().story().id())) {
                stories.put(ok.value().story().id(), ok.value().story());
              }
            });
      }
      for (String cluster : wanted) {
        if (!stories.containsKey(cluster)) {
          throw new IOException("cluster '" + cluster + "' is not in " + file);
        }
      }
    }
    return stories;
  }

  /**
   * A pair scored by an encoder: what the attribution decision needs at any threshold.
   *
   * @param pair the labeled references
   * @param a story index of sentence a
   * @param b story index of sentence b
   * @param eligible whether b may support at all (another document, long enough, content terms)
   * @param copy {@link Match#VERBATIM} or {@link Match#NEAR_DUPLICATE} when b is a copy of a, else
   *     null
   * @param cosine the encoder's cosine similarity of a and b
   */
  public record ScoredPair(
      LabeledPair pair, int a, int b, boolean eligible, Match copy, double cosine) {

    /** Whether the attributor lists b as a support of a at {@code threshold}. */
    public boolean supports(double threshold) {
      return eligible && (copy != null || cosine >= threshold);
    }
  }

  /**
   * Resolves every pair's references against the analyzed stories and scores it with {@code
   * encoder}, in input order.
   *
   * @param stories analyzed story by cluster name, e.g. {@code Pipeline.english().analyze} of
   *     {@link #loadStories}
   * @throws IllegalArgumentException if a cluster is missing or a reference is not exactly a
   *     sentence of its story (the offsets drifted)
   */
  public static List<ScoredPair> score(
      List<LabeledPair> pairs, Map<String, AnalyzedStory> stories, SentenceEncoder encoder) {
    Objects.requireNonNull(encoder, "encoder");
    Map<String, List<Integer>> byCluster = new LinkedHashMap<>();
    for (int p = 0; p < pairs.size(); p++) {
      byCluster.computeIfAbsent(pairs.get(p).cluster(), c -> new ArrayList<>()).add(p);
    }
    ScoredPair[] scored = new ScoredPair[pairs.size()];
    byCluster.forEach(
        (cluster, members) -> {
          AnalyzedStory story = stories.get(cluster);
          if (story == null) {
            throw new IllegalArgumentException("no story for cluster '" + cluster + "'");
          }
          Map<String, Map<Span, Integer>> index = new HashMap<>();
          for (AnalyzedSentence s : story.sentences()) {
            index
                .computeIfAbsent(s.sentence().documentId(), d -> new HashMap<>())
                .put(s.sentence().span(), s.index());
          }
          int[][] ends = new int[members.size()][];
          int[] encode = new int[2 * members.size()];
          for (int m = 0; m < members.size(); m++) {
            LabeledPair pair = pairs.get(members.get(m));
            int a = resolve(index, cluster, pair.documentA(), pair.spanA());
            int b = resolve(index, cluster, pair.documentB(), pair.spanB());
            ends[m] = new int[] {a, b};
            encode[2 * m] = a;
            encode[2 * m + 1] = b;
          }
          SentenceMatcher matcher = new SentenceMatcher(story, encoder, encode);
          for (int m = 0; m < members.size(); m++) {
            int a = ends[m][0];
            int b = ends[m][1];
            AnalyzedSentence sb = story.sentences().get(b);
            boolean eligible =
                story.sentences().get(a).documentIndex() != sb.documentIndex()
                    && SentenceMatcher.eligible(sb);
            scored[members.get(m)] =
                new ScoredPair(
                    pairs.get(members.get(m)),
                    a,
                    b,
                    eligible,
                    matcher.copyMatch(a, b),
                    matcher.cosine(a, b));
          }
        });
    return List.of(scored);
  }

  private static int resolve(
      Map<String, Map<Span, Integer>> index, String cluster, String document, Span span) {
    Map<Span, Integer> sentences = index.get(document);
    if (sentences == null) {
      throw new IllegalArgumentException(
          "cluster '" + cluster + "' has no sentences of document '" + document + "'");
    }
    Integer i = sentences.get(span);
    if (i == null) {
      throw new IllegalArgumentException(
          cluster + " " + document + " " + span + " is not a sentence (offsets drifted?)");
    }
    return i;
  }

  /**
   * Confusion counts of the decision at one threshold.
   *
   * @param threshold the paraphrase threshold
   * @param truePositives positive pairs decided as support
   * @param falsePositives negative pairs decided as support
   * @param falseNegatives positive pairs not decided as support
   * @param trueNegatives negative pairs not decided as support
   */
  public record Metrics(
      double threshold,
      int truePositives,
      int falsePositives,
      int falseNegatives,
      int trueNegatives) {

    /** TP / (TP + FP); 1 when nothing is decided positive. */
    public double precision() {
      int decided = truePositives + falsePositives;
      return decided == 0 ? 1.0 : (double) truePositives / decided;
    }

    /** TP / (TP + FN); 1 when there are no positives. */
    public double recall() {
      int positives = truePositives + falseNegatives;
      return positives == 0 ? 1.0 : (double) truePositives / positives;
    }

    /** The harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(
          java.util.Locale.ROOT,
          "threshold %.3f: P %.3f R %.3f F1 %.3f (TP %d FP %d FN %d TN %d)",
          threshold,
          precision(),
          recall(),
          f1(),
          truePositives,
          falsePositives,
          falseNegatives,
          trueNegatives);
    }
  }

  /** The decision's confusion counts over {@code pairs} at {@code threshold}. */
  public static Metrics measure(List<ScoredPair> pairs, double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (ScoredPair p : pairs) {
      boolean decided = p.supports(threshold);
      if (p.pair().positive()) {
        tp += decided ? 1 : 0;
        fn += decided ? 0 : 1;
      } else {
        fp += decided ? 1 : 0;
        tn += decided ? 0 : 1;
      }
    }
    return new Metrics(threshold, tp, fp, fn, tn);
  }

  /**
   * The threshold of highest F1 over {@code pairs}. Candidates are the midpoints between
   * consecutive distinct cosines of the eligible, non-copy pairs (and points just outside them), so
   * the threshold sits in the middle of the gap it decides rather than on a labeled pair's score.
   * Ties go to the higher threshold (higher precision). O(n²) for n pairs.
   *
   * @throws IllegalArgumentException if no pair's decision depends on the threshold
   */
  public static Metrics bestF1(List<ScoredPair> pairs) {
    TreeSet<Double> cosines = new TreeSet<>();
    for (ScoredPair p : pairs) {
      if (p.eligible() && p.copy() == null) {
        cosines.add(p.cosine());
      }
    }
    if (cosines.isEmpty()) {
      throw new IllegalArgumentException("no pair depends on the threshold");
    }
    List<Double> candidates = new ArrayList<>();
    Double previous = null;
    for (double c : cosines.descendingSet()) {
      candidates.add(previous == null ? Math.min(1.0, c + 0.005) : (previous + c) / 2);
      previous = c;
    }
    candidates.add(Math.max(Math.ulp(0.0), previous - 0.005));
    Metrics best = null;
    for (double t : candidates) {
      if (t <= 0 || t > 1) {
        continue;
      }
      Metrics m = measure(pairs, t);
      if (best == null || m.f1() > best.f1()) {
        best = m;
      }
    }
    return best;
  }

  /**
   * Two-fold cross-validation: for each fold, the threshold of {@link #bestF1} on the other fold,
   * measured on this one. The sum of the returned counts (see {@link #sum}) estimates how a
   * threshold chosen on some labeled pairs does on unseen clusters.
   *
   * @return the held-out metrics of fold {@value #FOLD_A}, then of fold {@value #FOLD_B}
   */
  public static List<Metrics> crossValidate(List<ScoredPair> pairs) {
    List<Metrics> heldOut = new ArrayList<>(2);
    for (String fold : List.of(FOLD_A, FOLD_B)) {
      List<ScoredPair> test = new ArrayList<>();
      List<ScoredPair> tune = new ArrayList<>();
      for (ScoredPair p : pairs) {
        (p.pair().fold().equals(fold) ? test : tune).add(p);
      }
      heldOut.add(measure(test, bestF1(tune).threshold()));
    }
    return List.copyOf(heldOut);
  }

  /** The summed confusion counts of several measurements; the threshold is NaN. */
  public static Metrics sum(List<Metrics> metrics) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (Metrics m : metrics) {
      tp += m.truePositives();
      fp += m.falsePositives();
      fn += m.falseNegatives();
      tn += m.trueNegatives();
    }
    return new Metrics(Double.NaN, tp, fp, fn, tn);
  }
}
