package dev.chorus.cli;

import dev.chorus.clean.CleanedStory;
import dev.chorus.format.SummaryFormat;
import dev.chorus.model.Budget;
import dev.chorus.model.Story;
import dev.chorus.model.Summary;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.select.Summarizer;
import dev.chorus.select.Summarizers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chorus summarize}: one story from files and directories, or every cluster of a JSONL
 * file.
 */
@Command(
    name = "summarize",
    mixinStandardHelpOptions = true,
    description = {
      "Summarize the story made of all given files and directories (.txt, .html,",
      ".json), or, with --clusters, every cluster of a JSONL(.gz) file into",
      "--out DIR/<id>.txt."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all input summarized",
      "1:internal error",
      "2:bad usage or bad input (some input was skipped)"
    })
public final class SummarizeCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin BudgetOptions budgetOptions;

  @Option(
      names = "--method",
      paramLabel = "NAME",
      description = "Summarizer: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      completionCandidates = MethodNames.class,
      defaultValue = Summarizers.DEFAULT)
  String method;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output for a single story: text, markdown or json (default: ${DEFAULT-VALUE}).",
      defaultValue = "text")
  String format;

  @Option(
      names = "--clusters",
      paramLabel = "FILE",
      description = "A JSONL(.gz) file of clusters; summarize each one into --out.")
  Path clusters;

  @Option(names = "--out", paramLabel = "DIR", description = "Output directory for --clusters.")
  Path out;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads for --clusters (default: number of cores).")
  Integer threads;

  @Option(
      names = "--no-clean",
      description =
          "Do not clean the input: keep page furniture (tweets, captions, share bars, ...) and"
              + " off-topic documents.")
  boolean noClean;

  @Option(
      names = "--explain-cleaning",
      description =
          "List every dropped line, phrase, sentence and document with the rule that fired, on"
              + " stderr (tab-separated; with --clusters in input order).")
  boolean explainCleaning;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Article files or directories.")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    Summarizer summarizer = Summarizers.byName(method);
    Budget budget = budgetOptions.budget(BudgetOptions.DEFAULT_WORDS);
    if (noClean && explainCleaning) {
      throw usage("--explain-cleaning has nothing to explain with --no-clean");
    }
    Pipeline pipeline = noClean ? Pipeline.english().withoutCleaning() : Pipeline.english();
    if (clusters != null) {
      if (!paths.isEmpty()) {
        throw usage("give either PATH... or --clusters FILE, not both");
      }
      if (out == null) {
        throw usage("--clusters needs --out DIR");
      }
      int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      if (workers < 1) {
        throw usage("--threads must be >= 1, was " + workers);
      }
      ClusterBatch batch =
          new ClusterBatch(
              pipeline, summarizer, budget, workers, spec.commandLine().getErr(), explainCleaning);
      return batch.run(clusters, out);
    }
    if (paths.isEmpty()) {
      throw usage("give at least one PATH, or --clusters FILE --out DIR");
    }
    SummaryFormat summaryFormat = parseFormat(format);
    return summarizeOneStory(pipeline, summarizer, budget, summaryFormat);
  }

  private int summarizeOneStory(
      Pipeline pipeline, Summarizer summarizer, Budget budget, SummaryFormat summaryFormat) {
    PrintWriter err = spec.commandLine().getErr();
    StoryFiles input = StoryFiles.load(paths, err);
    if (input.story() == null) {
      return ChorusCommand.BAD_INPUT;
    }
    Story story = input.story();
    CleanedStory prepared = pipeline.prepare(story);
    Summary summary = pipeline.summarize(prepared, budget, summarizer);
    PrintWriter outWriter = spec.commandLine().getOut();
    outWriter.print(summaryFormat.render(summary, story));
    outWriter.flush();
    if (explainCleaning) {
      err.print(prepared.report().explain());
      err.flush();
    }
    return input.exitCode();
  }

  private SummaryFormat parseFormat(String name) {
    for (SummaryFormat candidate : SummaryFormat.values()) {
      if (candidate.name().equalsIgnoreCase(name)) {
        return candidate;
      }
    }
    throw usage("--format must be text, markdown or json, was '" + name + "'");
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** Method names for the help text. */
  static final class MethodNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Summarizers.names().iterator();
    }
  }
}
