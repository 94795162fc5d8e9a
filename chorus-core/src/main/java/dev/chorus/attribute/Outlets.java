package dev.chorus.attribute;

import dev.chorus.model.Article;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Names the outlet that published an article, as a reader would name it.
 *
 * <p>{@link #of} uses what the article knows about itself: its {@code outlet}, else its URL's host,
 * else its id. Plain-text articles know neither, so a <em>sources file</em> can name them: {@link
 * #read} parses one and {@link #with} applies it, falling back to {@link #of}.
 *
 * <p>Stateless; every function returned is immutable and thread-safe.
 */
public final class Outlets {

  /**
   * Extensions of the files {@link dev.chorus.ingest.ArticleLoader} reads by default, lowercase: a
   * name ending in one of them may stand for the id without it.
   */
  static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "html", "htm", "json");

  private Outlets() {}

  /**
   * The outlet of {@code article}: {@link Article#outlet()} stripped, when not blank; else the host
   * of {@link Article#url()}, lowercased and without a leading {@code www.} ({@code
   * https://www.TheHill.com/x} gives {@code thehill.com}); else the article id.
   */
  public static String of(Article article) {
    Objects.requireNonNull(article, "article");
    if (article.outlet() != null && !article.outlet().isBlank()) {
      return article.outlet().strip();
    }
    String host = host(article.url());
    return host != null ? host : article.id();
  }

  /** The URL's host, lowercased, without "www."; null when there is none or it is unparsable. */
  static String host(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String host;
    try {
      URI uri = new URI(url.strip());
      host = uri.getHost();
      if (host == null && uri.getAuthority() != null) {
        // URI parses only ASCII host names; take a non-ASCII one (www.zürich.ch) from the
        // authority, without user information and port.
        host = uri.getAuthority().replaceFirst("^[^@]*@", "").replaceFirst(":\\d*$", "");
      }
    } catch (URISyntaxException e) {
      return null;
    }
    if (host == null || host.isBlank()) {
      return null;
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (host.startsWith("www.") && host.length() > 4) {
      host = host.substring(4);
    }
    return host.isEmpty() ? null : host;
  }

  /**
   * Reads a sources file: one {@code name<TAB>outlet} entry per line, where {@code name} is an
   * article id ({@code 000_4f4c3af6fec04ba5}) or the file name it was loaded from ({@code
   * 000_4f4c3af6fec04ba5.txt}). Both fields are stripped of surrounding whitespace and must not be
   * blank; the outlet may contain spaces but no tab. Lines that are blank or whose first non-blank
   * character is {@code #} are ignored. The file is UTF-8; a byte-order mark and CRLF line endings
   * are accepted.
   *
   * @return outlet by name, in file order
   * @throws IOException if the file cannot be read or is not UTF-8, or a line is malformed or
   *     repeats a name; the message names the file and the line
   */
  public static Map<String, String> read(Path sourcesFile) throws IOException {
    Objects.requireNonNull(sourcesFile, "sourcesFile");
    List<String> lines;
    try {
      lines = Files.readAllLines(sourcesFile, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new IOException("sources file " + sourcesFile + " is not valid UTF-8", e);
    } catch (IOException e) {
      throw new IOException("cannot read sources file " + sourcesFile + ": " + e, e);
    }
    Map<String, String> outlets = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      int number = i + 1;
      String line = lines.get(i);
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      String where = sourcesFile + ":" + number;
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 2) {
        throw new IOException(
            where
                + ": expected 'name<TAB>outlet' (2 tab-separated fields), found "
                + fields.length
                + " in '"
                + line
                + "'");
      }
      String name = fields[0].strip();
      String outlet = fields[1].strip();
      if (name.isEmpty() || outlet.isEmpty()) {
        throw new IOException(
            where + ": " + (name.isEmpty() ? "name" : "outlet") + " is blank in '" + line + "'");
      }
      Integer earlier = lineOf.putIfAbsent(name, number);
      if (earlier != null) {
        throw new IOException(where + ": name '" + name + "' already given on line " + earlier);
      }
      outlets.put(name, outlet);
    }
    return Collections.unmodifiableMap(outlets);
  }

  /**
   * Outlet names from a sources file's entries, falling back to {@link #of}. An article matches the
   * entry named by its id; else the entry that is a file name with an article extension ({@code
   * .txt .html .htm .json}, any case) whose stem is its id ({@code 000_x.txt} names article {@code
   * 000_x}, as {@link dev.chorus.ingest.ArticleLoader} derives ids from file names). Other dots are
   * part of the id ({@code story.v2} names only {@code story.v2}).
   *
   * @param outletByName e.g. from {@link #read}; names and outlets must not be blank
   * @throws IllegalArgumentException if two file names stand for the same id with different outlets
   *     ({@code a.txt} and {@code a.html}), or a name or outlet is blank
   */
  public static Function<Article, String> with(Map<String, String> outletByName) {
    Objects.requireNonNull(outletByName, "outletByName");
    Map<String, String> exact = new HashMap<>();
    Map<String, String> byStem = new HashMap<>();
    Map<String, String> stemSource = new HashMap<>();
    for (Map.Entry<String, String> entry : outletByName.entrySet()) {
      String name = entry.getKey();
      String outlet = entry.getValue();
      if (name == null || name.isBlank() || outlet == null || outlet.isBlank()) {
        throw new IllegalArgumentException(
            "names and outlets must not be blank, was '" + name + "' -> '" + outlet + "'");
      }
      exact.put(name, outlet.strip());
    }
    // Sorted, so that a conflict is reported the same way whatever the map's iteration order.
    new TreeMap<>(exact)
        .forEach(
            (name, outlet) -> {
              int dot = name.lastIndexOf('.');
              if (dot > 0
                  && ARTICLE_EXTENSIONS.contains(
                      name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
                String stem = name.substring(0, dot);
                String earlier = byStem.putIfAbsent(stem, outlet);
                if (earlier != null && !earlier.equals(outlet)) {
                  throw new IllegalArgumentException(
                      "'"
                          + stemSource.get(stem)
                          + "' and '"
                          + name
                          + "' both name article '"
                          + stem
                          + "' but with different outlets");
                }
                stemSource.putIfAbsent(stem, name);
              }
            });
    Map<String, String> exactCopy = Map.copyOf(exact);
    Map<String, String> stemCopy = Map.copyOf(byStem);
    return article -> {
      String outlet = exactCopy.get(article.id());
      if (outlet == null) {
        outlet = stemCopy.get(article.id());
      }
      return outlet != null ? outlet : of(article);
    };
  }
}
