package dev.chorus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.ingest.IngestResult.Ingested;
import dev.chorus.ingest.IngestResult.Rejected;
import dev.chorus.model.Article;
import dev.chorus.model.Story;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoaderTest {

  private final ArticleLoader loader = new ArticleLoader();

  @TempDir Path dir;

  private Path write(String relative, String content) throws IOException {
    return write(relative, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String relative, byte[] content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }

  private static List<Article> articles(List<IngestResult<Article>> results) {
    return results.stream()
        .filter(r -> r instanceof Ingested<Article>)
        .map(r -> ((Ingested<Article>) r).value())
        .toList();
  }

  private static List<String> rejections(List<IngestResult<Article>> results) {
    return results.stream()
        .filter(r -> r instanceof Rejected<Article>)
        .map(Object::toString)
        .toList();
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ArticleLoaderTest.class.getResource("/ingest/" + name).toURI());
  }

  @Test
  void loads_each_format_from_the_test_directory() throws Exception {
    Path articles = resource("articles");

    List<IngestResult<Article>> results = loader.load(List.of(articles));

    // README.md and the hidden file are skipped silently; nothing is rejected.
    assertThat(rejections(results)).isEmpty();
    assertThat(results)
        .extracting(IngestResult::source)
        .containsExactly(
            articles.resolve("harbor-council.html").toString(),
            articles.resolve("harbor-ferry.txt").toString(),
            articles.resolve("nested/harbor-wind.json").toString());
    assertThat(articles(results))
        .containsExactly(
            new Article(
                "harbor-council",
                "Northport Ledger",
                "https://ledger.example/2031/03/pier-repairs",
                "Council approves pier repairs",
                Instant.parse("2031-03-04T14:30:00Z"),
                // #4: the main-content extractor leaves the h1 headline (the title) out of the body.
                "The town council voted 5 to 2 on Monday to fund repairs to the storm-damaged"
                    + " pier.\n\nWork is expected to start in April."),
            new Article(
                "harbor-ferry",
                null,
                null,
                "Harbor ferry resumes service after storm",
                null,
                "The ferry between Northport and Gull Island resumed service on Tuesday, two days"
                    + " after a storm damaged the pier.\n\nOfficials said repairs would continue"
                    + " through the week.\n"),
            new Article(
                "ledger-wind-0304",
                "Coast Weekly",
                "https://coast.example/wind",
                "Wind warning lifted for Gull Island",
                Instant.parse("2031-03-03T00:00:00Z"),
                "The weather service lifted its wind warning for Gull Island on Monday evening."
                    + "\n\nFerry crews were told to expect calm seas."));
  }

  @Test
  void byte_order_mark_is_stripped() throws IOException {
    Path file = write("bom.txt", "\uFEFFTitle\n\nBody.");

    assertThat(articles(loader.load(List.of(file))))
        .containsExactly(new Article("bom", null, null, "Title", null, "Body."));
  }

  @Test
  void crlf_text_file_is_normalised() throws IOException {
    Path file = write("crlf.txt", "Title\r\n\r\nLine one.\r\nLine two.\r\n");

    assertThat(articles(loader.load(List.of(file))))
        .containsExactly(new Article("crlf", null, null, "Title", null, "Line one.\nLine two.\n"));
  }

  @Test
  void invalid_utf8_is_rejected_with_its_byte_offset() throws IOException {
    // "Caf" + Latin-1 'é' (0xE9) + "!\n": the byte at offset 3 starts no valid UTF-8 sequence.
    Path file = write("latin1.txt", new byte[] {'C', 'a', 'f', (byte) 0xE9, '!', '\n'});

    assertThat(loader.load(List.of(file)))
        .containsExactly(new Rejected<>(file.toString(), "not valid UTF-8 at byte offset 3"));
  }

  @Test
  void empty_and_whitespace_only_files_are_rejected() throws IOException {
    Path empty = write("empty.txt", "");
    Path blank = write("blank.json", " \n\t ");
    Path bomOnly = write("bom-only.html", "\uFEFF");

    assertThat(loader.load(List.of(empty, blank, bomOnly)))
        .containsExactly(
            new Rejected<>(blank.toString(), "file has no text (only whitespace)"),
            new Rejected<>(bomOnly.toString(), "file has no text (only whitespace)"),
            new Rejected<>(empty.toString(), "file is empty"));
  }

  @Test
  void explicitly_named_file_with_unknown_extension_is_rejected() throws IOException {
    Path notes = write("notes.md", "Some notes.");
    Path data = write("x.jsonl", "{}");
    Path bare = write("LICENSE", "text");

    assertThat(rejections(loader.load(List.of(notes, data, bare))))
        .containsExactly(
            bare + ": file has no extension; expected one of .htm, .html, .json, .txt",
            notes + ": unsupported extension '.md'; expected one of .htm, .html, .json, .txt",
            data
                + ": a JSONL file is a cluster file, not an article (read it with ClusterReader);"
                + " expected one of .htm, .html, .json, .txt");
  }

  @Test
  void directory_walk_ignores_hidden_and_clearly_non_article_files_but_reports_others()
      throws IOException {
    write("a.txt", "Body a.");
    write("README.md", "About.");
    write("table.CSV", "a,b");
    write(".hidden.txt", "Hidden.");
    write(".git/b.txt", "Inside a hidden directory.");
    write("sub/deeper/c.TXT", "Body c.");
    Path odd = write("sub/d.xyz", "Unknown format.");

    List<IngestResult<Article>> results = loader.load(List.of(dir));

    assertThat(articles(results)).extracting(Article::id).containsExactly("a", "c");
    assertThat(rejections(results))
        .containsExactly(
            odd + ": unsupported extension '.xyz'; expected one of .htm, .html, .json, .txt");
  }

  @Test
  void missing_path_is_rejected_not_thrown() {
    Path missing = dir.resolve("nope");

    assertThat(loader.load(List.of(missing)))
        .containsExactly(new Rejected<>(missing.toString(), "no such file or directory"));
  }

  @Test
  void unreadable_file_is_rejected() throws IOException {
    Path file = write("locked.txt", "Body.");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(file), "running as a user who can read any file");

    assertThat(loader.load(List.of(file)))
        .containsExactly(new Rejected<>(file.toString(), "permission denied"));
  }

  @Test
  void too_large_file_is_rejected_unread() throws IOException {
    Path file = write("big.txt", "0123456789");
    ArticleLoader small = new ArticleLoader(ArticleLoader.defaultParsers(), 9);

    assertThat(small.load(List.of(file)))
        .containsExactly(new Rejected<>(file.toString(), "file is too large: 10 bytes (limit 9)"));
  }

  @Test
  void parser_bug_becomes_a_rejection() throws IOException {
    Path file = write("a.txt", "Body.");
    ArticleParser broken =
        (id, content) -> {
          throw new IllegalStateException("boom");
        };
    ArticleLoader brokenLoader = new ArticleLoader(Map.of("txt", broken), 100);

    assertThat(brokenLoader.load(List.of(file)))
        .containsExactly(
            new Rejected<>(
                file.toString(), "internal error while parsing: IllegalStateException: boom"));
  }

  @Test
  void duplicate_id_rejects_the_later_file_in_path_order() throws IOException {
    Path first = write("a/same.txt", "First.");
    Path second = write("b/same.html", "<p>Second.</p>");
    Path json = write("c/other.json", "{\"id\": \"same\", \"text\": \"Third.\"}");

    List<IngestResult<Article>> results = loader.load(List.of(json, second, first));

    assertThat(results)
        .containsExactly(
            new Ingested<>(Article.of("same", "First."), first.toString()),
            new Rejected<>(
                second.toString(), "duplicate article id 'same' (already read from " + first + ")"),
            new Rejected<>(
                json.toString(), "duplicate article id 'same' (already read from " + first + ")"));
  }

  @Test
  void a_file_reached_twice_is_read_once() throws IOException {
    Path file = write("sub/a.txt", "Body.");
    Path sameFile = dir.resolve("sub/../sub/./a.txt");

    List<IngestResult<Article>> results = loader.load(List.of(dir, file, sameFile));

    assertThat(results).containsExactly(new Ingested<>(Article.of("a", "Body."), file.toString()));
  }

  @Test
  void result_does_not_depend_on_creation_or_argument_order() throws IOException {
    List<String> names =
        List.of("m.txt", "b/z.txt", "a.json", "b/a2.html", "c.xyz", "b/c/d.txt", "e.txt");
    List<String> reversed = new ArrayList<>(names);
    java.util.Collections.reverse(reversed);

    List<IngestResult<Article>> forward = loadCreatedIn(names, List.of(dir));
    deleteContents(dir);
    List<IngestResult<Article>> backward = loadCreatedIn(reversed, List.of(dir));
    deleteContents(dir);
    List<Path> arguments = new ArrayList<>();
    for (String name : reversed) {
      arguments.add(dir.resolve(name));
    }
    List<IngestResult<Article>> explicit = loadCreatedIn(names, arguments);

    assertThat(forward).hasSize(names.size());
    assertThat(backward).isEqualTo(forward);
    assertThat(articles(explicit)).isEqualTo(articles(forward));
    assertThat(articles(forward))
        .extracting(Article::id)
        .containsExactly("a", "a2", "d", "e", "m", "z");
  }

  private List<IngestResult<Article>> loadCreatedIn(List<String> names, List<Path> arguments)
      throws IOException {
    for (String name : names) {
      if (name.endsWith(".json")) {
        write(name, "{\"text\": \"Text of " + name + "\"}");
      } else if (name.endsWith(".html")) {
        write(name, "<p>Text of " + name + "</p>");
      } else {
        write(name, "Headline " + name + "\n\nText of " + name);
      }
    }
    return loader.load(arguments);
  }

  private static void deleteContents(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        if (!path.equals(root)) {
          Files.delete(path);
        }
      }
    }
  }

  @Test
  void story_id_is_the_directory_name_or_a_stable_hash() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("harbor-story"));
    Path a = write("a.txt", "A.");
    Path b = write("b.txt", "B.");

    assertThat(ArticleLoader.storyId(List.of(sub))).isEqualTo("harbor-story");
    assertThat(ArticleLoader.storyId(List.of(dir.resolve("harbor-story/."))))
        .isEqualTo("harbor-story");
    String hash = ArticleLoader.storyId(List.of(a, b));
    assertThat(hash).matches("story-[0-9a-f]{12}");
    assertThat(ArticleLoader.storyId(List.of(b, a))).isEqualTo(hash);
    assertThat(ArticleLoader.storyId(List.of(a))).isNotEqualTo(hash).matches("story-[0-9a-f]{12}");
    assertThatThrownBy(() -> ArticleLoader.storyId(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void to_story_keeps_ingested_articles_in_result_order() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("harbor-story"));
    write("harbor-story/b.txt", "B.");
    write("harbor-story/a.txt", "A.");
    write("harbor-story/empty.txt", "");

    List<IngestResult<Article>> results = loader.load(List.of(sub));
    Story story = ArticleLoader.toStory(List.of(sub), results);

    assertThat(results).hasSize(3);
    assertThat(story.id()).isEqualTo("harbor-story");
    assertThat(story.articles()).containsExactly(Article.of("a", "A."), Article.of("b", "B."));
  }

  @Test
  void constructor_validates_its_arguments() {
    assertThatThrownBy(() -> new ArticleLoader(Map.of(".txt", new TextArticleParser()), 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'.txt'");
    assertThatThrownBy(() -> new ArticleLoader(ArticleLoader.defaultParsers(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxFileBytes must be >= 1, was 0");
  }

  @Test
  void reads_the_shared_seed_articles() {
    String shared = System.getProperty("chorus.shared");
    Assumptions.assumeTrue(
        shared != null && Files.isDirectory(Path.of(shared, "seeds")),
        "shared seeds not found (system property chorus.shared=" + shared + ")");
    Path seeds = Path.of(shared, "seeds");

    List<IngestResult<Article>> results = loader.load(List.of(seeds));

    assertThat(rejections(results)).isEmpty();
    List<Article> articles = articles(results);
    assertThat(articles)
        .extracting(Article::id)
        .containsExactly(
            "000_4f4c3af6fec04ba5",
            "001_8b78feb1611e0eb2",
            "002_1cd65cf2135fe1ee",
            "003_1dfbfbdb0a5b1e2b",
            "004_41fce96bdadc8c99");
    assertThat(articles.get(0).title()).startsWith("U.S. suggests");
    // 001 starts straight with a 215-character paragraph: no headline.
    assertThat(articles.get(1).title()).isNull();
    assertThat(articles.get(1).text()).startsWith("As talks near");
    assertThat(articles.get(2).title()).startsWith("Official Says U.S. Is");
    assertThat(articles.get(2).text()).startsWith("With crucial talks");
    assertThat(articles.get(3).title()).startsWith("US intends to discuss");
    assertThat(articles.get(4).title())
        .isEqualTo("- The Washington Times - Saturday, January 8, 2022");
    for (Article article : articles) {
      assertThat(article.text()).isNotBlank().doesNotStartWith("\n");
    }
    assertThat(ArticleLoader.toStory(List.of(seeds), results).id()).isEqualTo("seeds");
  }
}
