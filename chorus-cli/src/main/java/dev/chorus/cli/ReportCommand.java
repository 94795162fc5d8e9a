package dev.chorus.cli;

import dev.chorus.attribute.Attributor;
import dev.chorus.attribute.Outlets;
import dev.chorus.compare.StoryComparer;
import dev.chorus.embed.HashedTermEncoder;
import dev.chorus.embed.onnx.EmbeddingModel;
import dev.chorus.embed.onnx.OnnxSentenceEncoder;
import dev.chorus.model.Article;
import dev.chorus.model.Budget;
import dev.chorus.model.Story;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.report.ReportFormat;
import dev.chorus.report.StoryReport;
import dev.chorus.report.StoryReporter;
import dev.chorus.select.Summarizers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chorus report}: who says what in one story. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Report on the story made of all given files and directories: the summary with the outlets",
      "behind every sentence, a coverage table, what single outlets alone report, where outlets",
      "disagree, and key quotes."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all input read",
      "1:internal error",
      "2:bad usage or bad input (some input was skipped)"
    })
public final class ReportCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin BudgetOptions budgetOptions;

  @Option(
      names = "--method",
      paramLabel = "NAME",
      description = "Summarizer (default: ${DEFAULT-VALUE}); see summarize --help.",
      defaultValue = Summarizers.DEFAULT)
  String method;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "markdown, html or json (default: ${DEFAULT-VALUE}).",
      defaultValue = "markdown")
  String format;

  @Option(
      names = "--sources",
      paramLabel = "FILE",
      description =
          "Outlet names: lines 'FILE-OR-DOCUMENT<TAB>OUTLET' ('#' comments). Without it, outlets"
              + " come from the articles' metadata (site name, URL domain), else the file name.")
  Path sources;

  @Option(names = "--no-clean", description = "Do not clean the input (see summarize --help).")
  boolean noClean;

  @Option(
      names = "--paraphrase",
      paramLabel = "ENCODER",
      description =
          "How paraphrases are recognised: minilm (sentence embeddings, more precise) or lexical"
              + " (hashed terms, no model to load) (default: ${DEFAULT-VALUE}).",
      defaultValue = "minilm")
  String paraphrase;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or directories.")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() {
    ReportFormat reportFormat;
    try {
      reportFormat = ReportFormat.byName(format);
    } catch (IllegalArgumentException e) {
      throw usage("--format: " + e.getMessage());
    }
    Function<Article, String> outlets = Outlets::of;
    if (sources != null) {
      try {
        Map<String, String> names = Outlets.read(sources);
        outlets = Outlets.with(names);
      } catch (IOException e) {
        spec.commandLine().getErr().println("chorus: " + e.getMessage());
        return ChorusCommand.BAD_INPUT;
      }
    }
    Budget budget = budgetOptions.budget(BudgetOptions.DEFAULT_WORDS);
    StoryFiles input = StoryFiles.load(paths, spec.commandLine().getErr());
    if (input.story() == null) {
      return ChorusCommand.BAD_INPUT;
    }
    Story story = input.story();
    Pipeline pipeline = noClean ? Pipeline.english().withoutCleaning() : Pipeline.english();
    StoryReport report;
    String encoder = paraphrase.strip().toLowerCase(java.util.Locale.ROOT);
    if (encoder.equals("lexical")) {
      Attributor attributor =
          new Attributor(new HashedTermEncoder(), Attributor.LEXICAL_THRESHOLD, outlets);
      report = report(story, pipeline, budget, attributor, outlets);
    } else if (encoder.equals("minilm")) {
      try (OnnxSentenceEncoder minilm = OnnxSentenceEncoder.open(EmbeddingModel.ALL_MINILM_L6_V2_Q)) {
        Attributor attributor = new Attributor(minilm, Attributor.MINILM_THRESHOLD, outlets);
        report = report(story, pipeline, budget, attributor, outlets);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the MiniLM model: " + e.getMessage(), e);
      }
    } else {
      throw usage("--paraphrase must be minilm or lexical, was '" + paraphrase + "'");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(reportFormat.render(report));
    out.flush();
    return input.exitCode();
  }

  private StoryReport report(
      Story story,
      Pipeline pipeline,
      Budget budget,
      Attributor attributor,
      Function<Article, String> outlets) {
    StoryReporter reporter =
        new StoryReporter(Summarizers.byName(method), attributor, new StoryComparer(), outlets);
    return reporter.report(pipeline.analyze(story), budget);
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
