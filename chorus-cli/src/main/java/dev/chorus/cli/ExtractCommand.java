package dev.chorus.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.extract.ArticleExtractor;
import dev.chorus.extract.ArticleMetadata;
import dev.chorus.extract.ExtractedArticle;
import dev.chorus.extract.MainContentExtractor;
import dev.chorus.extract.MetadataExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chorus extract}: the article body (or all fields) of saved HTML pages.
 *
 * <p>Pages are read as bytes ({@code .gz} files are decompressed) and decoded by jsoup: a
 * byte-order mark or {@code <meta charset>} decides, else UTF-8. Without {@code --out} the result
 * goes to standard output: the body text, or with {@code --json} one JSON object per page and
 * line. With {@code --out DIR}, each page is written to {@code DIR/<name>.txt} (or {@code .json}),
 * {@code <name>} being the page's file name without {@code .gz} and its last extension; each file
 * is written to a temporary file first and then moved into place, so a reader never sees half a
 * file. A page that cannot be read, has no article text, or whose output name another page
 * already took is reported on standard error with its file name and the reason; the other pages
 * are still processed, and the exit code is then 2.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract the article from saved HTML pages: the body text without menus, teasers,",
      "captions and footers, or with --json also title, byline, published, url and site_name."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every page extracted",
      "1:internal error",
      "2:bad usage or bad input (some page was skipped)"
    })
public final class ExtractCommand implements Callable<Integer> {

  /** Pages larger than this are refused unread: 64 MiB, far above any real page. */
  static final long MAX_PAGE_BYTES = 64L << 20;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--json",
      description = "Print or write all fields as JSON: file, title, byline, published, url,"
          + " site_name, text.")
  boolean json;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Write one file per page into DIR (page.html -> page.txt, or page.json).")
  Path out;

  @Option(
      names = "--keep-social-embeds",
      description = "Keep the text of embedded tweets and Instagram or TikTok posts.")
  boolean keepSocialEmbeds;

  @Parameters(paramLabel = "PAGE", arity = "1..*", description = "HTML pages (.html, .htm, .gz).")
  List<Path> pages = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (out != null) {
      try {
        Files.createDirectories(out);
      } catch (IOException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "cannot create --out directory " + out + ": " + describe(e));
      }
    }
    ArticleExtractor extractor =
        new ArticleExtractor(
            new MainContentExtractor(new MainContentExtractor.Options(keepSocialEmbeds)),
            new MetadataExtractor());
    Map<String, Path> outputNames = new HashMap<>();
    PrintWriter stdout = spec.commandLine().getOut();
    int skipped = 0;
    boolean first = true;
    for (Path page : pages) {
      try {
        ExtractedArticle article = extractor.extract(read(page));
        if (article.text().isBlank()) {
          throw new BadPageException("no article text found");
        }
        if (out == null) {
          print(stdout, page, article, first);
          first = false;
        } else {
          String name = outputName(page);
          Path earlier = outputNames.putIfAbsent(name, page);
          if (earlier != null) {
            throw new BadPageException(
                "output name " + name + " is already taken by " + earlier);
          }
          Path target = out.resolve(name);
          try {
            AtomicFiles.writeString(target, render(page, article, true));
          } catch (IOException e) {
            throw new BadPageException(
                "cannot write " + target + ": " + e.getClass().getSimpleName() + ": "
                    + e.getMessage());
          }
        }
      } catch (BadPageException e) {
        err.println("chorus: skipped " + page + ": " + e.getMessage());
        skipped++;
      } catch (IOException e) {
        err.println("chorus: skipped " + page + ": " + describe(e));
        skipped++;
      }
    }
    stdout.flush();
    if (out != null) {
      err.printf(
          Locale.ROOT,
          "chorus: %d pages extracted into %s, %d skipped%n",
          pages.size() - skipped,
          out,
          skipped);
    }
    err.flush();
    return skipped == 0 ? ChorusCommand.OK : ChorusCommand.BAD_INPUT;
  }

  private void print(PrintWriter stdout, Path page, ExtractedArticle article, boolean first)
      throws JsonProcessingException {
    if (json) {
      stdout.println(render(page, article, false).strip());
    } else if (pages.size() == 1) {
      stdout.print(render(page, article, false));
    } else {
      // Several pages: a header per page, as head(1) does.
      if (!first) {
        stdout.println();
      }
      stdout.println("==> " + page + " <==");
      stdout.print(render(page, article, false));
    }
  }

  /** The text (ending in a newline) or JSON of one page; JSON is indented for files only. */
  private String render(Path page, ExtractedArticle article, boolean toFile)
      throws JsonProcessingException {
    if (!json) {
      return article.text() + "\n";
    }
    ArticleMetadata meta = article.metadata();
    ObjectNode node = MAPPER.createObjectNode();
    node.put("file", page.toString());
    node.put("title", meta.title());
    node.put("byline", meta.byline());
    node.put("published", meta.published() == null ? null : meta.published().toString());
    node.put("url", meta.url());
    node.put("site_name", meta.siteName());
    node.put("text", article.text());
    return (toFile
            ? MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node)
            : MAPPER.writeValueAsString(node))
        + "\n";
  }

  /** Reads and parses one page; {@code .gz} pages are decompressed first. */
  private static Document read(Path page) throws IOException, BadPageException {
    if (Files.isDirectory(page)) {
      throw new BadPageException("is a directory");
    }
    long size = Files.size(page);
    if (size > MAX_PAGE_BYTES) {
      throw new BadPageException(
          "file is too large: " + size + " bytes (limit " + MAX_PAGE_BYTES + ")");
    }
    byte[] bytes = Files.readAllBytes(page);
    if (page.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        bytes = in.readNBytes((int) MAX_PAGE_BYTES + 1);
      } catch (IOException e) {
        throw new BadPageException("not a valid gzip file: " + e.getMessage());
      }
      if (bytes.length > MAX_PAGE_BYTES) {
        throw new BadPageException("decompressed page is larger than " + MAX_PAGE_BYTES + " bytes");
      }
    }
    if (new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
      throw new BadPageException(bytes.length == 0 ? "file is empty" : "file has only whitespace");
    }
    // A null charset lets jsoup decide from a byte-order mark or <meta charset>, else UTF-8.
    return Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
  }

  /** page.html -> page.txt (or page.json); page.html.gz -> page.txt. */
  private String outputName(Path page) {
    String name = page.getFileName().toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return stem + (json ? ".json" : ".txt");
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return "cannot read: " + e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /** A page that cannot be extracted; the message says why. */
  private static final class BadPageException extends Exception {
    BadPageException(String message) {
      super(message);
    }
  }
}
