package dev.chorus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.eval.EvalPreset;
import dev.chorus.eval.Evaluator;
import dev.chorus.eval.OracleSelector;
import dev.chorus.ingest.ClusterReader;
import dev.chorus.ingest.ClusterRecord;
import dev.chorus.ingest.IngestResult;
import dev.chorus.learn.RankerTrainer;
import dev.chorus.model.Budget;
import dev.chorus.model.Summary;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.rouge.ResampleSource;
import dev.chorus.rouge.RougeAverage;
import dev.chorus.rouge.RougeInput;
import dev.chorus.rouge.RougeReport;
import dev.chorus.rouge.RougeResources;
import dev.chorus.rouge.RougeScore;
import dev.chorus.rouge.RougeScorer;
import dev.chorus.select.LinearRanker;
import dev.chorus.select.RankedSummarizer;
import dev.chorus.select.SentenceFeatures;
import dev.chorus.text.AnalyzedStory;
import dev.chorus.text.OpenNlpSentenceSplitter;
import dev.chorus.text.SentenceSplitter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * An experiment, not a benchmark of the library: does a gradient-boosted tree ensemble (XGBoost,
 * Chen and Guestrin, KDD 2016) rank sentences better than the shipped logistic regression, on the
 * same {@link SentenceFeatures} and the same graded oracle targets? See docs/ranker.md.
 *
 * <p>Collects the examples of the first N training clusters with {@link RankerTrainer#collect},
 * fits the linear model with {@link RankerTrainer#fit} and a few XGBoost settings (objective
 * {@code binary:logistic} on the soft targets, or squared error), then summarizes the first M
 * validation clusters with {@link RankedSummarizer}'s selection (probability, then greedy {@code p
 * − 0.3 · redundancy}, reading order) and each model, and scores them as {@code chorus eval} does
 * (the Multi-News preset: ROUGE-1.5.5 flags {@code -n 2 -2 4 -u -m}, F, 300 words). The trees are
 * scored in pure Java by {@link TreeEnsemble}, read from XGBoost's JSON model and checked against
 * XGBoost's own predictions; the scoring speed of each model is measured on the validation
 * candidates (one thread, after warm-up).
 *
 * <p>Usage (after {@code mvn -o -q -pl chorus-bench -am compile}; class path as in
 * docs/ranker.md):
 *
 * <pre>
 * java -cp CP dev.chorus.bench.GbdtRankerExperiment --train FILE --val FILE --rouge-data DIR \
 *     [--train-clusters 5000] [--val-clusters 1000] [--threads 2] [--eval-preset multinews]
 * </pre>
 *
 * <p>With {@code --eval-preset duc2004} the models (still trained on Multi-News labels) summarize
 * the {@code --val} clusters at that preset's budget and are scored with its flags and measure.
 *
 * <p>Results go to standard output, each model's difference from the linear one with a paired
 * bootstrap interval. Deterministic for a given thread count of XGBoost's training
 * (its histogram method sums gradients per thread). Not thread-safe; run it from {@code main}.
 */
public final class GbdtRankerExperiment {

  /** The training preset: labels as {@code chorus train} makes them. */
  private static final EvalPreset PRESET = EvalPreset.MULTINEWS;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GbdtRankerExperiment() {}

  /** One XGBoost setting tried. */
  private record Setting(String name, String objective, int depth, double eta, int rounds) {}

  private static final List<Setting> SETTINGS =
      List.of(
          new Setting("gbdt-logistic-d4-300", "binary:logistic", 4, 0.1, 300),
          new Setting("gbdt-logistic-d6-600", "binary:logistic", 6, 0.05, 600),
          new Setting("gbdt-squared-d6-600", "reg:squarederror", 6, 0.05, 600));

  /** A validation cluster, analyzed once for every model. */
  record Cluster(String id, AnalyzedStory story, List<List<String>> references) {}

