package dev.chorus.cli;

import dev.chorus.attribute.Attributor;
import dev.chorus.attribute.Outlets;
import dev.chorus.compare.StoryComparer;
import dev.chorus.embed.HashedTermEncoder;
import dev.chorus.embed.onnx.EmbeddingModel;
import dev.chorus.embed.onnx.OnnxSentenceEncoder;
import dev.chorus.model.Article;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.report.ReportFormat;
import dev.chorus.report.StoryReporter;
import dev.chorus.select.Summarizer;
import dev.chorus.select.Summarizers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options that {@code report} and {@code digest} share: summarizer, output format, outlet
 * names, cleaning and how paraphrases are recognised. Not thread-safe (picocli fills the fields).
 */
final class ReportOptions {

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

  /** The format asked for; a usage error for an unknown one. */
  ReportFormat reportFormat(CommandSpec spec) {
    try {
      return ReportFormat.byName(format);
    } catch (IllegalArgumentException e) {
      throw usage(spec, "--format: " + e.getMessage());
    }
  }

  /** The outlet of an article: from {@code --sources} when given, else from its metadata. */
  Function<Article, String> outlets() throws IOException {
    return sources == null ? Outlets::of : Outlets.with(Outlets.read(sources));
  }

  Pipeline pipeline() {
    return noClean ? Pipeline.english().withoutCleaning() : Pipeline.english();
  }

  /**
   * Runs {@code work} with the reporter these options describe; the sentence encoder it uses (a
   * loaded ONNX model for minilm) lives only as long as {@code work}.
   */
  <R> R withReporter(
      CommandSpec spec, Function<Article, String> outlets, Function<StoryReporter, R> work) {
    Summarizer summarizer;
    try {
      summarizer = Summarizers.byName(method);
    } catch (IllegalArgumentException e) {
      throw usage(spec, "--method: " + e.getMessage());
    }
    String encoder = paraphrase.strip().toLowerCase(Locale.ROOT);
    if (encoder.equals("lexical")) {
      Attributor lexical =
          new Attributor(new HashedTermEncoder(), Attributor.LEXICAL_THRESHOLD, outlets);
      return work.apply(new StoryReporter(summarizer, lexical, new StoryComparer(), outlets));
    }
    if (!encoder.equals("minilm")) {
      throw usage(spec, "--paraphrase must be minilm or lexical, was '" + paraphrase + "'");
    }
    try (OnnxSentenceEncoder minilm = OnnxSentenceEncoder.open(EmbeddingModel.ALL_MINILM_L6_V2_Q)) {
      Attributor semantic = new Attributor(minilm, Attributor.MINILM_THRESHOLD, outlets);
      return work.apply(new StoryReporter(summarizer, semantic, new StoryComparer(), outlets));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the MiniLM model: " + e.getMessage(), e);
    }
  }

  static CommandLine.ParameterException usage(CommandSpec spec, String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
