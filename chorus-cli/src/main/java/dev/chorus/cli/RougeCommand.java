package dev.chorus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.rouge.ResampleSource;
import dev.chorus.rouge.Rouge155Format;
import dev.chorus.rouge.RougeAverage;
import dev.chorus.rouge.RougeInput;
import dev.chorus.rouge.RougeOptions;
import dev.chorus.rouge.RougeReport;
import dev.chorus.rouge.RougeResources;
import dev.chorus.rouge.RougeScore;
import dev.chorus.rouge.RougeScorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chorus rouge}: scores a folder of system summaries against a folder of references with the
 * ROUGE-1.5.5-compatible scorer of {@code dev.chorus.rouge}, printing the averages in the official
 * layout.
 *
 * <p>Input: {@code --system DIR} holds one file per cluster, {@code DIR/<id>} or {@code
 * DIR/<id>.txt}; {@code --reference DIR} holds {@code <id>.<TAG>} files (e.g. {@code d30001t.A});
 * all files are UTF-8, one sentence per line. The official flags ({@code -n -m -s -l -b -f -p -2 -u
 * -U -w -x -c -r -a -d -e}) mean what they mean to {@code ROUGE-1.5.5.pl}; {@code -d} or {@code
 * --per-cluster} adds the per-cluster lines. The word lists are read from {@code --rouge-data},
 * else {@code -e}, else the environment variable {@code CHORUS_ROUGE_DATA}, else {@code
 * ../shared/rouge-data}, and only when {@code -m} or {@code -s} needs them.
 *
 * <p>Exit codes: 0 OK, 1 internal error (e.g. the JSON file cannot be written), 2 bad usage or
 * input (missing folder, unreadable or non-UTF-8 file, a system summary without references, no
 * cluster at all). Results go to standard output, diagnostics to standard error. Not thread-safe
 * (picocli fills the fields).
 */
@Command(
    name = "rouge",
    mixinStandardHelpOptions = true,
    description = "Scores system summaries against references, as ROUGE-1.5.5.pl does.")
public final class RougeCommand implements Callable<Integer> {

  /** The peer id printed at the start of every line, as pyrouge prints it. */
  static final String SYSTEM_ID = "1";

  @Spec private CommandSpec spec;

  @Option(
      names = "--system",
      required = true,
      paramLabel = "DIR",
      description = "System summaries: DIR/<id> or DIR/<id>.txt, one sentence per line.")
  private Path systemDir;

