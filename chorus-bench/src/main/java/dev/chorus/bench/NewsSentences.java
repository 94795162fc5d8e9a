package dev.chorus.bench;

import dev.chorus.ingest.ClusterReader;
import dev.chorus.ingest.ClusterRecord;
import dev.chorus.ingest.IngestResult;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.text.AnalyzedSentence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * English news-like sentences for the embedding benchmark: real ones from a Multi-News file, or
 * synthetic ones made from a fixed seed out of hand-written phrases (subject, verb, object, place,
 * time and an optional attribution or clause), 12 to 45 words, mean about 25 like Multi-News
 * sentences. Neural tokenizers split invented words into many pieces, so {@link
 * SyntheticStories}' made-up vocabulary would overstate their cost; real words keep the token
 * counts realistic.
 *
 * <p>Not thread-safe; used from benchmark set-up only.
 */
final class NewsSentences {

  private static final String[] SUBJECTS = {
    "The prime minister", "Police officers", "The company's chief executive", "Local residents",
    "Emergency crews", "The central bank", "A federal judge", "Health officials", "The senator",
    "Researchers at the university", "The city council", "Thousands of protesters",
    "The airline", "Investigators", "The governor's office", "Rescue teams", "Shareholders",
    "The football club", "Prosecutors", "The United Nations envoy"
  };
  private static final String[] VERBS = {
    "announced", "rejected", "confirmed", "delayed", "approved", "criticized", "investigated",
    "defended", "warned about", "called for", "welcomed", "postponed", "blocked", "reviewed",
    "questioned", "denied", "praised", "proposed"
  };
  private static final String[] OBJECTS = {
    "a new plan to cut carbon emissions", "the proposed merger", "the evacuation of the area",
    "an increase in interest rates", "the results of the investigation", "the budget deal",
    "a ban on the sale of the drug", "the decision to close two hospitals",
    "the release of the prisoners", "new rules for ride-sharing drivers",
    "the report on the cause of the crash", "a ceasefire between the two sides",
    "plans for a new stadium", "the recall of 300,000 vehicles", "the contract with the union"
  };
  private static final String[] PLACES = {
    "in Washington", "in the capital", "at a news conference", "in a statement",
    "on the northern border", "in downtown Chicago", "at the summit in Brussels",
    "in the flooded region", "outside the courthouse", "in a televised address"
  };
  private static final String[] TIMES = {
    "on Tuesday", "late Friday", "earlier this week", "last month", "on Sunday morning",
    "after months of talks", "for the second time this year", "hours after the vote"
  };
  private static final String[] CLAUSES = {
    ", according to two people familiar with the matter",
    ", a spokesman said, adding that further details would be released in the coming days",
    ", though critics said the move came too late to make a difference",
    ", which had been expected by most analysts",
    ", saying the measure would protect thousands of jobs in the region",
    ", the Associated Press reported",
    ", and officials said they expect the number of victims to rise as searches continue",
    ""
  };

  private NewsSentences() {}

  /** {@code count} synthetic sentences from {@code seed}. */
  static List<String> synthetic(long seed, int count) {
    Random random = new Random(seed);
    List<String> sentences = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      StringBuilder s = new StringBuilder();
      s.append(pick(random, SUBJECTS)).append(' ').append(pick(random, VERBS)).append(' ');
      s.append(pick(random, OBJECTS)).append(' ').append(pick(random, PLACES)).append(' ');
      s.append(pick(random, TIMES)).append(pick(random, CLAUSES));
      if (random.nextInt(4) == 0) {
        s.append(" and ").append(pick(random, OBJECTS)).append(' ').append(pick(random, TIMES));
      }
      sentences.add(s.append('.').toString());
    }
    return sentences;
  }

  /**
   * The first {@code count} sentences of at least 5 words of a Multi-News JSONL(.gz) file, as the
   * default pipeline (cleaning, OpenNLP splitting) cuts them.
   *
   * @throws IllegalStateException if the file is missing or has fewer such sentences
   */
  static List<String> multiNews(Path file, int count) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "Multi-News file " + file + " not found; run with the default -p multinews= instead");
    }
    Pipeline pipeline = Pipeline.english();
    List<String> sentences = new ArrayList<>(count);
    try (Stream<IngestResult<ClusterRecord>> records = new ClusterReader().read(file)) {
      Iterator<IngestResult<ClusterRecord>> it = records.iterator();
      while (it.hasNext() && sentences.size() < count) {
        if (it.next() instanceof IngestResult.Ingested<ClusterRecord> record) {
          for (AnalyzedSentence sentence : pipeline.analyze(record.value().story()).sentences()) {
            if (sentence.words() >= 5 && sentences.size() < count) {
              sentences.add(sentence.text());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (sentences.size() < count) {
      throw new IllegalStateException(
          file + " has only " + sentences.size() + " sentences of 5+ words, need " + count);
    }
    return sentences;
  }

  private static String pick(Random random, String[] options) {
    return options[random.nextInt(options.length)];
  }
}