  /** A model under test: its relevance function and what the log shows about it. */
  private record Model(String name, ToDoubleFunction<double[]> probability) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    Path train = Path.of(required(options, "train"));
    Path val = Path.of(required(options, "val"));
    RougeResources resources = RougeResources.load(Path.of(required(options, "rouge-data")));
    int trainClusters = Integer.parseInt(options.getOrDefault("train-clusters", "5000"));
    int valClusters = Integer.parseInt(options.getOrDefault("val-clusters", "1000"));
    int threads = Integer.parseInt(options.getOrDefault("threads", "2"));
    EvalPreset evalPreset = EvalPreset.byName(options.getOrDefault("eval-preset", "multinews"));
    Budget budget = PRESET.budget();
    Budget evalBudget = evalPreset.budget();
    Pipeline pipeline = Pipeline.english();
    SentenceSplitter splitter = new OpenNlpSentenceSplitter();
    RankerTrainer trainer =
        new RankerTrainer(
            pipeline, splitter, OracleSelector.of(PRESET, resources), budget, threads);

    long start = System.nanoTime();
    RankerTrainer.Examples examples;
    try (Stream<ClusterRecord> records = clusters(train, trainClusters)) {
      examples = trainer.collect(records, done -> {});
    }
    // Held-out examples labelled as the evaluation preset would label them.
    RankerTrainer heldOutTrainer =
        new RankerTrainer(
            pipeline, splitter, OracleSelector.of(evalPreset, resources), evalBudget, threads);
    RankerTrainer.Examples heldOut;
    try (Stream<ClusterRecord> records = clusters(val, valClusters)) {
      heldOut = heldOutTrainer.collect(records, done -> {});
    }
    log(
        "collected %d train examples (%d clusters), %d val examples (%d clusters) in %.1f s",
        examples.targets().length,
        examples.clusters(),
        heldOut.targets().length,
        heldOut.clusters(),
        seconds(start));

    List<Model> models = new ArrayList<>();
    start = System.nanoTime();
    LinearRanker linear = RankerTrainer.fit(examples, 1.0, Map.of("data", train.toString()));
    log("linear: fitted in %.1f s", seconds(start));
    models.add(new Model("linear", x -> sigmoid(linear.score(x))));
    DMatrix trainMatrix = matrix(examples.rows(), examples.targets());
    DMatrix valMatrix = matrix(heldOut.rows(), heldOut.targets());
    Map<String, Booster> boosters = new LinkedHashMap<>();
    for (Setting setting : SETTINGS) {
      start = System.nanoTime();
      Booster booster = train(setting, trainMatrix, threads);
      log("%s: trained in %.1f s", setting.name(), seconds(start));
      byte[] json = booster.toByteArray("json");
      TreeEnsemble trees = TreeEnsemble.fromXgboostJson(json);
      checkAgainstXgboost(setting.name(), trees, booster, heldOut.rows(), valMatrix);
      log("%s: JSON model %,d bytes", setting.name(), json.length);
      boosters.put(setting.name(), booster);
      models.add(new Model(setting.name(), trees::probability));
    }

    log("held-out soft log loss (val examples, the oracle's graded targets):");
    for (Model model : models) {
      log("  %-22s %.5f", model.name(), logLoss(model.probability(), heldOut));
    }

    List<Cluster> clusters = analyze(val, valClusters, pipeline, splitter, threads);
    RougeScorer scorer = new RougeScorer(evalPreset.options(), resources);
    char measure = evalPreset.measure();
    log(
        "%s: first %d clusters of %s, ROUGE %s, %s, β = 0.3:",
        evalPreset,
        clusters.size(),
        val.getFileName(),
        measure,
        evalBudget);
    RougeReport baseline = null;
    for (Model model : models) {
      start = System.nanoTime();
      RankedSummarizer summarizer =
          new RankedSummarizer(model.probability(), RankedSummarizer.DEFAULT_REDUNDANCY);
      List<RougeInput> inputs = summarize(summarizer, clusters, evalBudget, threads);
      double summarizeSeconds = seconds(start);
      RougeReport report = scorer.scoreAll(inputs, ResampleSource.rouge155());
      log(
          "  %-22s R-1 %s  R-2 %s  (summarized in %.1f s)",
          model.name(),
          format(report.averages().get("ROUGE-1"), measure),
          format(report.averages().get("ROUGE-2"), measure),
          summarizeSeconds);
      if (baseline == null) {
        baseline = report;
      } else {
        log(
            "    R-1 − linear: %s", pairedDifference(report, baseline, "ROUGE-1", measure));
        log(
            "    R-2 − linear: %s", pairedDifference(report, baseline, "ROUGE-2", measure));
      }
    }
    // The shipped path (LinearRanker into RankedSummarizer) must give the linear row above.
    RougeReport direct =
        scorer.scoreAll(
            summarize(
                new RankedSummarizer(linear, RankedSummarizer.DEFAULT_REDUNDANCY),
                clusters,
                evalBudget,
                threads),
            ResampleSource.rouge155());
    log(
        "  %-22s R-1 %s  R-2 %s",
        "linear (LinearRanker)",
        format(direct.averages().get("ROUGE-1"), measure),
        format(direct.averages().get("ROUGE-2"), measure));

