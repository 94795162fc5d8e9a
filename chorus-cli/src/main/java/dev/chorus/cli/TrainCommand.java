package dev.chorus.cli;

import dev.chorus.eval.EvalPreset;
import dev.chorus.eval.OracleSelector;
import dev.chorus.ingest.ClusterReader;
import dev.chorus.ingest.ClusterRecord;
import dev.chorus.ingest.IngestResult;
import dev.chorus.learn.RankerTrainer;
import dev.chorus.model.Budget;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.rouge.RougeResources;
import dev.chorus.select.LinearRanker;
import dev.chorus.text.OpenNlpSentenceSplitter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chorus train}: trains the sentence ranker of the {@code ranked} method on benchmark
 * clusters with reference summaries (see {@link RankerTrainer}) and writes it as JSON.
 *
 * <p>The shipped model, {@code chorus-core/src/main/resources/dev/chorus/select/ranker.json}, is
 * the output of the command in docs/ranker.md; training is deterministic, so that command
 * reproduces it byte for byte. Exit codes as every command: 0 OK, 1 internal error, 2 bad usage or
 * input (lines skipped included). Not thread-safe (picocli fills the fields).
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train the sentence ranker of the 'ranked' method: label each cluster's sentences with the",
      "ROUGE oracle's picks, compute their features and fit a logistic regression.",
      "Try the result with CHORUS_JAVA_OPTS=-Dchorus.ranker=FILE ./chorus eval --method ranked ..."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:model written", "1:internal error", "2:bad usage or bad input"})
public final class TrainCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private BudgetOptions budgetOptions;

  @Option(
      names = "--clusters",
      required = true,
      paramLabel = "FILE",
      description = "A JSONL(.gz) file of clusters with reference summaries.")
  private Path clusters;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Model file.")
  private Path out;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Train on the first N usable clusters only (default: all).")
  private Integer limit;

  @Option(
      names = "--l2",
      paramLabel = "LAMBDA",
      description = "L2 penalty on the standardized weights (default: ${DEFAULT-VALUE}).")
  private double l2 = 1.0;

  @Option(
      names = "--preset",
      paramLabel = "NAME",
      description = "The ROUGE flags and budget of the oracle labels; default: from the file name.")
  private String preset;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: number of cores).")
  private Integer threads;

  @Option(
      names = "--rouge-data",
      paramLabel = "DIR",
      description =
          "Folder with the ROUGE word lists (default: $CHORUS_ROUGE_DATA, else"
              + " ../shared/rouge-data).")
  private Path rougeData;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    EvalPreset chosen;
    RougeResources resources;
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    try {
      if (!Files.isRegularFile(clusters)) {
        throw new IllegalArgumentException("cluster file not found: " + clusters);
      }
      if (limit != null && limit < 1) {
        throw new IllegalArgumentException("--limit must be >= 1, was " + limit);
      }
      if (workers < 1) {
        throw new IllegalArgumentException("--threads must be >= 1, was " + workers);
      }
      chosen = EvalCommand.preset(preset, clusters);
      resources = RougeResources.load(
          rougeData != null ? rougeData : RougeResources.defaultDirectory());
    } catch (IllegalArgumentException | IOException e) {
      err.println("train: " + e.getMessage());
      err.flush();
      return ChorusCommand.BAD_INPUT;
    }
    Budget budget = budgetOptions.budget(chosen.budget().limit());
    RankerTrainer trainer =
        new RankerTrainer(
            Pipeline.english(),
            new OpenNlpSentenceSplitter(),
            OracleSelector.of(chosen, resources),
            budget,
            workers);
    long startNanos = System.nanoTime();
    Progress progress = Progress.create(clusters, err, startNanos);
    AtomicInteger skipped = new AtomicInteger();
    RankerTrainer.Examples examples;
    try (Stream<IngestResult<ClusterRecord>> lines = new ClusterReader().read(clusters)) {
      Stream<ClusterRecord> records =
          lines
              .filter(
                  line -> {
                    if (line instanceof IngestResult.Rejected<ClusterRecord> rejected) {
                      err.println("train: skipped " + rejected);
                      skipped.incrementAndGet();
                      return false;
                    }
                    return true;
                  })
              .map(line -> ((IngestResult.Ingested<ClusterRecord>) line).value())
              .filter(record -> !record.references().isEmpty());
      if (limit != null) {
        records = records.limit(limit);
      }
      examples = trainer.collect(records, progress::tick);
    } catch (IOException | UncheckedIOException e) {
      err.println("train: " + e.getMessage());
      err.flush();
      return ChorusCommand.BAD_INPUT;
    }
    progress.finish();
    if (examples.positives() == 0 || examples.positives() == examples.targets().length) {
      err.println("train: need clusters whose oracle picks some sentences but not all");
      err.flush();
      return ChorusCommand.BAD_INPUT;
    }
    Map<String, String> provenance = new LinkedHashMap<>();
    provenance.put("data", String.valueOf(clusters.getFileName()));
    provenance.put("preset", chosen.id());
    provenance.put("budget", budget.toString());
    provenance.put("limit", limit == null ? "all" : Integer.toString(limit));
    LinearRanker model = RankerTrainer.fit(examples, l2, provenance);
    try {
      AtomicFiles.write(out, stream -> stream.write(model.toJson()));
    } catch (IOException e) {
      err.println("train: cannot write " + out + ": " + e.getMessage());
      err.flush();
      return ChorusCommand.INTERNAL_ERROR;
    }
    PrintWriter stdout = spec.commandLine().getOut();
    for (int j = 0; j < model.features().size(); j++) {
      stdout.printf(Locale.ROOT, "%-26s %+8.4f%n", model.features().get(j), model.weights()[j]);
    }
    stdout.printf(Locale.ROOT, "%-26s %+8.4f%n", "(bias)", model.bias());
    stdout.flush();
    err.printf(
        Locale.ROOT,
        "train: %d clusters, %d examples (%d positive), %d skipped, log loss %s, wall time %.1f s%n",
        examples.clusters(),
        examples.targets().length,
        examples.positives(),
        skipped.get() + examples.skipped(),
        model.provenance().get("log_loss"),
        (System.nanoTime() - startNanos) / 1e9);
    err.flush();
    return skipped.get() == 0 ? ChorusCommand.OK : ChorusCommand.BAD_INPUT;
  }
}
