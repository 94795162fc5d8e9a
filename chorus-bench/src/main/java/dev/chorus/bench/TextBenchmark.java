package dev.chorus.bench;

import dev.chorus.model.Span;
import dev.chorus.model.Story;
import dev.chorus.text.AnalyzedStory;
import dev.chorus.text.LuceneTermAnalyzer;
import dev.chorus.text.OpenNlpSentenceSplitter;
import dev.chorus.text.StoryAnalyzer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The text stage on one synthetic story of 10 articles x 25 sentences (about 5,000 words):
 * sentence splitting, term analysis, and both together as the pipeline runs them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TextBenchmark {

  private Story story;
  private String article;
  private List<String> sentences;
  private final OpenNlpSentenceSplitter splitter = new OpenNlpSentenceSplitter();
  private final LuceneTermAnalyzer terms = new LuceneTermAnalyzer();
  private final StoryAnalyzer analyzer = new StoryAnalyzer(splitter, terms);

  @Setup
  public void setUp() {
    story = new SyntheticStories(42, 5_000).story("bench", 10, 25, 0.3);
    article = story.articles().get(0).text();
    sentences = splitter.split(article).stream().map(span -> span.of(article)).toList();
  }

  /** One article of 25 sentences. */
  @Benchmark
  public List<Span> splitArticle() {
    return splitter.split(article);
  }

  /** Terms of the same article's 25 sentences. */
  @Benchmark
  public int termsOfArticle() {
    int total = 0;
    for (String sentence : sentences) {
      total += terms.terms(sentence).size();
    }
    return total;
  }

  /** The whole story: split and analyze 10 articles. */
  @Benchmark
  public AnalyzedStory analyzeStory() {
    return analyzer.analyze(story);
  }
}
