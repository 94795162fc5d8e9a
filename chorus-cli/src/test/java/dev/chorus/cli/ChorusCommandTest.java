package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ChorusCommandTest {

  // #5: main builds only the subcommand it runs; that must not change any output or exit code.
  @Test
  void the_tree_of_one_subcommand_behaves_as_the_whole_tree() {
    List<String[]> argLists =
        List.of(
            new String[] {"summarize", "--help"},
            new String[] {"summarize", "--bogus"},
            new String[] {"summarize"},
            new String[] {"summarize", "--words", "0", "x.txt"},
            new String[] {"methods"},
            new String[] {"methods", "--help"},
            new String[] {"rouge", "--help"},
            new String[] {"eval", "--help"},
            new String[] {"extract", "--help"},
            new String[] {"train", "--help"},
            new String[] {"help", "summarize"},
            new String[] {"summ"},
            new String[] {"--help"},
            new String[] {});
    for (String[] args : argLists) {
      String[] whole = run(ChorusCommand.commandLine(), args);
      String[] lazy = run(ChorusCommand.commandLine(args), args);
      assertThat(lazy).as(String.join(" ", args)).containsExactly(whole);
    }
  }

  @Test
  void only_the_named_subcommand_is_built() {
    assertThat(ChorusCommand.commandLine(new String[] {"methods"}).getSubcommands())
        .containsOnlyKeys("methods");
    assertThat(ChorusCommand.commandLine(new String[] {"help", "methods"}).getSubcommands())
        .containsKeys(
            "summarize", "methods", "rouge", "eval", "extract", "train", "report", "cluster", "eval-cluster",
            "help");
    assertThat(ChorusCommand.commandLine(new String[] {"--help"}).getSubcommands()).hasSize(11);
  }

  private static String[] run(CommandLine cli, String[] args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }
}
