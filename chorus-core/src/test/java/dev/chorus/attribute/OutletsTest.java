package dev.chorus.attribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutletsTest {

  @TempDir Path dir;

  private static Article article(String id, String outlet, String url) {
    return new Article(id, outlet, url, null, null, "Text.");
  }

  @Test
  void outlet_then_url_host_then_id() {
    assertThat(Outlets.of(article("x", "  The Hill ", "https://thehill.com/a")))
        .isEqualTo("The Hill");
    assertThat(Outlets.of(article("x", " ", "https://www.TheHill.com/policy/1?a=b")))
        .isEqualTo("thehill.com");
    assertThat(Outlets.of(article("x", null, "http://news.bbc.co.uk:8080/x")))
        .isEqualTo("news.bbc.co.uk");
    assertThat(Outlets.of(article("x", null, "https://www.cbc.ca./news"))).isEqualTo("cbc.ca");
    assertThat(Outlets.of(article("x", null, "https://www.zürich.ch/"))).isEqualTo("zürich.ch");
    assertThat(Outlets.of(article("000_4f4c", null, null))).isEqualTo("000_4f4c");
    // No host: a relative URL, garbage. A host that is only "www." keeps its name.
    assertThat(Outlets.of(article("id1", null, "/local/path"))).isEqualTo("id1");
    assertThat(Outlets.of(article("id2", null, "ht tp://bad url"))).isEqualTo("id2");
    assertThat(Outlets.of(article("id3", null, "https://www./x"))).isEqualTo("www");
    assertThat(Outlets.of(article("id4", null, "https://user@www.Ünï.de:443/")))
        .isEqualTo("ünï.de");
  }

  @Test
  void reads_a_sources_file() throws IOException {
    Path file =
        write(
            "\uFEFF# seed outlets\r\n"
                + "000_4f4c3af6fec04ba5.txt\tCBC News\r\n"
                + "\n"
                + "   # indented comment\n"
                + " 001_8b78feb1611e0eb2 \t  BBC  \n"
                + "003_x.html\tThe Hill\n");

    Map<String, String> outlets = Outlets.read(file);

    assertThat(outlets)
        .containsExactly(
            Map.entry("000_4f4c3af6fec04ba5.txt", "CBC News"),
            Map.entry("001_8b78feb1611e0eb2", "BBC"),
            Map.entry("003_x.html", "The Hill"));
    Function<Article, String> named = Outlets.with(outlets);
    assertThat(named.apply(article("000_4f4c3af6fec04ba5", null, null))).isEqualTo("CBC News");
    assertThat(named.apply(article("001_8b78feb1611e0eb2", null, null))).isEqualTo("BBC");
    assertThat(named.apply(article("003_x", "ignored", null))).isEqualTo("The Hill");
    // Not named in the file: the article's own outlet, host or id.
    assertThat(named.apply(article("004", "Washington Times", null))).isEqualTo("Washington Times");
    assertThat(named.apply(article("005", null, "https://www.apnews.com/x")))
        .isEqualTo("apnews.com");
    assertThat(named.apply(article("006", null, null))).isEqualTo("006");
  }

  @Test
  void an_exact_name_wins_over_a_file_name_and_dotted_ids_work() {
    Map<String, String> outlets = new LinkedHashMap<>();
    outlets.put("story.v2", "Exact");
    outlets.put("story.v2.json", "From file");
    outlets.put("story.txt", "Stem");
    Function<Article, String> named = Outlets.with(outlets);

    assertThat(named.apply(article("story.v2", null, null))).isEqualTo("Exact");
    assertThat(named.apply(article("story", null, null))).isEqualTo("Stem");
  }

  @Test
  void conflicting_file_names_for_one_id_are_rejected() {
    assertThatThrownBy(() -> Outlets.with(Map.of("a.txt", "One", "a.html", "Two")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'a.html' and 'a.txt' both name article 'a' but with different outlets");
    assertThat(
            Outlets.with(Map.of("a.txt", "Same", "a.html", "Same")).apply(article("a", null, null)))
        .isEqualTo("Same");
    assertThatThrownBy(() -> Outlets.with(Map.of("a", " ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a' -> ' '");
  }

  @Test
  void bad_lines_name_the_file_and_line() throws IOException {
    assertBad("a\tb\tc\n", ":1: expected 'name<TAB>outlet' (2 tab-separated fields), found 3");
    assertBad(
        "# ok\nno tab here\n", ":2: expected 'name<TAB>outlet' (2 tab-separated fields), found 1");
    assertBad("a\t \n", ":1: outlet is blank");
    assertBad("\tOutlet\n", ":1: name is blank");
    assertBad("a\tOne\n\na\tTwo\n", ":3: name 'a' already given on line 1");
  }

  @Test
  void unreadable_and_non_utf8_files_are_reported() throws IOException {
    Path missing = dir.resolve("missing.tsv");
    assertThatThrownBy(() -> Outlets.read(missing))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("cannot read sources file " + missing);
    Path latin1 = dir.resolve("latin1.tsv");
    Files.write(latin1, "a\tZ\u00fcrich\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> Outlets.read(latin1))
        .isInstanceOf(IOException.class)
        .hasMessage("sources file " + latin1 + " is not valid UTF-8");
  }

  @Test
  void empty_file_gives_no_names() throws IOException {
    assertThat(Outlets.read(write(""))).isEmpty();
    assertThat(Outlets.read(write("# only a comment\n\n"))).isEmpty();
  }

  private void assertBad(String content, String message) throws IOException {
    Path file = write(content);
    assertThatThrownBy(() -> Outlets.read(file))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(file + message);
  }

  private int files;

  private Path write(String content) throws IOException {
    Path file = dir.resolve("sources-" + files++ + ".tsv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void list_of_outlets_is_not_needed_for_ids_without_entries() {
    assertThat(Outlets.with(Map.of()).apply(article("x", null, null))).isEqualTo("x");
    assertThat(List.of(Outlets.of(article("y", "", "")))).containsExactly("y");
  }
}
