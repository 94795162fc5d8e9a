package dev.chorus.ingest;

import dev.chorus.extract.MainContentExtractor;
import dev.chorus.ingest.IngestResult.Ingested;
import dev.chorus.ingest.IngestResult.Rejected;
import dev.chorus.model.Article;
import dev.chorus.model.Story;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Loads article files and directories of article files into {@link Article}s, one {@link
 * IngestResult} per file, never throwing for a bad file.
 *
 * <p><b>Formats</b> are chosen by file extension, case-insensitively: by default {@code .txt}
 * ({@link TextArticleParser}), {@code .html} and {@code .htm} ({@link HtmlArticleParser} with the
 * main-content extractor {@link MainContentExtractor}, which drops menus, teasers, captions and
 * footers; {@link VisibleTextExtractor} keeps all visible text instead) and {@code .json} ({@link
 * JsonArticleParser}). Every file is
 * decoded as strict UTF-8 (a bad byte sequence rejects the file, naming its byte offset), and a
 * leading byte-order mark is dropped. Empty, whitespace-only, too large and unreadable files are
 * rejected with the reason.
 *
 * <p><b>Which files</b>:
 *
 * <ul>
 *   <li>A file named explicitly is read; if no parser handles its extension it is rejected.
 *   <li>A directory is walked recursively, following symbolic links (a link cycle is rejected).
 *       Hidden entries (name starting with '.') below it are skipped silently, as are files whose
 *       extension marks them as clearly not articles ({@link #IGNORED_EXTENSIONS}: READMEs, tables,
 *       images, style sheets). Any other unsupported file is rejected, so that an article in an
 *       unexpected format is reported rather than lost.
 *   <li>A file reached twice (two arguments, or a file and its directory) is read once.
 * </ul>
 *
 * <p><b>Ids</b>: an article's id is its file name without the last extension ({@code
 * 000_4f4c3af6fec04ba5.txt} gives {@code 000_4f4c3af6fec04ba5}) unless the parser reads one from
 * the content (JSON {@code id}). Files are read in order of their path; when an id is already
 * taken, the later file is rejected with a reason naming the earlier one.
 *
 * <p><b>Order</b>: the result lists the ingested articles by id (then path), followed by the
 * rejected files by path (then reason). It depends only on the set of files and their contents, not
 * on the order of the arguments or of directory listings. A source is the file's path as reached
 * from the argument, normalised.
 *
 * <p>Thread-safe if the parsers are (the defaults are): the loader holds no mutable state.
 */
public final class ArticleLoader {

  /** Default upper limit of an article file's size: 64 MiB, far above any real article. */
  public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;

  /** Extensions skipped silently inside directories (lowercase, without the dot). */
  public static final Set<String> IGNORED_EXTENSIONS =
      Set.of(
          "md",
          "markdown",
          "rst",
          "csv",
          "tsv",
          "log",
          "css",
          "js",
          "png",
          "jpg",
          "jpeg",
          "gif",
          "svg",
          "webp",
          "ico");

  private static final int STORY_HASH_HEX_DIGITS = 12;

  private final Map<String, ArticleParser> parsers;
  private final long maxFileBytes;

  /** A loader with {@link #defaultParsers()} and {@link #DEFAULT_MAX_FILE_BYTES}. */
  public ArticleLoader() {
    this(defaultParsers(), DEFAULT_MAX_FILE_BYTES);
  }

  /**
   * A loader with the given parsers.
   *
   * @param parsersByExtension parser per lowercase extension without the dot, e.g. {@code "txt"}
   * @param maxFileBytes files larger than this are rejected unread; must be >= 1
   */
  public ArticleLoader(Map<String, ArticleParser> parsersByExtension, long maxFileBytes) {
    Objects.requireNonNull(parsersByExtension, "parsersByExtension");
    for (String extension : parsersByExtension.keySet()) {
      if (extension.isEmpty()
          || extension.startsWith(".")
          || !extension.equals(extension.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "extensions must be lowercase and without a dot, was '" + extension + "'");
      }
    }
    if (maxFileBytes < 1) {
      throw new IllegalArgumentException("maxFileBytes must be >= 1, was " + maxFileBytes);
    }
    this.parsers = Map.copyOf(parsersByExtension);
    this.maxFileBytes = maxFileBytes;
  }

