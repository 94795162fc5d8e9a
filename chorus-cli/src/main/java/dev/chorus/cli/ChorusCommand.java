package dev.chorus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code chorus} command: a picocli tree of subcommands.
 *
 * <p>Exit codes, for every subcommand: 0 ok, 1 internal error, 2 bad usage or bad input
 * (including "some input was skipped").
 */
@Command(
    name = "chorus",
    mixinStandardHelpOptions = true,
    version = "chorus 0.1.0",
    description = "Faithful, attributed summaries of news stories told by many outlets.",
    subcommands = {
      SummarizeCommand.class,
      MethodsCommand.class,
      RougeCommand.class,
      EvalCommand.class,
      ExtractCommand.class,
      TrainCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ChorusCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Exit code: success. */
  static final int OK = 0;
  /** Exit code: a bug or an environment failure. */
  static final int INTERNAL_ERROR = 1;
  /** Exit code: bad usage, bad input, or input that was skipped. */
  static final int BAD_INPUT = 2;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /** A command line with Chorus's exit codes. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new ChorusCommand());
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof IllegalArgumentException) {
            // A caller mistake found after parsing (an unknown method name, say): bad usage.
            commandLine.getErr().println("chorus: " + ex.getMessage());
            return BAD_INPUT;
          }
          commandLine.getErr().println("chorus: internal error: " + ex);
          ex.printStackTrace(commandLine.getErr());
          return INTERNAL_ERROR;
        });
    return cli;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
