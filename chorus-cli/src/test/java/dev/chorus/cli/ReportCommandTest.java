package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.chorus.cli.SummarizeCommandTest.Run;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chorus report}: its JSON against the published schema, its options and its errors. */
class ReportCommandTest {

  private static final Path ROOT = Path.of(System.getProperty("chorus.root", ".."));
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private static JsonSchema schema() throws IOException {
    try (InputStream in = Files.newInputStream(ROOT.resolve("docs/report.schema.json"))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  @Test
  void json_report_of_the_example_cluster_follows_the_schema() throws IOException {
    Run run =
        SummarizeCommandTest.run(
            "report", "--format", "json", "--paraphrase", "lexical",
            ROOT.resolve(ExampleCluster.PATH).toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode report = MAPPER.readTree(run.out());
    Set<ValidationMessage> errors = schema().validate(report);
    assertThat(errors).as(run.out()).isEmpty();
    assertThat(report.get("sentences")).isNotEmpty();
    // The selected source comes first and names the outlet that the coverage table credits.
    JsonNode first = report.get("sentences").get(0).get("sources").get(0);
    assertThat(first.get("match").asText()).isEqualTo("selected");
    assertThat(report.get("outlets").toString()).contains(first.get("outlet").asText());
  }

  @Test
  void the_schema_rejects_a_sentence_without_sources() throws IOException {
    Run run =
        SummarizeCommandTest.run(
            "report", "--format", "json", "--paraphrase", "lexical",
            ROOT.resolve(ExampleCluster.PATH).toString());
    JsonNode report = MAPPER.readTree(run.out());
    ((com.fasterxml.jackson.databind.node.ObjectNode) report.get("sentences").get(0))
        .remove("sources");
    assertThat(schema().validate(report)).isNotEmpty();
  }

  @Test
  void markdown_is_the_default_and_lists_every_section() {
    Run run =
        SummarizeCommandTest.run(
            "report", "--paraphrase", "lexical", ROOT.resolve(ExampleCluster.PATH).toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("## Summary", "## Outlets", "## Coverage", "## Only in", "## Disagreements",
            "## Key quotes");
  }

  @Test
  void sources_file_names_the_outlets_and_a_bad_line_names_file_and_line() throws IOException {
    Path example = ROOT.resolve(ExampleCluster.PATH);
    Path sources =
        Files.writeString(dir.resolve("sources.tsv"), "# outlets\n01_wire_service.txt\tWire One\n");
    Run run =
        SummarizeCommandTest.run(
            "report", "--format", "json", "--paraphrase", "lexical", "--sources",
            sources.toString(), example.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(MAPPER.readTree(run.out()).get("outlets").toString()).contains("Wire One");

    Path bad = Files.writeString(dir.resolve("bad.tsv"), "01_wire_service.txt\tWire One\nno tab\n");
    Run broken =
        SummarizeCommandTest.run("report", "--sources", bad.toString(), example.toString());
    assertThat(broken.exitCode()).isEqualTo(2);
    assertThat(broken.err()).contains("bad.tsv").contains("2");
  }

  @Test
  void unknown_format_and_encoder_are_usage_errors() {
    String example = ROOT.resolve(ExampleCluster.PATH).toString();
    Run format = SummarizeCommandTest.run("report", "--format", "pdf", example);
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).contains("markdown, html, json");
    Run encoder = SummarizeCommandTest.run("report", "--paraphrase", "bert", example);
    assertThat(encoder.exitCode()).isEqualTo(2);
    assertThat(encoder.err()).contains("minilm or lexical");
  }

  @Test
  void seed_report_follows_the_schema_with_minilm() throws IOException {
    Path seeds = Path.of(System.getProperty("chorus.shared", "../../shared")).resolve("seeds");
    assumeTrue(Files.isDirectory(seeds), "seed cluster not found at " + seeds + "; skipped");
    Run run =
        SummarizeCommandTest.run(
            "report", "--format", "json", "--sources",
            ROOT.resolve("examples/seeds.sources.tsv").toString(), seeds.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(schema().validate(MAPPER.readTree(run.out()))).isEmpty();
  }
}
