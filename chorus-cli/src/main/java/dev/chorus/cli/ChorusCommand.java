package dev.chorus.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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
    description = "Faithful, attributed summaries of news stories told by many outlets.")
public final class ChorusCommand implements Runnable {

  /** The subcommands by name, in the order help lists them. */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

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

  /** A command line with every subcommand and Chorus's exit codes. */
  public static CommandLine commandLine() {
    return commandLine(SUBCOMMANDS.keySet());
  }

  /**
   * The command line to run {@code args} with: when they start with the name of a subcommand
   * other than {@code help}, a tree with that subcommand only, which parses and runs them exactly
   * as the whole tree would; else the whole tree. Building picocli's model of every subcommand
   * took about 0.2 s, a sixth of a small batch's run (issue #5); the one that runs is enough.
   */
  static CommandLine commandLine(String[] args) {
    if (args.length > 0 && SUBCOMMANDS.containsKey(args[0]) && !"help".equals(args[0])) {
      return commandLine(Set.of(args[0]));
    }
    return commandLine();
  }

  private static CommandLine commandLine(Set<String> names) {
    CommandLine cli = new CommandLine(new ChorusCommand());
    SUBCOMMANDS.forEach(
        (name, command) -> {
          if (names.contains(name)) {
            cli.addSubcommand(name, command.get());
          }
        });
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
    System.exit(commandLine(args).execute(args));
  }

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("summarize", SummarizeCommand::new);
    commands.put("methods", MethodsCommand::new);
    commands.put("rouge", RougeCommand::new);
    commands.put("eval", EvalCommand::new);
    commands.put("extract", ExtractCommand::new);
    commands.put("train", TrainCommand::new);
    commands.put("report", ReportCommand::new);
    commands.put("cluster", ClusterCommand::new);
    commands.put("eval-cluster", EvalClusterCommand::new);
    commands.put("digest", DigestCommand::new);
    commands.put("help", CommandLine.HelpCommand::new);
    return Collections.unmodifiableMap(commands); // keeps the help order
  }
}
