package dev.chorus.rouge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a summary (one sentence per line) into the token ids ROUGE-1.5.5 scores, with the script's
 * truncation, tokenization, stopword removal and stemming.
 *
 * <p>Steps, on the UTF-8 bytes of each line (the script reads bytes):
 *
 * <ol>
 *   <li>lines are split at LF; empty lines are dropped; ASCII A-Z is lowercased (nothing else);
 *   <li>truncation ({@code -l}/{@code -b}) of the line list, see {@link #analyze};
 *   <li>every byte other than {@code [a-z0-9]} separates tokens (the script turns "-" into a token
 *       of its own and then drops tokens not starting with {@code [a-z0-9$]}, which amounts to the
 *       same), so "Zürich" gives "z" and "rich", "U.S." gives "u" and "s";
 *   <li>with {@code -s}, tokens in the stopword list are dropped (before stemming);
 *   <li>with {@code -m}, tokens longer than 3 characters are replaced by their WordNet exception
 *       base form if listed, else by their {@link Rouge155Porter} stem.
 * </ol>
 *
 * <p>Thread-safe: the stem cache is concurrent; the vocabulary passed in is not shared between
 * threads.
 */
final class Rouge155Analyzer {

  /**
   * A summary ready for scoring.
   *
   * @param tokens tokens of the n-gram path (the script's readText), sentences concatenated
   * @param sentences tokens per sentence of the LCS path (the script's readText_LCS)
   */
  record Analyzed(int[] tokens, int[][] sentences) {}

  /** Token string to dense int id, per scored cluster. Not thread-safe. */
  static final class Vocabulary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> tokens = new ArrayList<>();

    int id(String token) {
      Integer id = ids.get(token);
      if (id == null) {
        id = tokens.size();
        ids.put(token, id);
        tokens.add(token);
      }
      return id;
    }

    String token(int id) {
      return tokens.get(id);
    }

    int size() {
      return ids.size();
    }
  }

  private final RougeOptions options;
  private final RougeResources resources;
  private final Map<String, String> stems = new ConcurrentHashMap<>();

  Rouge155Analyzer(RougeOptions options, RougeResources resources) {
    this.options = options;
    this.resources = resources;
  }

  /**
   * Analyzes one summary.
   *
   * <p>Truncation, as the script does it (a quirk each):
   *
   * <ul>
   *   <li>{@code -l N}: words are Perl {@code split(/\s+/)} fields of the raw lowercased line (so
   *       "Hun Sen's" is 2 words, a lone "_" or "--" is a word, and a line starting with whitespace
   *       has one extra empty word); whole lines are kept while the running total stays below N,
   *       then the line that reaches N is cut after the N-th word;
   *   <li>{@code -b N}: bytes of the raw lines, the joining spaces not counted; whole lines while
   *       the total stays below N, then the crossing line is cut at the N-th byte (possibly inside
   *       a word or a UTF-8 sequence);
   *   <li>the LCS path (ROUGE-L/W) truncates by words the same way, but by bytes it never adds up:
   *       every line shorter than N is kept and only the first line of N bytes or more is cut (to N
   *       bytes) and ends the text. Its P denominator and clipping counts still come from the
   *       properly truncated n-gram path.
   * </ul>
   */
  Analyzed analyze(List<String> summary, Vocabulary vocabulary) {
    List<byte[]> lines = new ArrayList<>();
    for (String element : summary) {
      for (String line : PerlText.chompedLines(element)) {
        if (!line.isEmpty()) {
          lines.add(lowercaseAscii(line.getBytes(StandardCharsets.UTF_8)));
        }
      }
    }
    int[] ngramEnds = new int[lines.size()];
    int kept = truncate(lines, ngramEnds, false);
    List<int[]> ngramSentences = new ArrayList<>(kept);
    int total = 0;
    for (int i = 0; i < kept; i++) {
      int[] tokens = tokens(lines.get(i), ngramEnds[i], vocabulary);
      ngramSentences.add(tokens);
      total += tokens.length;
    }
    int[] flat = new int[total];
    int at = 0;
    for (int[] tokens : ngramSentences) {
      System.arraycopy(tokens, 0, flat, at, tokens.length);
      at += tokens.length;
    }
    int[][] sentences;
    if (options.byteLimit() > 0) {
      int[] lcsEnds = new int[lines.size()];
      int lcsKept = truncate(lines, lcsEnds, true);
      sentences = new int[lcsKept][];
      for (int i = 0; i < lcsKept; i++) {
        sentences[i] = tokens(lines.get(i), lcsEnds[i], vocabulary);
      }
    } else {
      sentences = ngramSentences.toArray(new int[0][]);
    }
    return new Analyzed(flat, sentences);
  }

  /**
   * Applies the length limit: fills {@code ends[i]} with the number of bytes of line i that are
   * kept and returns the number of lines kept.
   */
  private int truncate(List<byte[]> lines, int[] ends, boolean lcsPath) {
    int wordLimit = options.wordLimit();
    int byteLimit = options.byteLimit();
    if (wordLimit == 0 && byteLimit == 0) {
      for (int i = 0; i < lines.size(); i++) {
        ends[i] = lines.get(i).length;
      }
      return lines.size();
    }
    long used = 0;
    for (int i = 0; i < lines.size(); i++) {
      byte[] line = lines.get(i);
      if (wordLimit > 0) {
        int[] fieldEnds = new int[line.length + 1];
        int fields = PerlText.splitWhitespace(line, line.length, fieldEnds);
        if (used + fields < wordLimit) {
          ends[i] = line.length;
          used += fields;
        } else {
          // The line that reaches the limit keeps its first (limit - used) words.
          ends[i] = fieldEnds[(int) (wordLimit - used) - 1];
          return i + 1;
        }
      } else {
        if (used + line.length < byteLimit) {
          ends[i] = line.length;
          if (!lcsPath) {
            // The script's LCS reader never adds the line lengths up.
            used += line.length;
          }
        } else {
          ends[i] = (int) (byteLimit - used);
          return i + 1;
        }
      }
    }
    return lines.size();
  }

  /** Token ids of {@code line[0, end)} after stopword removal and stemming. */
  private int[] tokens(byte[] line, int end, Vocabulary vocabulary) {
    int[] ids = new int[(end + 1) / 2];
    int count = 0;
    int i = 0;
    while (i < end) {
      if (!isAlnum(line[i])) {
        i++;
        continue;
      }
      int start = i;
      while (i < end && isAlnum(line[i])) {
        i++;
      }
      String token = new String(line, start, i - start, StandardCharsets.ISO_8859_1);
      if (options.removeStopwords() && resources.isStopword(token)) {
        continue;
      }
      if (options.stem() && token.length() > 3) {
        token = stem(token);
      }
      ids[count++] = vocabulary.id(token);
    }
    return count == ids.length ? ids : Arrays.copyOf(ids, count);
  }

  /** The WordNet exception base form, else the Porter stem; cached. */
  String stem(String token) {
    String cached = stems.get(token);
    if (cached != null) {
      return cached;
    }
    String exception = resources.exception(token);
    String stem = exception != null ? exception : Rouge155Porter.stem(token);
    stems.put(token, stem);
    return stem;
  }

  private static boolean isAlnum(byte b) {
    return (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9');
  }

  private static byte[] lowercaseAscii(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] >= 'A' && bytes[i] <= 'Z') {
        bytes[i] = (byte) (bytes[i] + ('a' - 'A'));
      }
    }
    return bytes;
  }
}
