package dev.chorus.cli;

import dev.chorus.eval.EvalPreset;
import dev.chorus.eval.EvalResult;
import dev.chorus.eval.Evaluator;
import dev.chorus.ingest.ClusterReader;
import dev.chorus.ingest.ClusterRecord;
import dev.chorus.ingest.IngestResult;
import dev.chorus.model.Budget;
import dev.chorus.rouge.RougeResources;
import dev.chorus.select.Summarizers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chorus eval}: summarizes every cluster of a benchmark file with one method ({@code
 * --method}) or several ({@code --compare}) and scores them with ROUGE as ROUGE-1.5.5 would, with
 * the flags, budget and measure of a preset ({@link EvalPreset}).
 *
 * <p>Prints a table of ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-SU (when computed) with 95% confidence
 * intervals; with {@code --out DIR} also writes {@code results.md}, {@code results.json}, {@code
 * per-cluster.csv} and {@code chart.png} there (each via a temporary file). The preset is {@code
 * --preset}, else inferred from the file name ({@code duc2004}, {@code multinews}); the budget
 * options override its budget. The method {@code oracle} is the greedy ROUGE oracle.
 *
 * <p>Exit codes: 0 OK; 1 internal error (a method failing, an output that cannot be written); 2 bad
 * usage or input (unknown method or preset, missing file or ROUGE data, no cluster, and lines or
 * clusters skipped: unreadable, or without reference summaries; the others are still scored).
 * Results go to standard output, diagnostics and progress to standard error. Not thread-safe
 * (picocli fills the fields).
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Summarize every cluster of a benchmark file and score the summaries with ROUGE",
      "(ROUGE-1.5.5-exact), with a preset's flags, budget and reported measure.",
      "--words, --sentences and --bytes replace the preset's budget (100 or 300 words)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all clusters evaluated",
      "1:internal error",
      "2:bad usage or bad input (some input was skipped)"
    })
