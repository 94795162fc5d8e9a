package dev.chorus.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Main-content extraction. v1 scratch.
 */
public final class MainContentExtractor {

  private final double descend = 0.75;

  public String extract(Document document) {
    Element body = document.body();
    if (body == null) {
      return "";
    }
    List<Block> raw = Linearizer.blocks(body, Hints::invisible);
    Map<Element, Double> mass = mass(raw, body, Collections.emptySet());
    Map<Element, double[]> stats = stats(raw, body);
    double total = mass.getOrDefault(body, 0.0);
    Set<Element> excluded = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element element : body.getAllElements()) {
      if (element == body) {
        continue;
      }
      double m = mass.getOrDefault(element, 0.0);
      double[] st = stats.getOrDefault(element, new double[2]);
      double ld = st[0] == 0 ? 0 : st[1] / st[0];
      boolean looksBad = m < GOODMASS || ld > LDBAD;
      int cw = Hints.classWeight(element);
      boolean bad = Hints.furniture(element)
          || (cw < 0 && (Hints.strong(element) || looksBad));
      if (bad && m < PROTECT * total) {
        excluded.add(element);
      }
    }
    List<Block> blocks =
        Linearizer.blocks(
            body, e -> Hints.invisible(e) || excluded.contains(e),
            e -> BARRIER > 0 && !Hints.invisible(e));
    Element container = choose(blocks, body, Collections.emptySet());
    if (System.getenv("XDEBUG") != null) {
      System.err.println("container: " + container.cssSelector());
    }
    int lo = -1;
    int hi = -1;
    for (Block block : blocks) {
      if (inside(block.owner(), container)) {
        if (lo < 0) {
          lo = block.index();
        }
        hi = block.index();
      }
    }
    if (lo < 0) {
      return "";
    }
    if (System.getenv("XDUMP") != null) {
      for (Block b : blocks) {
        System.err.printf("%4d %s v=%7.1f ch=%4d ld=%.2f %s.%s | %s%n", b.index(),
            b.index() >= lo && b.index() <= hi ? "C" : " ", value(b), b.chars(), b.linkDensity(),
            b.owner().normalName(), b.owner().className().replace(' ', '.'),
            b.text().substring(0, Math.min(70, b.text().length())).replace('\n', ' '));
      }
    }
    Element scope = container;
    for (int up = 0; up < UP && scope.parent() != null && scope != body; up++) {
      scope = scope.parent();
    }
    if (EXPAND) {
      double sum = 0;
      double bestSum = 0;
      int bestHi = hi;
      for (int i = hi + 1; i < blocks.size() && inside(blocks.get(i).owner(), scope); i++) {
        sum += value(blocks.get(i));
        if (sum > bestSum) {
          bestSum = sum;
          bestHi = i;
        }
        if (sum - bestSum < -LIMIT) {
          break;
        }
      }
      sum = 0;
      bestSum = 0;
      int bestLo = lo;
      for (int i = lo - 1; i >= 0 && inside(blocks.get(i).owner(), scope); i--) {
        sum += value(blocks.get(i));
        if (sum > bestSum) {
          bestSum = sum;
          bestLo = i;
        }
        if (sum - bestSum < -LIMIT) {
          break;
        }
      }
      lo = System.getenv("NOLEFT") != null ? lo : bestLo;
      hi = System.getenv("NORIGHT") != null ? hi : bestHi;
    }
    List<Block> out = new ArrayList<>();
    for (Block block : blocks.subList(lo, hi + 1)) {
      if (block.removed()) {
        continue;
      }
      if (block.owner().normalName().equals("h1")) {
        continue;
      }
      if (block.linkDensity() > 0.5) {
        continue;
      }
      out.add(block);
    }
    int first = 0;
    while (first < out.size() && !good(out.get(first)) && trim(out.get(first), container)) {
      first++;
    }
    int last = out.size() - 1;
    while (last >= first && !good(out.get(last)) && trim(out.get(last), container)) {
      last--;
    }
    List<String> texts = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      texts.add(out.get(i).text());
    }
    return String.join("\n\n", texts);
  }

  private static final int UP = Integer.parseInt(System.getenv().getOrDefault("UP", "3"));
  private static final double PROTECT = Double.parseDouble(System.getenv().getOrDefault("PROTECT", "0.5"));
  private static final double LIMIT = Double.parseDouble(System.getenv().getOrDefault("LIMIT", "60"));
  private static final boolean EXPAND = System.getenv("NOEXPAND") == null;

  private static final double BARRIER = Double.parseDouble(System.getenv().getOrDefault("BARRIER", "1"));

  private static final double CAP = Double.parseDouble(System.getenv().getOrDefault("CAP", "1e9"));

  private static double value(Block b) {
    if (b.removed()) {
      return -BARRIER * Math.min(CAP, b.chars());
    }
    double ld = b.linkDensity();
    if (ld >= 0.5) {
      return -b.chars();
    }
    if (b.chars() >= 80) {
      return b.chars() - 2 * b.linkChars();
    }
    if (b.chars() >= 25 && b.endsLikeSentence()) {
      return (b.chars() - 2 * b.linkChars()) / 2.0;
    }
    return -10 - b.linkChars();
  }

  private static boolean inside(Element e, Element container) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == container) {
        return true;
      }
    }
    return false;
  }

  private static Element choose(List<Block> raw, Element body, Set<Element> excluded) {
    Map<Element, Double> score = new IdentityHashMap<>();
    Map<Element, double[]> links = new IdentityHashMap<>();
    for (Block block : raw) {
      if (block.removed()) {
        continue;
      }
      boolean skip = false;
      for (Element e = block.owner(); e != null && e != body; e = e.parent()) {
        if (excluded.contains(e)) {
          skip = true;
          break;
        }
      }
      if (skip) {
        continue;
      }
      for (Element e = block.owner(); e != null; e = e.parent()) {
        double[] l = links.computeIfAbsent(e, k -> new double[2]);
        l[0] += block.chars();
        l[1] += block.linkChars();
        if (e == body) {
          break;
        }
      }
      if (block.chars() < 25 || block.linkDensity() > 0.5) {
        continue;
      }
      double s = 1 + commas(block.text()) + Math.min(block.text().length() / 100, 3);
      int d = 0;
      for (Element e = block.owner(); e != null && d <= 5; e = e.parent(), d++) {
        double w = d == 0 ? (paragraphTag(e) ? 0 : 1) : d == 1 ? 1 : d == 2 ? 0.5 : 1.0 / (3 * (d - 1));
        if (w > 0) {
          score.merge(e, s * w, Double::sum);
        }
        if (e == body) {
          break;
        }
      }
    }
    Element best = body;
    double bestScore = -1;
    for (Map.Entry<Element, Double> entry : score.entrySet()) {
      Element e = entry.getKey();
      double[] l = links.get(e);
      double ld = l == null || l[0] == 0 ? 0 : l[1] / l[0];
      double f = entry.getValue() * (1 - ld) * (1 + 0.25 * Hints.classWeight(e));
      if (f > bestScore || (f == bestScore && e.siblingIndex() < best.siblingIndex())) {
        bestScore = f;
        best = e;
      }
    }
    return best;
  }

  private static boolean paragraphTag(Element e) {
    String n = e.normalName();
    return n.equals("p") || n.equals("li") || n.equals("blockquote") || n.equals("pre")
        || Linearizer.isHeading(n) || n.equals("td") || n.equals("dd") || n.equals("dt");
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
        n++;
      }
    }
    return n;
  }

  private static final int TRIM = Integer.parseInt(System.getenv().getOrDefault("TRIM", "2"));

  private static boolean trim(Block b, Element container) {
    return TRIM == 0 || (TRIM == 2 && !inside(b.owner(), container))
        || (TRIM == 3 && !(inside(b.owner(), container) && b.linkDensity() < 0.2 && (b.owner().normalName().equals("li") || b.heading())));
  }

  private static boolean good(Block block) {
    return block.chars() >= 60 && block.linkDensity() < 0.33 && !block.heading();
  }

  private static final double GOODMASS = Double.parseDouble(System.getenv().getOrDefault("GOODMASS", "400"));
  private static final double LDBAD = Double.parseDouble(System.getenv().getOrDefault("LDBAD", "0.35"));

  private static Map<Element, double[]> stats(List<Block> blocks, Element root) {
    Map<Element, double[]> stats = new IdentityHashMap<>();
    for (Block block : blocks) {
      for (Element e = block.owner(); e != null; e = e.parent()) {
        double[] st = stats.computeIfAbsent(e, k -> new double[2]);
        st[0] += block.chars();
        st[1] += block.linkChars();
        if (e == root) {
          break;
        }
      }
    }
    return stats;
  }

  private static Map<Element, Double> mass(List<Block> blocks, Element root, Set<Element> excluded) {
    Map<Element, Double> mass = new IdentityHashMap<>();
    List<Element> chain = new ArrayList<>();
    for (Block block : blocks) {
      if (!good(block)) {
        continue;
      }
      chain.clear();
      boolean skip = false;
      for (Element e = block.owner(); e != null; e = e.parent()) {
        if (excluded.contains(e)) {
          skip = true;
          break;
        }
        chain.add(e);
        if (e == root) {
          break;
        }
      }
      if (skip) {
        continue;
      }
      double weight = block.chars();
      for (Element e : chain) {
        mass.merge(e, weight, Double::sum);
      }
    }
    return mass;
  }
}