    double[][] rows = new double[heldOut.rows().length][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = widen(heldOut.rows()[i]);
    }
    log("scoring speed, one thread, %d val candidates (sentences/s):", rows.length);
    for (Model model : models) {
      log("  %-22s %,.0f", model.name() + " (Java)", sentencesPerSecond(rows, model.probability()));
    }
    for (Map.Entry<String, Booster> entry : boosters.entrySet()) {
      entry.getValue().setParam("nthread", 1);
      log(
          "  %-22s %,.0f",
          entry.getKey() + " (XGBoost batch)",
          batchSentencesPerSecond(entry.getValue(), rows));
    }
  }

  private static Booster train(Setting setting, DMatrix matrix, int threads)
      throws XGBoostError {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("objective", setting.objective());
    params.put("tree_method", "hist");
    params.put("max_depth", setting.depth());
    params.put("eta", setting.eta());
    params.put("min_child_weight", 1.0);
    params.put("lambda", 1.0);
    params.put("subsample", 1.0);
    params.put("nthread", threads);
    params.put("seed", 0);
    params.put("verbosity", 0);
    return XGBoost.train(matrix, params, setting.rounds(), Map.of(), null, null);
  }

  /** Fails unless the pure-Java ensemble gives XGBoost's own margins (to float precision). */
  private static void checkAgainstXgboost(
      String name, TreeEnsemble trees, Booster booster, float[][] rows, DMatrix matrix)
      throws XGBoostError {
    float[][] margins = booster.predict(matrix, true);
    double worst = 0;
    for (int i = 0; i < rows.length; i++) {
      worst = Math.max(worst, Math.abs(trees.margin(widen(rows[i])) - margins[i][0]));
    }
    log("%s: %d trees, largest |Java − XGBoost| margin %.2e", name, trees.size(), worst);
    if (worst > 1e-4) {
      throw new IllegalStateException(name + ": the Java trees disagree with XGBoost by " + worst);
    }
  }

  private static DMatrix matrix(float[][] rows, double[] targets) throws XGBoostError {
    int columns = SentenceFeatures.NAMES.size();
    float[] flat = new float[rows.length * columns];
    float[] labels = new float[rows.length];
    for (int i = 0; i < rows.length; i++) {
      System.arraycopy(rows[i], 0, flat, i * columns, columns);
      labels[i] = (float) targets[i];
    }
    DMatrix matrix = new DMatrix(flat, rows.length, columns, Float.NaN);
    matrix.setLabel(labels);
    return matrix;
  }

  private static double logLoss(ToDoubleFunction<double[]> model, RankerTrainer.Examples data) {
    double sum = 0;
    for (int i = 0; i < data.targets().length; i++) {
      double p = Math.min(1 - 1e-7, Math.max(1e-7, model.applyAsDouble(widen(data.rows()[i]))));
      double y = data.targets()[i];
      sum -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
    }
    return sum / data.targets().length;
  }

  static List<Cluster> analyze(
      Path file, int limit, Pipeline pipeline, SentenceSplitter splitter, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (Stream<ClusterRecord> records = clusters(file, limit)) {
      List<Future<Cluster>> futures = new ArrayList<>();
      records.forEach(
          record ->
              futures.add(
                  pool.submit(
                      () -> {
                        List<List<String>> references = new ArrayList<>();
                        for (String reference : record.references()) {
                          references.add(Evaluator.referenceSentences(reference, splitter));
                        }
                        return new Cluster(
                            record.story().id(), pipeline.analyze(record.story()), references);
                      })));
      List<Cluster> clusters = new ArrayList<>();
      for (Future<Cluster> future : futures) {
        clusters.add(future.get());
      }
      return clusters;
    } finally {
      pool.shutdownNow();
    }
  }

  static List<RougeInput> summarize(
      RankedSummarizer summarizer, List<Cluster> clusters, Budget budget, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<RougeInput>> futures = new ArrayList<>();
      for (Cluster cluster : clusters) {
        futures.add(
            pool.submit(
                () -> {
                  Summary summary = summarizer.summarize(cluster.story(), budget);
                  return new RougeInput(cluster.id(), summary.lines(), cluster.references());
                }));
      }
      List<RougeInput> inputs = new ArrayList<>();
      for (Future<RougeInput> future : futures) {
        inputs.add(future.get());
      }
      return inputs;
    } finally {
      pool.shutdownNow();
    }
  }

  private static double sentencesPerSecond(double[][] rows, ToDoubleFunction<double[]> model) {
    double sink = 0;
    for (int pass = 0; pass < 20; pass++) {
      for (double[] row : rows) {
        sink += model.applyAsDouble(row);
      }
    }
    long passes = 0;
    long start = System.nanoTime();
    while (System.nanoTime() - start < 2_000_000_000L) {
      for (double[] row : rows) {
        sink += model.applyAsDouble(row);
      }
      passes++;
    }
    double elapsed = seconds(start);
    if (sink == 42.4242) {
      log("(sink %f)", sink); // keeps the JIT from removing the loop
    }
    return passes * rows.length / elapsed;
  }

  /**
   * XGBoost's own scoring of the whole batch. In-place prediction on the raw array: {@code
   * predict(DMatrix)} would return a cached result for a matrix it has seen.
   */
  private static double batchSentencesPerSecond(Booster booster, double[][] rows)
      throws XGBoostError {
    int columns = SentenceFeatures.NAMES.size();
    float[] flat = new float[rows.length * columns];
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < columns; j++) {
        flat[i * columns + j] = (float) rows[i][j];
      }
    }
    for (int pass = 0; pass < 3; pass++) {
      booster.inplace_predict(flat, rows.length, columns, Float.NaN);
    }
    long passes = 0;
    long start = System.nanoTime();
    while (System.nanoTime() - start < 2_000_000_000L) {
      booster.inplace_predict(flat, rows.length, columns, Float.NaN);
      passes++;
    }
    return passes * rows.length / seconds(start);
  }

  /**
   * The paired bootstrap (Koehn, EMNLP 2004) of the mean per-cluster difference {@code model −
   * baseline} of one metric's measure: the mean and a 95% interval over 1,000 resamples of the
   * clusters, fixed seed.
   */
  static String pairedDifference(
      RougeReport model, RougeReport baseline, String metric, char measure) {
    Map<String, RougeScore> a = model.perCluster().get(metric);
    Map<String, RougeScore> b = baseline.perCluster().get(metric);
    double[] diff = new double[a.size()];
    int i = 0;
    int wins = 0;
    int losses = 0;
    for (Map.Entry<String, RougeScore> entry : a.entrySet()) {
      diff[i] = 100 * (entry.getValue().get(measure) - b.get(entry.getKey()).get(measure));
      wins += diff[i] > 0 ? 1 : 0;
      losses += diff[i] < 0 ? 1 : 0;
      i++;
    }
    Random random = new Random(20261124L);
    double[] means = new double[1000];
    for (int r = 0; r < means.length; r++) {
      double sum = 0;
      for (int k = 0; k < diff.length; k++) {
        sum += diff[random.nextInt(diff.length)];
      }
      means[r] = sum / diff.length;
    }
    Arrays.sort(means);
    return String.format(
        Locale.ROOT,
        "%+.2f (%+.2f to %+.2f), better on %d, worse on %d",
        Arrays.stream(diff).average().orElse(0),
        means[24],
        means[974],
        wins,
        losses);
  }

  static Stream<ClusterRecord> clusters(Path file, int limit) throws IOException {
    return new ClusterReader()
        .read(file)
        .filter(line -> line instanceof IngestResult.Ingested<ClusterRecord>)
        .map(line -> ((IngestResult.Ingested<ClusterRecord>) line).value())
        .filter(record -> !record.references().isEmpty())
        .limit(limit);
  }

  private static double[] widen(float[] row) {
    double[] x = new double[row.length];
    for (int j = 0; j < row.length; j++) {
      x[j] = row[j];
    }
    return x;
  }

  private static double sigmoid(double margin) {
    return 1.0 / (1.0 + Math.exp(-margin));
  }

  static String format(RougeAverage average, char measure) {
    return String.format(
        Locale.ROOT,
        "%.2f (%.2f-%.2f)",
        100 * average.average().get(measure),
        100 * average.lower().get(measure),
        100 * average.upper().get(measure));
  }

  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  static void log(String format, Object... args) {
    System.out.printf(Locale.ROOT, format + "%n", args);
    System.out.flush();
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got " + List.of(args));
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }

  static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing --" + name);
    }
    return value;
  }

  /**
   * An XGBoost tree ensemble scored in pure Java, read from XGBoost's JSON model format ({@code
   * Booster.toByteArray("json")}): per tree the arrays {@code left_children}, {@code
   * right_children} (-1 at a leaf), {@code split_indices}, {@code split_conditions} (the leaf value
   * at a leaf) and {@code default_left}; the margin is {@code base + Σ leaf}, where {@code base} is
   * the model's {@code base_score} (in log-odds for the logistic objective). A row goes left when
   * its value, as a float like XGBoost's, is below the threshold; NaN goes the default way.
   * Immutable and thread-safe; O(trees · depth) per row.
   */
  static final class TreeEnsemble {
    private final int[][] left;
    private final int[][] right;
    private final int[][] feature;
    private final float[][] value;
    private final boolean[][] defaultLeft;
    private final double base;
    private final boolean logistic;

    private TreeEnsemble(
        int[][] left,
        int[][] right,
        int[][] feature,
        float[][] value,
        boolean[][] defaultLeft,
        double base,
        boolean logistic) {
      this.left = left;
      this.right = right;
      this.feature = feature;
      this.value = value;
      this.defaultLeft = defaultLeft;
      this.base = base;
      this.logistic = logistic;
    }

    static TreeEnsemble fromXgboostJson(byte[] json) throws IOException {
      JsonNode learner = MAPPER.readTree(json).path("learner");
      String objective = learner.path("objective").path("name").asText();
      boolean logistic = objective.equals("binary:logistic");
      if (!logistic && !objective.equals("reg:squarederror")) {
        throw new IllegalArgumentException("unsupported objective " + objective);
      }
      double baseScore =
          Double.parseDouble(learner.path("learner_model_param").path("base_score").asText());
      double base = logistic ? Math.log(baseScore / (1 - baseScore)) : baseScore;
      JsonNode trees = learner.path("gradient_booster").path("model").path("trees");
      int n = trees.size();
      int[][] left = new int[n][];
      int[][] right = new int[n][];
      int[][] feature = new int[n][];
      float[][] value = new float[n][];
      boolean[][] defaultLeft = new boolean[n][];
      for (int t = 0; t < n; t++) {
        JsonNode tree = trees.get(t);
        left[t] = ints(tree.path("left_children"));
        right[t] = ints(tree.path("right_children"));
        feature[t] = ints(tree.path("split_indices"));
        JsonNode conditions = tree.path("split_conditions");
        value[t] = new float[conditions.size()];
        for (int k = 0; k < value[t].length; k++) {
          value[t][k] = (float) conditions.get(k).asDouble();
        }
        int[] defaults = ints(tree.path("default_left"));
        defaultLeft[t] = new boolean[defaults.length];
        for (int k = 0; k < defaults.length; k++) {
          defaultLeft[t][k] = defaults[k] != 0;
        }
      }
      return new TreeEnsemble(left, right, feature, value, defaultLeft, base, logistic);
    }

    private static int[] ints(JsonNode array) {
      int[] out = new int[array.size()];
      for (int k = 0; k < out.length; k++) {
        JsonNode item = array.get(k);
        out[k] = item.isBoolean() ? (item.asBoolean() ? 1 : 0) : item.asInt();
      }
      return out;
    }

    int size() {
      return left.length;
    }

    double margin(double[] x) {
      double sum = base;
      for (int t = 0; t < left.length; t++) {
        int[] l = left[t];
        int node = 0;
        while (l[node] >= 0) {
          float v = (float) x[feature[t][node]];
          if (Float.isNaN(v)) {
            node = defaultLeft[t][node] ? l[node] : right[t][node];
          } else {
            node = v < value[t][node] ? l[node] : right[t][node];
          }
        }
        sum += value[t][node];
      }
      return sum;
    }

    /** The relevance used by the selection: the probability, or the regression's prediction. */
    double probability(double[] x) {
      double m = margin(x);
      return logistic ? sigmoid(m) : m;
    }
  }
}
