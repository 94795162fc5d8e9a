package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.ingest.ArticleLoader;
import dev.chorus.ingest.IngestResult;
import dev.chorus.model.Article;
import dev.chorus.model.Budget;
import dev.chorus.model.Sentence;
import dev.chorus.model.Story;
import dev.chorus.model.Summary;
import dev.chorus.model.SummarySentence;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.select.Summarizers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden summaries of the shipped example cluster and the real seed cluster, for every method at
 * the README's budget. Golden files hold only document ids and character offsets (the seed text
 * may not be copied into the repository). Regenerate with {@code -Dchorus.updateGolden=true} and
 * review the diff.
 */
class GoldenSummaryTest {

  private static final Path ROOT = Path.of(System.getProperty("chorus.root", "..."));
  private static final Path GOLDEN = ROOT.resolve("chorus-cli/src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("chorus.updateGolden");
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Pipeline PIPELINE = Pipeline.english();

  @TestFactory
  List<DynamicTest> example_cluster() {
    return goldenTests("example", ROOT.resolve(ExampleCluster.PATH));
  }

  @TestFactory
  List<DynamicTest> seed_cluster() {
    Path seeds = Path.of(System.getProperty("chorus.shared", "../../shared")).resolve("seeds");
    assumeTrue(Files.isDirectory(seeds), "seed cluster not found at " + seeds + "; skipped");
    return goldenTests("seeds", seeds);
  }

  private List<DynamicTest> goldenTests(String name, Path input) {
    Story story = load(input);
    return Summarizers.names().stream()
        .map(method -> DynamicTest.dynamicTest(name + " / " + method, () -> check(name, story, method)))
        .toList();
  }

  private void check(String name, Story story, String method) throws IOException {
    Summary summary = PIPELINE.summarize(story, Budget.words(120), method);
    String actual = MAPPER.writeValueAsString(offsets(summary)) + "\n";
    Path golden = GOLDEN.resolve(name).resolve(method + ".json");
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual);
    }
    assertThat(golden).as("golden file; run with -Dchorus.updateGolden=true").exists();
    assertThat(actual).isEqualTo(Files.readString(golden));
  }

  /** Each summary sentence as [document, start, end] of each source. */
  private static ArrayNode offsets(Summary summary) {
    ArrayNode sentences = MAPPER.createArrayNode();
    for (SummarySentence sentence : summary.sentences()) {
      ArrayNode sources = sentences.addArray();
      for (Sentence source : sentence.sources()) {
        ObjectNode node = sources.addObject();
        node.put("document", source.documentId());
        node.put("start", source.span().start());
        node.put("end", source.span().end());
      }
    }
    return sentences;
  }

  static Story load(Path input) {
    List<IngestResult<Article>> results = new ArticleLoader().load(List.of(input));
    assertThat(results).allMatch(r -> r instanceof IngestResult.Ingested<Article>, "all ingested");
    return ArticleLoader.toStory(List.of(input), results);
  }
}
