package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The HTML report as a reader sees it: rendered by headless Chromium (Debian's {@code chromium}
 * and {@code chromium-driver}, which {@code .ci/run} installs), read back as visible text.
 *
 * <p>Skipped when the browser is not installed, unless the environment has {@code
 * CHORUS_REQUIRE_BROWSER=1} ({@code .ci/run} sets it): then a missing browser is a failure, so
 * that the check cannot silently vanish from CI.
 */
class ReportPageBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path ROOT = Path.of(System.getProperty("chorus.root", ".."));

  private static WebDriver browser;
  @TempDir static Path dir;

  @BeforeAll
  static void startBrowser() throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if ("1".equals(System.getenv("CHORUS_REQUIRE_BROWSER"))) {
      assertThat(installed).as("chromium and chromedriver in /usr/bin").isTrue();
    }
    assumeTrue(installed, "headless Chromium not installed (apt-get install chromium chromium-driver); skipped");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    // The flags that keep Chromium quiet on a machine without internet, as root, in a container.
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1280,900",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void a_reader_sees_every_summary_sentence_with_its_outlets_and_the_coverage_table()
      throws IOException {
    Path example = ROOT.resolve(ExampleCluster.PATH);
    SummarizeCommandTest.Run json = SummarizeCommandTest.run("report", "--format", "json", example.toString());
    SummarizeCommandTest.Run html = SummarizeCommandTest.run("report", "--format", "html", example.toString());
    assertThat(html.exitCode()).as(html.err()).isZero();
    // Self-contained: nothing is fetched from anywhere.
    assertThat(html.out()).doesNotContain("src=\"http", "href=\"http", "<script");

    browser.get(write("example.html", html.out()).toUri().toString());
    assertThat(browser.getTitle()).contains("Chorus report");
    JsonNode report = new ObjectMapper().readTree(json.out());
    List<WebElement> items = browser.findElements(By.cssSelector("#summary ol.summary > li"));
    assertThat(items).hasSize(report.get("sentences").size()).isNotEmpty();
    for (int i = 0; i < items.size(); i++) {
      WebElement item = items.get(i);
      JsonNode sentence = report.get("sentences").get(i);
      assertThat(item.isDisplayed()).isTrue();
      assertThat(item.getText()).contains(sentence.get("text").asText());
      // One visible marker per supporting outlet, numbered as in the outlet list.
      long outlets =
          java.util.stream.StreamSupport.stream(sentence.get("sources").spliterator(), false)
              .map(s -> s.get("outlet").asText())
              .distinct()
              .count();
      assertThat(item.findElements(By.cssSelector("sup.source"))).hasSize((int) outlets);
      String firstOutlet = sentence.get("sources").get(0).get("outlet").asText();
      int number = indexOf(report.get("outlets"), firstOutlet) + 1;
      assertThat(item.getText()).contains("[" + number + "]");
    }
    List<WebElement> outletNames = browser.findElements(By.cssSelector("#summary ol.outlets > li"));
    assertThat(outletNames).hasSize(report.get("outlets").size());

    // The coverage table: one row per outlet, a tick where the JSON says the outlet carries it.
    List<WebElement> rows = browser.findElements(By.cssSelector("#coverage tbody tr"));
    assertThat(rows).hasSize(report.get("outlets").size());
    for (JsonNode row : report.get("coverage")) {
      WebElement tr = rows.get(indexOf(report.get("outlets"), row.get("outlet").asText()));
      List<WebElement> cells = tr.findElements(By.tagName("td"));
      for (JsonNode carried : row.get("sentences")) {
        assertThat(cells.get(carried.asInt()).getText()).isEqualTo("✓");
      }
    }
    for (String heading : List.of("Summary", "Coverage", "Only in", "Disagreements", "Key quotes")) {
      assertThat(browser.findElement(By.xpath("//h2[text()='" + heading + "']")).isDisplayed())
          .as(heading)
          .isTrue();
    }
  }

  @Test
  void the_seed_report_shows_the_exclusive_facts_and_the_troop_count_disagreement()
      throws IOException {
    Path seeds = Path.of(System.getProperty("chorus.shared", "../../shared")).resolve("seeds");
    assumeTrue(Files.isDirectory(seeds), "seed cluster not found at " + seeds + "; skipped");
    Path sources = ROOT.resolve("examples/seeds.sources.tsv");
    SummarizeCommandTest.Run html =
        SummarizeCommandTest.run(
            "report", "--format", "html", "--sources", sources.toString(), seeds.toString());
    assertThat(html.exitCode()).as(html.err()).isZero();
    browser.get(write("seeds.html", html.out()).toUri().toString());

    String onlyIn = browser.findElement(By.id("only-in")).getText();
    assertThat(onlyIn).contains("The Washington Times").contains("4,000 in Poland");
    assertThat(onlyIn).contains("The Hill").contains("OSCE");
    String disagreements = browser.findElement(By.id("disagreements")).getText();
    assertThat(disagreements).contains("tens of thousands of troops").contains("thousands of troops");
    assertThat(disagreements.toLowerCase()).doesNotContain("defence");
  }

  @Test
  void a_digest_page_lists_its_stories_and_each_story_shows_its_own_report() throws IOException {
    Path pile = Files.createDirectories(dir.resolve("pile"));
    try (java.util.stream.Stream<Path> files = Files.list(ROOT.resolve(ExampleCluster.PATH))) {
      for (Path file : files.toList()) {
        Files.copy(file, pile.resolve(file.getFileName()));
      }
    }
    // A second, invented story of two reports.
    Files.writeString(pile.resolve("library_a.txt"),
        "Library extends opening hours\n\nThe Ashford town library will stay open until nine in"
            + " the evening on weekdays from next month, the head librarian said on Tuesday. The"
            + " longer hours are paid for by a grant from the county.\n");
    Files.writeString(pile.resolve("library_b.txt"),
        "Ashford library to open late on weekdays\n\nFrom next month the Ashford library will"
            + " open until nine in the evening on weekdays, paid for by a county grant, the head"
            + " librarian said on Tuesday.\n");
    SummarizeCommandTest.Run json = SummarizeCommandTest.run(
        "digest", "--format", "json", "--paraphrase", "lexical", pile.toString());
    SummarizeCommandTest.Run html = SummarizeCommandTest.run(
        "digest", "--format", "html", "--paraphrase", "lexical", pile.toString());
    assertThat(html.exitCode()).as(html.err()).isZero();
    assertThat(html.out()).doesNotContain("<script", "src=\"http");

    browser.get(write("digest.html", html.out()).toUri().toString());
    JsonNode digest = new ObjectMapper().readTree(json.out());
    JsonNode stories = digest.get("stories");
    assertThat(stories).hasSize(2);
    List<WebElement> contents = browser.findElements(By.cssSelector("nav.contents a"));
    List<WebElement> articles = browser.findElements(By.cssSelector("article.story"));
    assertThat(contents).hasSize(2);
    assertThat(articles).hasSize(2);
    for (int i = 0; i < 2; i++) {
      JsonNode story = stories.get(i);
      WebElement article = articles.get(i);
      assertThat(contents.get(i).getText()).isEqualTo(story.get("headline").asText());
      assertThat(contents.get(i).getAttribute("href")).endsWith("#" + article.getAttribute("id"));
      assertThat(article.findElement(By.tagName("h2")).getText())
          .isEqualTo(story.get("headline").asText());
      List<WebElement> sentences = article.findElements(By.cssSelector("ol.summary > li"));
      assertThat(sentences).hasSize(story.get("report").get("sentences").size()).isNotEmpty();
      for (int k = 0; k < sentences.size(); k++) {
        assertThat(sentences.get(k).getText())
            .contains(story.get("report").get("sentences").get(k).get("text").asText());
      }
      assertThat(article.findElements(By.cssSelector("section.articles li")))
          .hasSize(story.get("articles").size());
    }
    assertThat(articles.get(1).getText()).contains("Ashford");
  }

  private static int indexOf(JsonNode array, String value) {
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i).asText().equals(value)) {
        return i;
      }
    }
    throw new AssertionError(value + " not in " + array);
  }
}