public final class EvalCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private BudgetOptions budgetOptions;

  @Option(
      names = "--clusters",
      required = true,
      paramLabel = "FILE",
      description = "A JSONL(.gz) file of clusters with reference summaries.")
  private Path clusters;

  @Option(
      names = "--method",
      paramLabel = "NAME",
      description =
          "Method to evaluate: a summarizer or oracle (default: " + Summarizers.DEFAULT + ").")
  private String method;

  @Option(
      names = "--compare",
      paramLabel = "METHOD",
      split = ",",
      description = "Evaluate several methods on the same clusters, in this order.")
  private List<String> compare;

  @Option(
      names = "--preset",
      paramLabel = "NAME",
      description =
          "duc2004 (-n 4 -m -l 100 -f A -p 0.5, recall, 100 words) or multinews"
              + " (-n 2 -2 4 -u -m, F, 300 words); default: from the file name.")
  private String preset;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Write results.md, results.json, per-cluster.csv and chart.png here.")
  private Path out;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads for summarizing (default: number of cores).")
  private Integer threads;

  @Option(names = "--limit", paramLabel = "N", description = "Evaluate the first N clusters only.")
  private Integer limit;

  @Option(
      names = "--rouge-data",
      paramLabel = "DIR",
      description =
          "Folder with the ROUGE word lists (default: $CHORUS_ROUGE_DATA, else"
              + " ../shared/rouge-data).")
  private Path rougeData;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Setup setup;
    try {
      setup = setup();
    } catch (IllegalArgumentException e) {
      err.println("eval: " + e.getMessage());
      err.flush();
      return ChorusCommand.BAD_INPUT;
    }
    long startNanos = System.nanoTime();
    Progress progress = Progress.create(clusters, err, startNanos);
    AtomicInteger skipped = new AtomicInteger();
    EvalResult result;
    try (Stream<IngestResult<ClusterRecord>> lines = new ClusterReader().read(clusters)) {
      Stream<ClusterRecord> records =
          lines
              .filter(line -> usable(line, err, skipped))
              .map(line -> ((IngestResult.Ingested<ClusterRecord>) line).value());
      if (limit != null) {
        records = records.limit(limit);
      }
      Evaluator evaluator = Evaluator.english(setup.resources(), setup.threads());
      result =
          evaluator.evaluate(
              records, setup.methods(), setup.preset(), setup.budget(), progress::tick);
    } catch (IOException | UncheckedIOException e) {
      report(err, e.getMessage());
      return ChorusCommand.BAD_INPUT;
    } catch (IllegalArgumentException e) {
      // No cluster left, say, or a repeated cluster id.
      report(err, e.getMessage());
      return ChorusCommand.BAD_INPUT;
    }
    progress.finish();
    String source = String.valueOf(clusters.getFileName());
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(EvalReport.table(result, source));
    stdout.flush();
    if (out != null) {
      try {
        Files.createDirectories(out);
        AtomicFiles.writeString(out.resolve("results.md"), EvalReport.markdown(result, source));
        EvalReport.writeJson(result, out.resolve("results.json"));
        EvalReport.writeCsv(result, out.resolve("per-cluster.csv"));
        EvalChart.writePng(result, source, out.resolve("chart.png"));
      } catch (IOException e) {
        report(err, "cannot write results to " + out + ": " + e);
        return ChorusCommand.INTERNAL_ERROR;
      }
    }
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    err.printf(
        Locale.ROOT,
        "eval: %d clusters, %d methods, %d skipped, wall time %.1f s%n",
        result.clusters(),
        result.methods().size(),
        skipped.get(),
        seconds);
    err.flush();
    return skipped.get() == 0 ? ChorusCommand.OK : ChorusCommand.BAD_INPUT;
  }

  /** The checked options. */
  private record Setup(
      List<String> methods,
      EvalPreset preset,
      Budget budget,
      int threads,
      RougeResources resources) {}

  /** Checks the options; IAE with a message for the user on bad usage or missing input. */
  private Setup setup() {
    if (method != null && compare != null) {
      throw new IllegalArgumentException("give --method or --compare, not both");
    }
    List<String> methods =
        Evaluator.checkMethods(
            compare != null ? compare : List.of(method != null ? method : Summarizers.DEFAULT));
    if (!Files.isRegularFile(clusters)) {
      throw new IllegalArgumentException("cluster file not found: " + clusters);
    }
    EvalPreset chosen = preset(preset, clusters);
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new IllegalArgumentException("--threads must be >= 1, was " + workers);
    }
    if (limit != null && limit < 1) {
      throw new IllegalArgumentException("--limit must be >= 1, was " + limit);
    }
    Path dataDir = rougeData != null ? rougeData : RougeResources.defaultDirectory();
    RougeResources resources;
    try {
      resources = RougeResources.load(dataDir);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          e.getMessage() + " (stemming needs the ROUGE word lists: give --rouge-data DIR)");
    }
    Budget budget = budgetOptions.budget(chosen.budget().limit());
    return new Setup(methods, chosen, budget, workers, resources);
  }

  /**
   * The preset named by {@code --preset}, else the one the cluster file's name implies.
   *
   * @throws IllegalArgumentException for an unknown name, or a file name that implies none
   */
  static EvalPreset preset(String name, Path clusters) {
    if (name != null) {
      return EvalPreset.byName(name);
    }
    Optional<EvalPreset> inferred = EvalPreset.inferFrom(clusters);
    return inferred.orElseThrow(
        () ->
            new IllegalArgumentException(
                "cannot tell the preset from the file name "
                    + clusters.getFileName()
                    + "; give --preset "
                    + EvalPreset.names().replace(", ", "|")));
  }

  /** Whether a line can be evaluated; reports and counts it when not. */
  private static boolean usable(
      IngestResult<ClusterRecord> line, PrintWriter err, AtomicInteger skipped) {
    if (line instanceof IngestResult.Rejected<ClusterRecord> rejected) {
      report(err, "skipped " + rejected);
      skipped.incrementAndGet();
      return false;
    }
    ClusterRecord record = ((IngestResult.Ingested<ClusterRecord>) line).value();
    if (record.references().isEmpty()) {
      report(
          err,
          "skipped "
              + line.source()
              + " (cluster "
              + record.story().id()
              + "): no reference summary");
      skipped.incrementAndGet();
      return false;
    }
    return true;
  }

  private static void report(PrintWriter err, String message) {
    synchronized (err) {
      err.println("eval: " + message);
      err.flush();
    }
  }
}