  /** The default parsers: txt, html, htm and json. */
  public static Map<String, ArticleParser> defaultParsers() {
    MainContentExtractor mainContent = new MainContentExtractor();
    ArticleParser html = new HtmlArticleParser(mainContent::extract);
    return Map.of(
        "txt", new TextArticleParser(), "html", html, "htm", html, "json", new JsonArticleParser());
  }

  /**
   * Loads the given files and directories.
   *
   * @param paths files and directories; a path that does not exist is rejected, not thrown
   * @return one result per article file, in the order described in the class comment; immutable
   */
  public List<IngestResult<Article>> load(List<Path> paths) {
    Objects.requireNonNull(paths, "paths");
    List<Rejected<Article>> rejected = new ArrayList<>();
    Map<Path, Candidate> candidates = new HashMap<>();
    for (Path path : paths) {
      collect(Objects.requireNonNull(path, "paths must not contain null"), candidates, rejected);
    }

    List<Candidate> ordered = new ArrayList<>(candidates.values());
    ordered.sort(Comparator.comparing(Candidate::source));
    List<Ingested<Article>> ingested = new ArrayList<>();
    Map<String, String> sourceById = new HashMap<>();
    for (Candidate candidate : ordered) {
      IngestResult<Article> result = read(candidate);
      if (result instanceof Ingested<Article> ok) {
        String earlier = sourceById.putIfAbsent(ok.value().id(), ok.source());
        if (earlier == null) {
          ingested.add(ok);
        } else {
          rejected.add(
              new Rejected<>(
                  ok.source(),
                  "duplicate article id '"
                      + ok.value().id()
                      + "' (already read from "
                      + earlier
                      + ")"));
        }
      } else if (result instanceof Rejected<Article> bad) {
        rejected.add(bad);
      }
    }

    ingested.sort(
        Comparator.comparing((Ingested<Article> r) -> r.value().id())
            .thenComparing(Ingested::source));
    rejected.sort(Comparator.comparing(Rejected<Article>::source).thenComparing(Rejected::reason));
    List<IngestResult<Article>> results = new ArrayList<>(ingested.size() + rejected.size());
    results.addAll(ingested);
    results.addAll(rejected);
    return List.copyOf(results);
  }

