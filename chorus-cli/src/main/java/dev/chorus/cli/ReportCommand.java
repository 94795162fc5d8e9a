package dev.chorus.cli;

import dev.chorus.model.Article;
import dev.chorus.model.Budget;
import dev.chorus.model.Story;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.report.ReportFormat;
import dev.chorus.report.StoryReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chorus report}: who says what in one story. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Report on the story made of all given files and directories: the summary with",
      "the outlets behind every sentence, a coverage table, what single outlets alone",
      "report, where outlets disagree, and key quotes."
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

  @Mixin ReportOptions options;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or directories.")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() {
    ReportFormat reportFormat = options.reportFormat(spec);
    Function<Article, String> outlets;
    try {
      outlets = options.outlets();
    } catch (IOException e) {
      spec.commandLine().getErr().println("chorus: " + e.getMessage());
      return ChorusCommand.BAD_INPUT;
    }
    Budget budget = budgetOptions.budget(BudgetOptions.DEFAULT_WORDS);
    StoryFiles input = StoryFiles.load(paths, spec.commandLine().getErr());
    if (input.story() == null) {
      return ChorusCommand.BAD_INPUT;
    }
    Story story = input.story();
    Pipeline pipeline = options.pipeline();
    StoryReport report =
        options.withReporter(
            spec, outlets, reporter -> reporter.report(pipeline.analyze(story), budget));
    PrintWriter out = spec.commandLine().getOut();
    out.print(reportFormat.render(report));
    out.flush();
    return input.exitCode();
  }
}
