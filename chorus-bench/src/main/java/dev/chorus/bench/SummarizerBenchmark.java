package dev.chorus.bench;

import dev.chorus.model.Budget;
import dev.chorus.model.Summary;
import dev.chorus.select.Summarizer;
import dev.chorus.select.Summarizers;
import dev.chorus.text.AnalyzedStory;
import dev.chorus.text.StoryAnalyzer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sentence selection alone, on an already analyzed synthetic story: what each summarizer costs
 * as a story grows from a handful of articles to a large story.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SummarizerBenchmark {

  @Param({
    "lead", "centroid", "lexrank", "textrank", "mmr", "mmr-lead", "sumbasic", "klsum", "submodular",
    "ranked", "auto"
  })
  public String method;

  /** Articles in the story, 25 sentences each. */
  @Param({"10", "100"})
  public int articles;

  private Summarizer summarizer;
  private AnalyzedStory story;

  @Setup
  public void setUp() {
    summarizer = Summarizers.byName(method);
    story =
        StoryAnalyzer.english()
            .analyze(new SyntheticStories(42, 5_000).story("bench", articles, 25, 0.3));
  }

  @Benchmark
  public Summary summarize() {
    return summarizer.summarize(story, Budget.words(250));
  }
}
