package dev.chorus.cli;

import dev.chorus.select.Summarizers;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code chorus methods}: the summarizer names, one per line. */
@Command(
    name = "methods",
    mixinStandardHelpOptions = true,
    description = "List the summarization methods, one per line (for scripts).")
public final class MethodsCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Summarizers.names().forEach(out::println);
    out.flush();
    return ChorusCommand.OK;
  }
}
