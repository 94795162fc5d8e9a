package dev.chorus.cluster;

import dev.chorus.cluster.NeighborSearch.Neighbors;
import dev.chorus.ingest.ClusterReader;
import dev.chorus.ingest.ClusterRecord;
import dev.chorus.ingest.IngestResult;
import dev.chorus.learn.LogisticRegression;
import dev.chorus.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The experiment of docs/clustering.md, "Learned pair similarity": a logistic regression on cheap
 * features of candidate pairs, fitted on pooled Multi-News <b>train</b> clusters, replaces the
 * TF-IDF cosine in the crowding-corrected average linkage; scored on Multi-News val and DUC 2004
 * (never trained on). Prints tab-separated results on stdout. Skipped unless the system property
 * {@code chorus.pairsim} is {@code true}; needs {@code chorus.shared}:
 *
 * <pre>
 * mvn -o -q -B -pl chorus-core test -Dtest=PairModelExperiment \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dchorus.shared=/work/shared -Dchorus.pairsim=true
 * </pre>
 *
 * Optional: {@code -Dchorus.pairsim.trainDocs=N} (default 15,400 documents of train, about as many
 * as val); {@code -Dchorus.pairsim.l2=X} (default 1); {@code -Dchorus.pairsim.features=a,b,...}
 * (default all of {@link #FEATURES}); threshold lists {@code -Dchorus.pairsim.cosine=...} (the
 * cosine linkage, first value also used by "either"), {@code .thresholds} (linkage on p alone),
 * {@code .plain} (average linkage on p, no crowding), {@code .shift} (p's logit in cosine units
 * added to the cosine; needs {@code cos} and not {@code log_cos}), {@code .either} (cosine linkage
 * or linkage on p, as shipped). {@code -Dchorus.pairsim.write=FILE
 * -Dchorus.pairsim.writeThreshold=X} writes the fitted model as a {@link LearnedPairSimilarity}
 * (features must be exactly {@link PairFeatures#NAMES}): that is how {@value
 * LearnedPairSimilarity#RESOURCE} was made.
 */
class PairModelExperiment {

  static final int LEAD_TERMS = 40;
  static final double CLIP =
      Double.parseDouble(System.getProperty("chorus.pairsim.clip", "0"));
  static final int RARE_DF = 3;
  /** The shipped features ({@link PairFeatures#NAMES}), then three tried and not shipped. */
  static final String[] FEATURES =
      java.util.stream.Stream.concat(
              PairFeatures.NAMES.stream(),
              Stream.of("log_shared_neighbors", "outside_crowd_max", "outside_crowd_min"))
          .toArray(String[]::new);

  /** One pool of documents with everything the features need. */
  static final class Pool {
    final List<Article> articles;
    final Map<String, Set<String>> gold;
    final List<List<String>> terms = new ArrayList<>();
    final SparseVector[] vectors;
    final Neighbors[] neighbors;
    final int[] unit;
    final PairFeatures base;

    Pool(GoldPool pool, ClusterOptions options) {
      articles = pool.articles();
      gold = pool.gold();
      int n = articles.size();
      ArticleTerms analyzer = ArticleTerms.cleaned();
      for (Article a : articles) {
        terms.add(analyzer.terms(a));
      }
      vectors = TermSpace.vectors(terms);
      long[] times = new long[n];
      Arrays.fill(times, NeighborSearch.NO_TIME);
      neighbors =
          NeighborSearch.search(
              vectors,
              times,
              Long.MAX_VALUE,
              options.topTerms(),
              options.candidates(),
              options.candidates(),
              1);
      base = new PairFeatures(terms, vectors, neighbors, options.neighbors());
      unit = nearDuplicateUnits(articles, neighbors);
    }

    int size() {
      return articles.size();
    }

    boolean same(int i, int j) {
      for (String g : gold.get(articles.get(i).id())) {
        if (gold.get(articles.get(j).id()).contains(g)) {
          return true;
        }
      }
      return false;
    }

    boolean listed(int i, int j) {
      for (int id : neighbors[i].ids()) {
        if (id == j) {
          return true;
        }
      }
      return false;
    }

    long[] pairs() {
      return base.pairs();
    }

    /** {@link PairFeatures#of}, then the three experimental features. */
    float[] features(int i, int j) {
      // Shared nearest neighbours (Jarvis and Patrick 1973), and each side's crowding by neighbours
      // the other side does not list: members of one story list each other, so they are not
      // counted as the crowd around the pair.
      int shared = 0;
      double outsideI = 0;
      int countedI = 0;
      for (int q = 0; q < neighbors[i].size(); q++) {
        int other = neighbors[i].ids()[q];
        boolean common = other == j || listed(j, other);
        if (common && other != j) {
          shared++;
        }
        if (!common && countedI < 15) {
          outsideI += neighbors[i].cosines()[q];
          countedI++;
        }
      }
      double outsideJ = 0;
      int countedJ = 0;
      for (int q = 0; q < neighbors[j].size() && countedJ < 15; q++) {
        int other = neighbors[j].ids()[q];
        if (other != i && !listed(i, other)) {
          outsideJ += neighbors[j].cosines()[q];
          countedJ++;
        }
      }
      outsideI /= 15;
      outsideJ /= 15;
      float[] shipped = base.of(i, j);
      float[] all = Arrays.copyOf(shipped, shipped.length + 3);
      all[shipped.length] = (float) Math.log1p(shared);
      all[shipped.length + 1] = (float) Math.max(outsideI, outsideJ);
      all[shipped.length + 2] = (float) Math.min(outsideI, outsideJ);
      return all;
    }

    Neighbors[] lists(long[] pairs, double[] scores) {
      return PairFeatures.lists(size(), pairs, scores);
    }

    ClusteringScores score(int[] roots) {
      Map<String, Set<String>> system = new TreeMap<>();
      for (int i = 0; i < size(); i++) {
        system.put(articles.get(i).id(), Set.of("c" + roots[i]));
      }
      return ClusteringMetrics.score(gold, system);
    }
  }

  /** Near-duplicate units exactly as {@link NearestNeighborClusterer#graph} finds them. */
  static int[] nearDuplicateUnits(List<Article> articles, Neighbors[] neighbors) {
    int n = articles.size();
    long[][] shingles = new long[n][];
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      Neighbors own = neighbors[i];
      for (int k = 0; k < own.size() && own.cosines()[k] >= NearDuplicates.MIN_COSINE; k++) {
        int j = own.ids()[k];
        if (shingles[i] == null) {
          shingles[i] = NearDuplicates.shingles(articles.get(i));
        }
        if (shingles[j] == null) {
          shingles[j] = NearDuplicates.shingles(articles.get(j));
        }
        if (NearDuplicates.test(shingles[i], shingles[j])) {
          NeighborGraph.union(parent, i, j);
        }
      }
    }
    int[] unit = new int[n];
    for (int i = 0; i < n; i++) {
      unit[i] = NeighborGraph.find(parent, i);
    }
    return unit;
  }

  static GoldPool read(Path file, GoldPool.Half half, int maxDocuments) throws IOException {
    GoldPool pool = new GoldPool();
    int documents = 0;
    try (Stream<IngestResult<ClusterRecord>> records = new ClusterReader().read(file)) {
      for (Iterator<IngestResult<ClusterRecord>> it = records.iterator();
          it.hasNext() && documents < maxDocuments; ) {
        IngestResult<ClusterRecord> r = it.next();
        ClusterRecord record = ((IngestResult.Ingested<ClusterRecord>) r).value();
        if (half.contains(record.story().id(), 2026)) {
          pool.add(record, r.source());
          documents += record.story().articles().size();
        }
      }
    }
    return pool;
  }

  /** Indexes into {@link #FEATURES} of the names in {@code chorus.pairsim.features} (or all). */
  static int[] selected() {
    String list = System.getProperty("chorus.pairsim.features", String.join(",", FEATURES));
    return Arrays.stream(list.split(","))
        .mapToInt(name -> Arrays.asList(FEATURES).indexOf(name.trim()))
        .peek(
            k -> {
              if (k < 0) {
                throw new IllegalArgumentException("unknown feature in " + list);
              }
            })
        .toArray();
  }

  static float[] select(float[] all, int[] columns) {
    float[] x = new float[columns.length];
    for (int c = 0; c < columns.length; c++) {
      x[c] = all[columns[c]];
    }
    return x;
  }

  static double logit(LogisticRegression.Fit fit, float[] x) {
    double z = fit.bias();
    for (int j = 0; j < x.length; j++) {
      double standard = (x[j] - fit.means()[j]) / fit.scales()[j];
      // Optionally clipped: a pool unlike the training pool (long DUC articles) should not get
      // scores from far outside the range the weights were fitted on.
      z += fit.weights()[j] * (CLIP > 0 ? Math.max(-CLIP, Math.min(CLIP, standard)) : standard);
    }
    return z;
  }

  static String row(String pool, String variant, double t, ClusteringScores s, double seconds) {
    return String.format(
        Locale.ROOT,
        "%s\t%s\t%.3f\t%d\t%d\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.1f",
        pool,
        variant,
        t,
        s.items(),
        s.systemClusters(),
        s.bcubedPrecision(),
        s.bcubedRecall(),
        s.bcubedF1(),
        s.pairwisePrecision(),
        s.pairwiseRecall(),
        s.pairwiseF1(),
        seconds);
  }

  static double[] doubles(String property, String fallback) {
    return Arrays.stream(System.getProperty(property, fallback).split(","))
        .mapToDouble(Double::parseDouble)
        .toArray();
  }

  @Test
  void experiment() throws IOException {
    Assumptions.assumeTrue(
        Boolean.getBoolean("chorus.pairsim"), "set -Dchorus.pairsim=true to run the experiment");
    String shared = System.getProperty("chorus.shared");
    Assumptions.assumeTrue(shared != null, "needs -Dchorus.shared");
    Path data = Path.of(shared, "datasets");
    Path train = data.resolve("multinews/multinews.train.jsonl.gz");
    Path val = data.resolve("multinews/multinews.val.jsonl.gz");
    Path duc = data.resolve("duc2004/duc2004.task2.jsonl.gz");
    Assumptions.assumeTrue(Files.isRegularFile(train) && Files.isRegularFile(val));
    ClusterOptions options = ClusterOptions.defaults();
    int trainDocs = Integer.getInteger("chorus.pairsim.trainDocs", 15_400);
    double l2 = Double.parseDouble(System.getProperty("chorus.pairsim.l2", "1"));

    int[] columns = selected();
    long start = System.nanoTime();
    Pool trainPool = new Pool(read(train, GoldPool.Half.ALL, trainDocs), options);
    long[] trainPairs = trainPool.pairs();
    float[][] rows = new float[trainPairs.length][];
    double[] targets = new double[trainPairs.length];
    int positives = 0;
    int n = trainPool.size();
    for (int q = 0; q < trainPairs.length; q++) {
      int i = (int) (trainPairs[q] / n);
      int j = (int) (trainPairs[q] % n);
      rows[q] = select(trainPool.features(i, j), columns);
      targets[q] = trainPool.same(i, j) ? 1 : 0;
      positives += (int) targets[q];
    }
    LogisticRegression.Fit fit = new LogisticRegression(l2).fit(rows, targets);
    System.out.printf(
        Locale.ROOT,
        "# train: %d documents, %d pairs, %d same-story; l2=%s; log-loss %.4f in %d iterations;"
            + " %.1f s%n",
        n,
        trainPairs.length,
        positives,
        l2,
        fit.logLoss(),
        fit.iterations(),
        (System.nanoTime() - start) / 1e9);
    System.out.printf(Locale.ROOT, "# bias %.4f%n", fit.bias());
    for (int f = 0; f < columns.length; f++) {
      System.out.printf(
          Locale.ROOT,
          "# %-20s mean %9.4f scale %9.4f weight %8.4f%n",
          FEATURES[columns[f]],
          fit.means()[f],
          fit.scales()[f],
          fit.weights()[f]);
    }

    String write = System.getProperty("chorus.pairsim.write");
    if (write != null) {
      List<String> names = Arrays.stream(columns).mapToObj(c -> FEATURES[c]).toList();
      if (!names.equals(PairFeatures.NAMES)) {
        throw new IllegalArgumentException(
            "only a model of exactly " + PairFeatures.NAMES + " can be written, not " + names);
      }
      Map<String, String> provenance = new TreeMap<>();
      provenance.put("trainer", "dev.chorus.cluster.PairModelExperiment (chorus-core tests)");
      provenance.put(
          "data",
          "pooled Multi-News train, first clusters up to "
              + trainDocs
              + " documents: "
              + n
              + " documents, "
              + trainPairs.length
              + " candidate pairs, "
              + positives
              + " same-story");
      provenance.put("l2", Double.toString(l2));
      provenance.put("log_loss", String.format(Locale.ROOT, "%.5f", fit.logLoss()));
      provenance.put(
          "threshold",
          "tuned on half A of Multi-News val and DUC 2004 with the cosine threshold "
              + ClusterOptions.DEFAULT_THRESHOLD
              + " (docs/clustering.md)");
      double threshold = Double.parseDouble(System.getProperty("chorus.pairsim.writeThreshold"));
      LearnedPairSimilarity model =
          new LearnedPairSimilarity(
              names, fit.means(), fit.scales(), fit.weights(), fit.bias(), threshold, provenance);
      Files.write(Path.of(write), model.toJson());
      System.out.println("# wrote " + write);
    }

    double[] cosineCuts = doubles("chorus.pairsim.cosine", "0.09");
    double[] probCuts = doubles("chorus.pairsim.thresholds", "0.1,0.15,0.2,0.25,0.3,0.35,0.4");
    // The "shift" variant needs the logit linear in the cosine: cos selected, log_cos not.
    int cosColumn = -1;
    for (int c = 0; c < columns.length; c++) {
      if (FEATURES[columns[c]].equals("cos")) {
        cosColumn = c;
      }
      if (FEATURES[columns[c]].equals("log_cos")) {
        cosColumn = -1;
        break;
      }
    }
    double[] shiftCuts = doubles("chorus.pairsim.shift", "0.03,0.05,0.07,0.09,0.11,0.13,0.15");
    double[] eitherCuts = doubles("chorus.pairsim.either", "0.3,0.4,0.5,0.6");
    double[] plainCuts = doubles("chorus.pairsim.plain", "0.2,0.3,0.4,0.5,0.6");
    System.out.println(
        "pool\tvariant\tthreshold\tdocuments\tstories\tbcubed_p\tbcubed_r\tbcubed_f1"
            + "\tpair_p\tpair_r\tpair_f1\tseconds");
    Object[][] pools = {
      {"mn-val-a", val, GoldPool.Half.A},
      {"mn-val-b", val, GoldPool.Half.B},
      {"mn-val", val, GoldPool.Half.ALL},
      {"duc-a", duc, GoldPool.Half.A},
      {"duc-b", duc, GoldPool.Half.B},
      {"duc", duc, GoldPool.Half.ALL},
    };
    for (Object[] spec : pools) {
      String name = (String) spec[0];
      long poolStart = System.nanoTime();
      GoldPool gold = read((Path) spec[1], (GoldPool.Half) spec[2], Integer.MAX_VALUE);
      Pool pool = new Pool(gold, options);
      double graphSeconds = (System.nanoTime() - poolStart) / 1e9;
      long featureStart = System.nanoTime();
      long[] pairs = pool.pairs();
      double[] prob = new double[pairs.length];
      double[] cos = new double[pairs.length];
      double[] delta = new double[pairs.length];
      double[] shifted = new double[pairs.length];
      int m = pool.size();
      for (int q = 0; q < pairs.length; q++) {
        int i = (int) (pairs[q] / m);
        int j = (int) (pairs[q] % m);
        float[] x = pool.features(i, j);
        cos[q] = x[PairFeatures.NAMES.indexOf("cos")];
        float[] selectedX = select(x, columns);
        double z = logit(fit, selectedX);
        prob[q] = 1 / (1 + Math.exp(-z));
        if (cosColumn >= 0) {
          // The logit in cosine units, centred at the training means of the other features.
          double own = fit.weights()[cosColumn] / fit.scales()[cosColumn];
          double rest = z - fit.bias() - own * (x[0] - fit.means()[cosColumn]);
          delta[q] = rest / own;
          shifted[q] = x[0] + delta[q];
        }
      }
      Neighbors[] learned = pool.lists(pairs, prob);
      Neighbors[] sparseCos = pool.lists(pairs, cos);
      Neighbors[] shiftLists = pool.lists(pairs, shifted);
      Neighbors[] deltaLists = pool.lists(pairs, delta);
      double featureSeconds = (System.nanoTime() - featureStart) / 1e9;
      for (double t : cosineCuts) {
        long s0 = System.nanoTime();
        int[] roots =
            new CrowdingLinkage(pool.vectors, pool.neighbors, options.neighbors(), t)
                .run(pool.unit);
        double sec = graphSeconds + (System.nanoTime() - s0) / 1e9;
        System.out.println(row(name, "cosine-crowding", t, pool.score(roots), sec));
      }
      for (double t : cosineCuts) {
        long s0 = System.nanoTime();
        int[] roots = new SparseCrowdingLinkage(sparseCos, options.neighbors(), t).run(pool.unit);
        double sec = graphSeconds + (System.nanoTime() - s0) / 1e9;
        System.out.println(row(name, "sparse-cosine-crowding", t, pool.score(roots), sec));
      }
      for (double t : probCuts) {
        long s0 = System.nanoTime();
        int[] roots = new SparseCrowdingLinkage(learned, options.neighbors(), t).run(pool.unit);
        double sec = graphSeconds + featureSeconds + (System.nanoTime() - s0) / 1e9;
        System.out.println(row(name, "learned-crowding", t, pool.score(roots), sec));
      }
      for (double t : cosColumn >= 0 ? shiftCuts : new double[0]) {
        long s0 = System.nanoTime();
        int[] roots =
            new SparseCrowdingLinkage(
                    shiftLists, deltaLists, pool.vectors, options.neighbors(), t)
                .run(pool.unit);
        double sec = graphSeconds + featureSeconds + (System.nanoTime() - s0) / 1e9;
        System.out.println(row(name, "learned-shift", t, pool.score(roots), sec));
      }
      for (double t : eitherCuts) {
        long s0 = System.nanoTime();
        int[] roots =
            SparseCrowdingLinkage.either(
                    pool.vectors,
                    pool.neighbors,
                    cosineCuts[0],
                    learned,
                    t,
                    options.neighbors())
                .run(pool.unit);
        double sec = graphSeconds + featureSeconds + (System.nanoTime() - s0) / 1e9;
        System.out.println(
            row(name, "either-cosine-" + cosineCuts[0], t, pool.score(roots), sec));
      }
      for (double t : plainCuts) {
        long s0 = System.nanoTime();
        int[] roots = new SparseCrowdingLinkage(learned, 0, t).run(pool.unit);
        double sec = graphSeconds + featureSeconds + (System.nanoTime() - s0) / 1e9;
        System.out.println(row(name, "learned-average", t, pool.score(roots), sec));
      }
      System.out.flush();
    }
  }
}
