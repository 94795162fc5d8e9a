package dev.chorus.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OpenNlpTokenizerTest {

  private static final OpenNlpTokenizer TOKENIZER = new OpenNlpTokenizer();

  private static List<String> tokens(String text) {
    List<Span> spans = TOKENIZER.tokenize(text);
    int previousEnd = 0;
    List<String> tokens = new ArrayList<>();
    for (Span span : spans) {
      assertThat(span.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(span.length()).isPositive();
      previousEnd = span.end();
      tokens.add(span.of(text));
    }
    return tokens;
  }

  @Test
  void empty_and_blank_text_have_no_tokens() {
    assertThat(TOKENIZER.tokenize("")).isEmpty();
    assertThat(TOKENIZER.tokenize(" \n\t ")).isEmpty();
  }

  @Test
  void splits_words_and_punctuation_keeping_abbreviations() {
    assertThat(tokens("Mr. Biden met the U.S. envoy on Jan. 8, 2022."))
        .containsExactly(
            "Mr.", "Biden", "met", "the", "U.S.", "envoy", "on", "Jan.", "8", ",", "2022", ".");
  }

  @Test
  void spans_point_into_the_original_text() {
    String text = "  In Zürich, “Gdańsk” won — 6,000 fans.";
    List<Span> spans = TOKENIZER.tokenize(text);
    assertThat(spans.get(0)).isEqualTo(new Span(2, 4));
    assertThat(tokens(text)).contains("Zürich", "6,000").endsWith("fans", ".");
  }

  @Test
  void is_thread_safe() throws Exception {
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      inputs.add("Officials said " + i + " people didn't attend the U.N. meeting in Geneva.");
    }
    List<List<Span>> expected = inputs.stream().map(TOKENIZER::tokenize).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<Span>>>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(pool.submit(() -> inputs.stream().map(TOKENIZER::tokenize).toList()));
      }
      for (Future<List<List<Span>>> future : futures) {
        assertThat(future.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