  @Option(
      names = "--reference",
      required = true,
      paramLabel = "DIR",
      description = "Reference summaries: DIR/<id>.<TAG>, one sentence per line.")
  private Path referenceDir;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "Also write the averages with confidence intervals as JSON.")
  private Path jsonFile;

  @Option(names = "--per-cluster", description = "Print per-cluster scores (same as -d).")
  private boolean perCluster;

  @Option(
      names = "--rouge-data",
      paramLabel = "DIR",
      description = "Folder with smart_common_words.txt and the WordNet *.exc lists.")
  private Path rougeData;

  @Option(names = "-n", paramLabel = "N", description = "Compute ROUGE-1 .. ROUGE-N (1-4).")
  private String maxN;

  @Option(names = "-m", description = "Stem with the WordNet exceptions and Porter.")
  private boolean stem;

  @Option(names = "-s", description = "Remove SMART stopwords.")
  private boolean stopwords;

  @Option(names = "-l", paramLabel = "WORDS", description = "Keep the first WORDS words.")
  private String wordLimit;

  @Option(names = "-b", paramLabel = "BYTES", description = "Keep the first BYTES bytes.")
  private String byteLimit;

  @Option(
      names = "-f",
      paramLabel = "A|B",
      description = "Several references: A = model average (default), B = best model.")
  private String formula;

  @Option(names = "-p", paramLabel = "ALPHA", description = "F weight of precision (0.5).")
  private String alpha;

  @Option(
      names = "-2",
      paramLabel = "GAP",
      description = "Skip bigrams with at most GAP words between (-1: no limit).")
  private String skipDistance;

  @Option(names = "-u", description = "With -2: ROUGE-SU (skip bigrams plus unigrams).")
  private boolean skipUnigrams;

  @Option(names = "-U", description = "With -2: both ROUGE-S and ROUGE-SU.")
  private boolean skipBoth;

  @Option(names = "-w", paramLabel = "WEIGHT", description = "Also compute ROUGE-W-WEIGHT.")
  private String weight;

  @Option(names = "-x", description = "Do not compute ROUGE-L.")
  private boolean noLcs;

  @Option(names = "-c", paramLabel = "PERCENT", description = "Confidence level (95).")
  private String confidence;

  @Option(names = "-r", paramLabel = "N", description = "Bootstrap resamples (1000).")
  private String resamples;

  @Option(names = "-a", description = "Accepted for compatibility; all clusters are scored.")
  private boolean all;

  @Option(names = "-d", description = "Print per-cluster scores.")
  private boolean perEval;

  @Option(names = "-e", paramLabel = "DIR", description = "ROUGE data folder (see --rouge-data).")
  private Path evalHome;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RougeOptions options;
    try {
      options = RougeOptions.fromOfficialFlags(officialFlags().toArray(new String[0]));
    } catch (IllegalArgumentException e) {
      err.println("rouge: " + e.getMessage());
      return 2;
    }
    List<RougeInput> clusters;
    RougeResources resources;
    try {
      clusters = readClusters(err);
      resources = resources(options);
    } catch (BadInputException e) {
      err.println("rouge: " + e.getMessage());
      return 2;
    }
    RougeReport report =
        new RougeScorer(options, resources).scoreAll(clusters, ResampleSource.rouge155());
    out.print(
        Rouge155Format.report(SYSTEM_ID, report, options.confidence(), perCluster || perEval));
    out.flush();
    if (jsonFile != null) {
      try {
        writeJson(report, jsonFile);
      } catch (IOException e) {
        err.println("rouge: cannot write " + jsonFile + ": " + e.getMessage());
        return 1;
      }
    }
    return 0;
  }

  /** The picocli options turned back into the script's flags, so they are validated once. */
  private List<String> officialFlags() {
    List<String> flags = new ArrayList<>();
    addValue(flags, "-n", maxN);
    addValue(flags, "-l", wordLimit);
    addValue(flags, "-b", byteLimit);
    addValue(flags, "-f", formula);
    addValue(flags, "-p", alpha);
    addValue(flags, "-2", skipDistance);
    addValue(flags, "-w", weight);
    addValue(flags, "-c", confidence);
    addValue(flags, "-r", resamples);
    if (stem) {
      flags.add("-m");
    }
    if (stopwords) {
      flags.add("-s");
    }
    if (skipUnigrams) {
      flags.add("-u");
    }
    if (skipBoth) {
      flags.add("-U");
    }
    if (noLcs) {
      flags.add("-x");
    }
    return flags;
  }

  private static void addValue(List<String> flags, String flag, String value) {
    if (value != null) {
      flags.add(flag);
      flags.add(value);
    }
  }

  private RougeResources resources(RougeOptions options) throws BadInputException {
    if (!options.stem() && !options.removeStopwords()) {
      return RougeResources.empty();
    }
    Path dir =
        rougeData != null
            ? rougeData
            : evalHome != null ? evalHome : RougeResources.defaultDirectory();
    try {
      return RougeResources.load(dir);
    } catch (IOException e) {
      throw new BadInputException(
          e.getMessage() + " (-m and -s need the ROUGE word lists: give --rouge-data DIR)");
    }
  }

  private List<RougeInput> readClusters(PrintWriter err) throws BadInputException {
    Map<String, Path> systems = new TreeMap<>();
    for (Path file : listFiles(systemDir, "--system")) {
      String name = file.getFileName().toString();
      String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
      Path previous = systems.put(id, file);
      if (previous != null) {
        throw new BadInputException(
            "two system summaries for cluster '" + id + "': " + previous + " and " + file);
      }
    }
    Map<String, List<Path>> references = new TreeMap<>();
    for (Path file : listFiles(referenceDir, "--reference")) {
      String name = file.getFileName().toString();
      int dot = name.lastIndexOf('.');
      if (dot <= 0 || dot == name.length() - 1) {
        err.println("rouge: ignoring " + file + " (reference files are named <id>.<TAG>)");
        continue;
      }
      references.computeIfAbsent(name.substring(0, dot), k -> new ArrayList<>()).add(file);
    }
    if (systems.isEmpty()) {
      throw new BadInputException("no system summaries in " + systemDir);
    }
    List<String> unmatched = new ArrayList<>();
    for (String id : systems.keySet()) {
      if (!references.containsKey(id)) {
        unmatched.add(id);
      }
    }
    if (!unmatched.isEmpty()) {
      throw new BadInputException(
          unmatched.size()
              + " of "
              + systems.size()
              + " system summaries have no reference "
              + referenceDir.resolve("<id>.<TAG>")
              + ": "
              + abbreviate(unmatched));
    }
    List<String> referenceOnly = new ArrayList<>();
    for (String id : references.keySet()) {
      if (!systems.containsKey(id)) {
        referenceOnly.add(id);
      }
    }
    if (!referenceOnly.isEmpty()) {
      err.println(
          "rouge: warning: "
              + referenceOnly.size()
              + " clusters have references but no system summary, not scored: "
              + abbreviate(referenceOnly));
    }
    List<RougeInput> clusters = new ArrayList<>();
    for (Map.Entry<String, Path> system : systems.entrySet()) {
      List<List<String>> refs = new ArrayList<>();
      for (Path file : references.get(system.getKey())) {
        refs.add(readLines(file));
      }
      clusters.add(new RougeInput(system.getKey(), readLines(system.getValue()), refs));
    }
    return clusters;
  }

  private static List<Path> listFiles(Path dir, String option) throws BadInputException {
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(option + " folder not found: " + dir);
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new BadInputException("cannot list " + dir + ": " + e.getMessage());
    }
  }

  private static List<String> readLines(Path file) throws BadInputException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInputException("cannot read " + file + ": " + e.getMessage());
    }
    String text;
    try {
      // Strict: a replacement character would change the byte counts -b relies on.
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException(file + " is not valid UTF-8");
    }
    return List.of(text.split("\n"));
  }

  private static String abbreviate(List<String> ids) {
    return ids.size() <= 10
        ? String.join(", ", ids)
        : String.join(", ", ids.subList(0, 10)) + ", ... (" + (ids.size() - 10) + " more)";
  }

  /** Writes {"ROUGE-1": {"R": r, "P": p, "F": f, "R_ci": [lo, hi], ...}} via a temp file. */
  private static void writeJson(RougeReport report, Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    for (Map.Entry<String, RougeAverage> entry : report.averages().entrySet()) {
      RougeAverage average = entry.getValue();
      ObjectNode metric = root.putObject(entry.getKey());
      for (char which : new char[] {'R', 'P', 'F'}) {
        metric.put(String.valueOf(which), printed(average.average(), which));
      }
      for (char which : new char[] {'R', 'P', 'F'}) {
        ArrayNode ci = metric.putArray(which + "_ci");
        ci.add(printed(average.lower(), which));
        ci.add(printed(average.upper(), which));
      }
    }
    AtomicFiles.writeString(file, mapper.writeValueAsString(root) + "\n");
  }

  /** The value as the report prints it (5 decimals). */
  private static BigDecimal printed(RougeScore score, char which) {
    return new BigDecimal(Rouge155Format.decimal5(score.get(which)));
  }

  /** Bad input: reported with exit code 2. */
  private static final class BadInputException extends Exception {
    BadInputException(String message) {
      super(message);
    }
  }
}
