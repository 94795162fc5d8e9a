package dev.chorus.bench;

import static dev.chorus.bench.GbdtRankerExperiment.analyze;
import static dev.chorus.bench.GbdtRankerExperiment.clusters;
import static dev.chorus.bench.GbdtRankerExperiment.format;
import static dev.chorus.bench.GbdtRankerExperiment.log;
import static dev.chorus.bench.GbdtRankerExperiment.options;
import static dev.chorus.bench.GbdtRankerExperiment.pairedDifference;
import static dev.chorus.bench.GbdtRankerExperiment.required;
import static dev.chorus.bench.GbdtRankerExperiment.seconds;
import static dev.chorus.bench.GbdtRankerExperiment.summarize;

import dev.chorus.bench.GbdtRankerExperiment.Cluster;
import dev.chorus.eval.EvalPreset;
import dev.chorus.eval.OracleSelector;
import dev.chorus.ingest.ClusterRecord;
import dev.chorus.learn.RankerTrainer;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.rouge.ResampleSource;
import dev.chorus.rouge.RougeReport;
import dev.chorus.rouge.RougeResources;
import dev.chorus.rouge.RougeScorer;
import dev.chorus.select.LinearRanker;
import dev.chorus.select.RankedSummarizer;
import dev.chorus.select.SentenceFeatures;
import dev.chorus.text.OpenNlpSentenceSplitter;
import dev.chorus.text.SentenceSplitter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What each feature group of the sentence ranker adds on Multi-News, where {@code auto} uses it:
 * the linear model is refitted with one group's columns held at 0 (a constant column gets weight
 * 0, so the model does without it), and every model summarizes the same validation clusters with
 * {@code ranked}'s selection; ROUGE with the Multi-News preset, paired bootstrap against the model
 * with all features. Not part of the build's tests: run by hand (docs/ranker.md).
 *
 * <pre>
 * java -cp CP dev.chorus.bench.RankerAblation --train FILE --val FILE --rouge-data DIR \
 *     [--train-clusters 5000] [--val-clusters 100000] [--threads 2]
 * </pre>
 */
public final class RankerAblation {

  /** The groups of docs/ranker.md, by feature name. */
  private static final Map<String, Predicate<String>> GROUPS = groups();

  private RankerAblation() {}

  private static Map<String, Predicate<String>> groups() {
    Map<String, Predicate<String>> groups = new LinkedHashMap<>();
    groups.put(
        "position",
        f -> f.startsWith("position=") || f.equals("relative_position")
            || f.equals("first_of_article"));
    groups.put("length", f -> f.startsWith("words>=") || f.equals("log_words"));
    groups.put(
        "centrality",
        f -> List.of("centroid", "centroid_rank", "other_articles_centroid", "term_probability")
            .contains(f));
    groups.put(
        "article",
        f -> List.of("article_centrality", "log_article_candidates", "wire_article").contains(f));
    groups.put("support", f -> List.of("term_support", "pair_support", "reprints").contains(f));
    groups.put(
        "surface",
        f -> List.of("numbers", "has_quote", "starts_with_quote", "says", "first_person",
                "question", "context_opener", "parenthesis", "web", "content_ratio")
            .contains(f));
    return groups;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    Path train = Path.of(required(options, "train"));
    Path val = Path.of(required(options, "val"));
    RougeResources resources = RougeResources.load(Path.of(required(options, "rouge-data")));
    int trainClusters = Integer.parseInt(options.getOrDefault("train-clusters", "5000"));
    int valClusters = Integer.parseInt(options.getOrDefault("val-clusters", "100000"));
    int threads = Integer.parseInt(options.getOrDefault("threads", "2"));
    EvalPreset preset = EvalPreset.MULTINEWS;
    Pipeline pipeline = Pipeline.english();
    SentenceSplitter splitter = new OpenNlpSentenceSplitter();
    RankerTrainer trainer =
        new RankerTrainer(
            pipeline, splitter, OracleSelector.of(preset, resources), preset.budget(), threads);

    long start = System.nanoTime();
    RankerTrainer.Examples examples;
    try (Stream<ClusterRecord> records = clusters(train, trainClusters)) {
      examples = trainer.collect(records, done -> {});
    }
    List<Cluster> clusters = analyze(val, valClusters, pipeline, splitter, threads);
    log(
        "%d train examples (%d clusters), %d val clusters, in %.1f s",
        examples.targets().length, examples.clusters(), clusters.size(), seconds(start));

    RougeScorer scorer = new RougeScorer(preset.options(), resources);
    RougeReport all = null;
    Map<String, Predicate<String>> variants = new LinkedHashMap<>();
    variants.put("all features", f -> false);
    variants.putAll(GROUPS);
    for (Map.Entry<String, Predicate<String>> variant : variants.entrySet()) {
      LinearRanker model =
          RankerTrainer.fit(without(examples, variant.getValue()), 1.0, Map.of());
      RougeReport report =
          scorer.scoreAll(
              summarize(
                  new RankedSummarizer(model, RankedSummarizer.DEFAULT_REDUNDANCY),
                  clusters,
                  preset.budget(),
                  threads),
              ResampleSource.rouge155());
      String name = all == null ? variant.getKey() : "without " + variant.getKey();
      log(
          "%-20s R-1 %s  R-2 %s",
          name,
          format(report.averages().get("ROUGE-1"), preset.measure()),
          format(report.averages().get("ROUGE-2"), preset.measure()));
      if (all == null) {
        all = report;
      } else {
        log("  R-1 − all: %s", pairedDifference(report, all, "ROUGE-1", preset.measure()));
        log("  R-2 − all: %s", pairedDifference(report, all, "ROUGE-2", preset.measure()));
      }
    }
  }

  /** {@code examples} with the columns of the features {@code drop} accepts held at 0. */
  private static RankerTrainer.Examples without(
      RankerTrainer.Examples examples, Predicate<String> drop) {
    List<String> names = SentenceFeatures.NAMES;
    float[][] rows = new float[examples.rows().length][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = examples.rows()[i].clone();
      for (int j = 0; j < names.size(); j++) {
        if (drop.test(names.get(j))) {
          rows[i][j] = 0f;
        }
      }
    }
    return new RankerTrainer.Examples(
        rows, examples.targets(), examples.clusters(), examples.skipped());
  }
}
