package dev.genaivsllm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.genaivsllm.testing.Packs;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pictures in a real browser: the packaged program writes the handout and both SVGs of the
 * bundled pack, headless Chromium renders them to PNG and prints the handout to PDF on A4 and on
 * Letter, and the test checks that nothing is blank and nothing sticks out past the page (a script
 * added to a copy of each page measures every element and every SVG text against its box). It runs
 * where Chromium is installed ({@code .ci/run} installs it) and is skipped, saying so, elsewhere.
 * The files stay in {@code target/browser-check/} to be looked at.
 */
class BrowserCheckIT {
  private static final Path ROOT = Packs.projectRoot();
  private static final Path OUT = ROOT.resolve("target/browser-check");

  /** A4's width less the handout's margins (182 mm), in CSS pixels: the narrowest page it meets. */
  private static final int PRINT_WIDTH = 688;

  private static String chromium;

  @BeforeAll
  static void findChromiumAndDraw() throws Exception {
    chromium = onPath("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
    assumeTrue(
        chromium != null,
        "no Chromium on the PATH: the browser check is skipped (install it: apt-get install"
            + " chromium; .ci/run does)");
    if (Files.exists(OUT)) {
      try (Stream<Path> old = Files.walk(OUT)) {
        old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(OUT);
    var handout =
        PackagedProgramIT.launch(
            Map.of(), "handout", "--output", OUT.resolve("handout.html").toString());
    assertEquals(0, handout.exitCode(), handout::toString);
    for (String picture : List.of("map", "timeline")) {
      var svg = PackagedProgramIT.launch(Map.of(), picture, "--format", "svg");
      assertEquals(0, svg.exitCode(), svg::toString);
      Files.writeString(OUT.resolve(picture + ".svg"), svg.out());
    }
  }

  @Test
  void theHandoutFitsThePrintedWidth() throws Exception {
    String page = Files.readString(OUT.resolve("handout.html"));
    assertEquals(List.of(), overflow("handout", page, PRINT_WIDTH));
  }

  @Test
  void theHandoutScreenshotIsNotBlankAndKeepsItsMargins() throws Exception {
    Path png = screenshot(OUT.resolve("handout.html"), "handout.png", 900, 2400, false);
    BufferedImage image = ImageIO.read(png.toFile());
    assertTrue(ink(image, 0, image.getWidth()) > 0.02, "the handout looks blank");
    assertEquals(
        0.0, ink(image, image.getWidth() - 40, image.getWidth()), "ink in the right margin");
  }

  @Test
  void theHandoutPrintsOnA4AndLetter() throws Exception {
    String page = Files.readString(OUT.resolve("handout.html"));
    for (String size : List.of("A4", "letter")) {
      Path html = OUT.resolve("handout-" + size + ".html");
      Files.writeString(html, page.replaceFirst("</style>", "@page{size:" + size + "}</style>"));
      Path pdf = OUT.resolve("handout-" + size + ".pdf");
      chromium(List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf), html);
      String text = Files.readString(pdf, StandardCharsets.ISO_8859_1);
      assertTrue(text.startsWith("%PDF-"), size + ": not a PDF");
      int pages = count(text, "/Type /Page\\b(?!s)");
      assertTrue(pages >= 2 && pages <= 12, size + ": " + pages + " pages");
      Matcher box = Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]").matcher(text);
      assertTrue(box.find(), size + ": no page size");
      long width = Math.round(Double.parseDouble(box.group(1)));
      assertEquals(size.equals("A4") ? 595 : 612, width, size + " width in points");
    }
  }

  @Test
  void bothPicturesKeepTheirTextInsideAndShowOnLightAndDarkPages() throws Exception {
    for (String picture : List.of("map", "timeline")) {
      String svg = Files.readString(OUT.resolve(picture + ".svg"));
      String page = "<!DOCTYPE html><html><body style=\"margin:0\">" + svg + "</body></html>";
      assertEquals(List.of(), overflow(picture, page, 1000));
      // One shot with the picture on a light page and on a dark one, for a viewer who prefers
      // light (on the dark page the picture brings its own light card), and one on a dark page
      // for a viewer who prefers dark (the picture turns dark too).
      for (boolean dark : new boolean[] {false, true}) {
        String panels =
            dark
                ? panel(picture, "#0d1117")
                : panel(picture, "#ffffff") + panel(picture, "#0d1117");
        Path html = OUT.resolve(picture + (dark ? "-dark" : "-light") + ".html");
        Files.writeString(
            html,
            "<!DOCTYPE html><html><body style=\"margin:0;display:flex\">"
                + panels
                + "</body></html>");
        Path png =
            screenshot(
                html,
                picture + (dark ? "-dark" : "-light") + ".png",
                dark ? 1000 : 2000,
                2200,
                dark);
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(ink(image, 0, image.getWidth()) > 0.02, picture + " looks blank, dark " + dark);
      }
    }
  }

  private static String panel(String picture, String background) {
    return "<div style=\"padding:20px;background:"
        + background
        + "\"><img src=\""
        + picture
        + ".svg\"></div>";
  }

  /**
   * The elements of a page wider than {@code width}, and the SVG texts outside their picture,
   * measured by a script in a copy of the page (the page itself has none).
   */
  private static List<String> overflow(String name, String page, int width) throws Exception {
    String probe =
        "<script>addEventListener('load',()=>{const w=innerWidth,bad=[];"
            + "if(document.documentElement.scrollWidth>w)bad.push('page '+document.documentElement.scrollWidth);"
            + "for(const e of document.body.querySelectorAll('*')){const r=e.getBoundingClientRect();"
            + "if(r.width>0&&r.right>w+1)bad.push(e.tagName+' '+Math.round(r.right)+' '+(e.textContent||'').trim().slice(0,40));}"
            + "for(const s of document.querySelectorAll('svg')){const v=s.viewBox.baseVal;"
            + "for(const t of s.querySelectorAll('text')){const b=t.getBBox();"
            + "if(b.x<v.x-1||b.x+b.width>v.x+v.width+1)bad.push('svg text '+Math.round(b.x+b.width)+'>'+v.width+' '+t.textContent.slice(0,40));}}"
            + "const p=document.createElement('pre');p.id='verdict';p.textContent='['+bad.join('|')+']';"
            + "document.body.appendChild(p);});</script>";
    Path html = OUT.resolve(name + "-probe.html");
    Files.writeString(html, page.replaceFirst("</body>", probe + "</body>"));
    String dom = chromium(List.of("--window-size=" + width + ",2000", "--dump-dom"), html);
    Matcher verdict =
        Pattern.compile("<pre id=\"verdict\">\\[(.*?)\\]</pre>", Pattern.DOTALL).matcher(dom);
    assertTrue(
        verdict.find(),
        () -> name + ": the probe did not run:\n" + dom.substring(0, Math.min(500, dom.length())));
    String found = verdict.group(1).strip();
    return found.isEmpty() ? List.of() : List.of(found.split("\\|"));
  }

  private static Path screenshot(Path html, String png, int width, int height, boolean dark)
      throws Exception {
    Path file = OUT.resolve(png);
    List<String> flags =
        new ArrayList<>(
            List.of(
                "--hide-scrollbars",
                "--window-size=" + width + "," + height,
                "--screenshot=" + file));
    if (dark) {
      flags.add("--force-dark-mode");
      flags.add("--blink-settings=preferredColorScheme=0");
    }
    chromium(flags, html);
    assertTrue(Files.size(file) > 1000, png + " was not written");
    return file;
  }

  /** Runs headless Chromium on a page with the flags it needs as root on a closed network. */
  private static String chromium(List<String> flags, Path page) throws Exception {
    Path profile = Files.createTempDirectory(OUT, "profile-");
    List<String> command =
        new ArrayList<>(
            List.of(
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--virtual-time-budget=5000",
                "--user-data-dir=" + profile));
    command.addAll(flags);
    command.add(page.toUri().toString());
    Process p =
        new ProcessBuilder(command).redirectError(OUT.resolve("chromium.log").toFile()).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(90, TimeUnit.SECONDS), "Chromium did not finish");
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
    assertEquals(0, p.exitValue(), "Chromium failed; see " + OUT.resolve("chromium.log"));
    return out;
  }

  /** The share of pixels in columns [from, to) that differ from the top-left pixel. */
  private static double ink(BufferedImage image, int from, int to) {
    int background = image.getRGB(0, 0);
    long differ = 0;
    long all = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = Math.max(0, from); x < to; x++) {
        all++;
        if (distance(image.getRGB(x, y), background) > 24) {
          differ++;
        }
      }
    }
    return all == 0 ? 0 : (double) differ / all;
  }

  private static int distance(int a, int b) {
    return Math.abs(((a >> 16) & 255) - ((b >> 16) & 255))
        + Math.abs(((a >> 8) & 255) - ((b >> 8) & 255))
        + Math.abs((a & 255) - (b & 255));
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String onPath(String... names) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : names) {
        File f = new File(dir, name);
        if (f.canExecute()) {
          return f.getPath();
        }
      }
    }
    return null;
  }
}
