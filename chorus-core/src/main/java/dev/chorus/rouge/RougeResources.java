package dev.chorus.rouge;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The word lists ROUGE-1.5.5 reads at run time: the SMART stopword list ({@code -s}) and the
 * WordNet 2.0 exception lists ({@code -m}).
 *
 * <p>The files are data of the official distribution and are never shipped with Chorus: {@link
 * #load(Path)} reads them from a directory given at run time (see {@link #defaultDirectory()}). The
 * exception map is built as the script's {@code WordNet-2.0.exc.db} is: the lists are read in the
 * order adj, adv, noun, verb; each line maps its first column to its second; a later line
 * overwrites an earlier one for the same word (so "better" maps to "well", from adv.exc, not to
 * "good" from adj.exc). Immutable and thread-safe.
 */
public final class RougeResources {

  /** System property naming the data directory. */
  public static final String DIRECTORY_PROPERTY = "chorus.rouge.data";

  /** Environment variable naming the data directory. */
  public static final String DIRECTORY_ENV = "CHORUS_ROUGE_DATA";

  private static final String STOPWORDS_FILE = "smart_common_words.txt";
  private static final List<String> EXCEPTION_FILES =
      List.of("adj.exc", "adv.exc", "noun.exc", "verb.exc");

  private final Set<String> stopwords;
  private final Map<String, String> exceptions;

  private RougeResources(Set<String> stopwords, Map<String, String> exceptions) {
    this.stopwords = stopwords;
    this.exceptions = exceptions;
  }

  /**
   * Word lists given in memory (for tests and callers with their own lists).
   *
   * @param stopwords words removed under {@code -s}, compared with lowercase tokens
   * @param exceptions inflected form to base form, looked up before the Porter stemmer
   */
  public static RougeResources of(Set<String> stopwords, Map<String, String> exceptions) {
    return new RougeResources(Set.copyOf(stopwords), Map.copyOf(exceptions));
  }

  /** No stopwords and no exceptions: enough when neither {@code -s} nor {@code -m} is used. */
  public static RougeResources empty() {
    return new RougeResources(Set.of(), Map.of());
  }

  /**
   * Reads {@code smart_common_words.txt} and {@code adj.exc, adv.exc, noun.exc, verb.exc} from
   * {@code directory}.
   *
   * @throws IOException naming the file when one is missing or unreadable
   */
  public static RougeResources load(Path directory) throws IOException {
    Objects.requireNonNull(directory, "directory");
    if (!Files.isDirectory(directory)) {
      throw new IOException("ROUGE data directory not found: " + directory.toAbsolutePath());
    }
    Set<String> stopwords = new HashSet<>();
    for (String line : readLines(directory.resolve(STOPWORDS_FILE))) {
      // The script keys its stopword hash by the whole chomped line.
      stopwords.add(line);
    }
    Map<String, String> exceptions = new HashMap<>();
    for (String name : EXCEPTION_FILES) {
      Path file = directory.resolve(name);
      List<String> lines = readLines(file);
      for (int i = 0; i < lines.size(); i++) {
        String[] columns = PerlText.splitWhitespace(lines.get(i));
        if (columns.length == 0) {
          continue;
        }
        if (columns.length < 2) {
          throw new IOException(
              file + ":" + (i + 1) + ": expected 'inflected base', was '" + lines.get(i) + "'");
        }
        exceptions.put(columns[0], columns[1]);
      }
    }
    return new RougeResources(Set.copyOf(stopwords), Map.copyOf(exceptions));
  }

  /**
   * The data directory to use when none is given: the system property {@value #DIRECTORY_PROPERTY},
   * else the environment variable {@value #DIRECTORY_ENV}, else {@code ../shared/rouge-data}
   * relative to the working directory.
   */
  public static Path defaultDirectory() {
    String property = System.getProperty(DIRECTORY_PROPERTY);
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    String env = System.getenv(DIRECTORY_ENV);
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of("..", "shared", "rouge-data");
  }

  /** Whether {@code token} is a stopword. */
  public boolean isStopword(String token) {
    return stopwords.contains(token);
  }

  /** The base form listed for {@code token}, or null. */
  public String exception(String token) {
    return exceptions.get(token);
  }

  /** Number of stopwords. */
  public int stopwordCount() {
    return stopwords.size();
  }

  /** Number of exception entries. */
  public int exceptionCount() {
    return exceptions.size();
  }

  private static List<String> readLines(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("ROUGE data file not found: " + file.toAbsolutePath());
    }
    // ISO-8859-1 keeps every byte, as Perl reads the files.
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      return PerlText.chompedLines(reader);
    }
  }
}