  /**
   * A story id for articles loaded from {@code paths}: the name of the directory if {@code paths}
   * is one directory, otherwise {@code "story-"} plus the first 12 hex digits of the SHA-256 of the
   * sorted, absolute, normalised paths joined by newlines. Stable for the same inputs on the same
   * machine, whatever their order; it changes if the files move.
   *
   * @throws IllegalArgumentException if {@code paths} is empty
   */
  public static String storyId(List<Path> paths) {
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("paths must not be empty");
    }
    if (paths.size() == 1 && Files.isDirectory(paths.get(0))) {
      Path name = paths.get(0).toAbsolutePath().normalize().getFileName();
      if (name != null && !name.toString().isBlank()) {
        return name.toString();
      }
    }
    List<String> absolute = new ArrayList<>();
    for (Path path : paths) {
      absolute.add(path.toAbsolutePath().normalize().toString());
    }
    absolute.sort(Comparator.naturalOrder());
    byte[] digest = sha256(String.join("\n", absolute).getBytes(StandardCharsets.UTF_8));
    return "story-" + HexFormat.of().formatHex(digest).substring(0, STORY_HASH_HEX_DIGITS);
  }

  /**
   * The story of the ingested articles in {@code results}, in their order, with id {@link
   * #storyId(List) storyId(paths)}. Rejected entries are not part of it: report them from {@code
   * results}.
   *
   * @param paths the paths {@code results} were loaded from
   * @param results the output of {@link #load(List)}; article ids must be unique (load ensures it)
   */
  public static Story toStory(List<Path> paths, List<IngestResult<Article>> results) {
    List<Article> articles = new ArrayList<>();
    for (IngestResult<Article> result : results) {
      if (result instanceof Ingested<Article> ok) {
        articles.add(ok.value());
      }
    }
    return new Story(storyId(paths), articles);
  }

  /** A file to read; {@code explicit} if it was named as an argument rather than found. */
  private record Candidate(Path path, String source, boolean explicit) {}

  private void collect(
      Path argument, Map<Path, Candidate> candidates, List<Rejected<Article>> out) {
    Path path = argument.normalize();
    if (Files.isDirectory(path)) {
      walk(path, candidates, out);
    } else if (Files.isRegularFile(path)) {
      addCandidate(candidates, path, true);
    } else if (Files.exists(path)) {
      out.add(new Rejected<>(path.toString(), "not a regular file or directory"));
    } else {
      out.add(new Rejected<>(path.toString(), "no such file or directory"));
    }
  }

  private static void addCandidate(Map<Path, Candidate> candidates, Path path, boolean explicit) {
    Candidate added = new Candidate(path, path.toString(), explicit);
    // The same file may be reached under two spellings; keep one, deterministically.
    candidates.merge(
        path.toAbsolutePath().normalize(),
        added,
        (old, now) ->
            new Candidate(
                old.source().compareTo(now.source()) <= 0 ? old.path() : now.path(),
                old.source().compareTo(now.source()) <= 0 ? old.source() : now.source(),
                old.explicit() || now.explicit()));
  }

  private void walk(Path root, Map<Path, Candidate> candidates, List<Rejected<Article>> out) {
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && isHidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (isHidden(file)) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isRegularFile()) {
                addCandidate(candidates, file, false);
              } else if (!IGNORED_EXTENSIONS.contains(extension(file))) {
                // With FOLLOW_LINKS, a link is only reported as a link when its target is gone.
                out.add(
                    new Rejected<>(
                        file.toString(),
                        attrs.isSymbolicLink()
                            ? "broken symbolic link"
                            : "not a regular file or directory"));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (!isHidden(file)) {
                out.add(new Rejected<>(file.toString(), describe(e)));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
              if (e != null) {
                out.add(new Rejected<>(dir.toString(), "cannot list directory: " + describe(e)));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      out.add(new Rejected<>(root.toString(), "cannot list directory: " + describe(e)));
    }
  }

  /** Reads one candidate; null if it is an ignorable non-article found in a directory. */
  private IngestResult<Article> read(Candidate candidate) {
    Path path = candidate.path();
    String source = candidate.source();
    String extension = extension(path);
    ArticleParser parser = parsers.get(extension);
    if (parser == null) {
      if (!candidate.explicit() && IGNORED_EXTENSIONS.contains(extension)) {
        return null;
      }
      return new Rejected<>(source, unsupportedReason(path, extension));
    }
    String id = stem(path);
    if (id.isBlank()) {
      return new Rejected<>(source, "cannot derive an article id from the file name");
    }
    try {
      long size = Files.size(path);
      if (size > maxFileBytes) {
        return new Rejected<>(
            source, "file is too large: " + size + " bytes (limit " + maxFileBytes + ")");
      }
      byte[] bytes = Files.readAllBytes(path);
      if (bytes.length == 0) {
        return new Rejected<>(source, "file is empty");
      }
      String content = StrictUtf8.stripByteOrderMark(StrictUtf8.decode(bytes));
      if (content.isBlank()) {
        return new Rejected<>(source, "file has no text (only whitespace)");
      }
      return new Ingested<>(parser.parse(id, content), source);
    } catch (IngestException e) {
      return new Rejected<>(source, e.getMessage());
    } catch (IOException e) {
      return new Rejected<>(source, describe(e));
    } catch (RuntimeException e) {
      // A parser bug must not abort a batch of thousands of files; report it with the file.
      return new Rejected<>(
          source,
          "internal error while parsing: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private String unsupportedReason(Path path, String extension) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    String expected =
        "expected one of "
            + String.join(", ", parsers.keySet().stream().sorted().map(e -> "." + e).toList());
    if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
      return "a JSONL file is a cluster file, not an article (read it with ClusterReader); "
          + expected;
    }
    return (extension.isEmpty()
            ? "file has no extension"
            : "unsupported extension '." + extension + "'")
        + "; "
        + expected;
  }

  /** The lowercase text after the last dot of the file name, or "" if none (or hidden name). */
  static String extension(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  /** The file name without its last extension. */
  static String stem(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** A short reason for an I/O failure; the path is the source already, so it is left out. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic link cycle";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    return "cannot read: " + e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (MessageDigest javadoc).
      throw new IllegalStateException(e);
    }
  }
}
