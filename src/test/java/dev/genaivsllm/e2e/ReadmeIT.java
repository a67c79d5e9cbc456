package dev.genaivsllm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.genaivsllm.testing.Packs;
import dev.genaivsllm.testing.Readme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command the README shows works verbatim on a fresh account: the README's shell lines run,
 * in order, in one bash, with an empty home and the archive {@code mvn package} made in the current
 * folder, as a new user who downloaded it would. The install lines install it; lines for a clone
 * ({@code bin/genai-vs-llm}) run in the checkout. A line passes when it exits as its comment says
 * ("exit code 3"), else with 0; a pipeline's earlier commands may end with SIGPIPE. Lines that need
 * a terminal run under {@code script}, typing {@code q}. Only lines that cannot run offline or need
 * a tool that is missing here are left out, each for a stated reason.
 */
class ReadmeIT {
  private static final Path ROOT = Packs.projectRoot();
  private static final Pattern EXIT_CODE = Pattern.compile("exit code (\\d+)");

  @TempDir Path dir;

  /** Why a README line is not run here, or null to run it. */
  private static String skipReason(Readme.Command c) {
    String command = c.command();
    if (command.startsWith("mvn ")) {
      return "the build itself (this test runs inside it)";
    }
    for (String tool : List.of("jq", "man", "script", "zsh")) {
      if (Pattern.compile("(^|[|;&]\\s*)" + tool + "\\b").matcher(command).find()
          && !onPath(tool)) {
        return tool + " is not installed here";
      }
    }
    if (interactive(command) && !onPath("script")) {
      return "needs a terminal, and script(1) is not installed here";
    }
    return null;
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  /** The quiz and the recommend questions ask a person at a terminal. */
  private static boolean interactive(String command) {
    if (command.contains("|")) {
      return false;
    }
    List<String> words = Arrays.asList(command.split("\\s+"));
    int program = -1;
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).endsWith("genai-vs-llm")) {
        program = i;
        break;
      }
    }
    if (program < 0 || program + 1 >= words.size()) {
      return false;
    }
    List<String> args = words.subList(program + 1, words.size());
    return (args.equals(List.of("recommend")))
        || (args.get(0).equals("quiz")
            && !args.contains("--answers")
            && !args.contains("stats")
            && !args.contains("reset")
            && !args.contains("--help"));
  }

  /** The exit codes a line may end with. */
  private static Set<Integer> expected(Readme.Command c) {
    Matcher m = EXIT_CODE.matcher(c.comment());
    if (m.find()) {
      return Set.of(Integer.parseInt(m.group(1)));
    }
    if (c.command().contains("--pass-mark")) {
      return Set.of(0, 5); // the score decides, and the questions change with the pack
    }
    return Set.of(0);
  }

  @Test
  void everyCommandInTheReadmeWorksOnAFreshAccount() throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    Path work = Files.createDirectories(dir.resolve("downloads"));
    Path logs = Files.createDirectories(dir.resolve("logs"));
    Path status = dir.resolve("status");
    try (var archives = Files.list(ROOT.resolve("target"))) {
      for (Path archive :
          archives
              .filter(f -> f.getFileName().toString().matches("genai-vs-llm-.+\\.tar\\.gz"))
              .toList()) {
        Files.copy(archive, work.resolve(archive.getFileName()));
      }
    }
    List<Readme.Command> commands = Readme.read().commands();
    Map<Integer, Readme.Command> run = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    StringBuilder script = new StringBuilder("exec 3>\"$STATUS\"\ncd \"$WORK\"\n");
    for (int n = 0; n < commands.size(); n++) {
      Readme.Command c = commands.get(n);
      String reason = skipReason(c);
      if (reason != null) {
        skipped.add(c + " (" + reason + ")");
        continue;
      }
      run.put(n, c);
      String line = c.command();
      if (interactive(line)) {
        line = "timeout 60 script -qec " + quote(line) + " /dev/null <<< q";
      }
      if (c.command().startsWith("bin/")) {
        line = "cd \"$ROOT\" && " + line;
      }
      script
          .append("# ")
          .append(c)
          .append("\n{ ")
          .append(line)
          .append("\necho \"")
          .append(n)
          .append(" ${PIPESTATUS[*]}\" >&3; } </dev/null >\"$LOGS/")
          .append(n)
          .append(".out\" 2>\"$LOGS/")
          .append(n)
          .append(".err\"\ncd \"$WORK\"\n");
    }
    Path file = dir.resolve("readme.sh");
    Files.writeString(file, script);

    ProcessBuilder pb = new ProcessBuilder("bash", "--norc", "--noprofile", file.toString());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("GENAI_VS_LLM_") || k.startsWith("XDG_"));
    List.of("NO_COLOR", "CLICOLOR_FORCE", "COLUMNS", "JAVA_OPTS", "LC_ALL", "LC_CTYPE", "PAGER")
        .forEach(env::remove);
    env.put("HOME", home.toString());
    env.put("LANG", "C.UTF-8");
    env.put("EDITOR", "true"); // the reader saves the file as init-pack wrote it
    // the launcher's start-up archive in the test run's own cache, not a warm-up per fresh home
    env.put("XDG_CACHE_HOME", ROOT.resolve("target/it-cache").toString());
    env.put("ROOT", ROOT.toString());
    env.put("WORK", work.toString());
    env.put("LOGS", logs.toString());
    env.put("STATUS", status.toString());
    pb.redirectErrorStream(true).redirectOutput(dir.resolve("bash.log").toFile());
    Set<String> before = topLevel();
    Process p = pb.start();
    assertTrue(p.waitFor(15, TimeUnit.MINUTES), "the README's commands took too long");
    // lines run in the checkout must not leave files in it (map.svg, NOTES.md once did)
    assertEquals(before, topLevel(), "README lines wrote into the checkout");

    Map<Integer, List<Integer>> codes = new HashMap<>();
    for (String line : Files.readAllLines(status)) {
      String[] parts = line.strip().split(" ");
      List<Integer> pipeline = new ArrayList<>();
      for (int i = 1; i < parts.length; i++) {
        pipeline.add(Integer.parseInt(parts[i]));
      }
      codes.put(Integer.parseInt(parts[0]), pipeline);
    }
    List<String> failures = new ArrayList<>();
    for (Map.Entry<Integer, Readme.Command> e : run.entrySet()) {
      List<Integer> pipeline = codes.get(e.getKey());
      Readme.Command c = e.getValue();
      if (pipeline == null) {
        failures.add(c + "\n  did not run\n" + Files.readString(dir.resolve("bash.log")));
        continue;
      }
      int last = pipeline.get(pipeline.size() - 1);
      boolean earlierOk =
          pipeline.subList(0, pipeline.size() - 1).stream().allMatch(x -> x == 0 || x == 141);
      if (!expected(c).contains(last) || !earlierOk) {
        failures.add(
            c
                + "\n  exit codes "
                + pipeline
                + ", expected "
                + expected(c)
                + "\n  stdout: "
                + tail(logs.resolve(e.getKey() + ".out"))
                + "\n  stderr: "
                + tail(logs.resolve(e.getKey() + ".err")));
      }
    }
    if (!failures.isEmpty()) {
      fail(String.join("\n\n", failures) + "\n\nnot run:\n" + String.join("\n", skipped));
    }
    assertTrue(run.size() >= 30, "only " + run.size() + " README lines ran; skipped: " + skipped);
    assertEquals(
        List.of(),
        skipped.stream().filter(s -> !s.contains("mvn ") && !s.contains("installed")).toList());
  }

  /** The checkout's top-level files and folders, each with its size and modification time. */
  private static Set<String> topLevel() throws IOException {
    try (var files = Files.list(ROOT)) {
      Set<String> names = new java.util.TreeSet<>();
      for (Path f :
          files
              .filter(f -> !Set.of("target", ".git").contains(f.getFileName().toString()))
              .toList()) {
        names.add(f.getFileName() + " " + Files.size(f) + " " + Files.getLastModifiedTime(f));
      }
      return names;
    }
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  private static String tail(Path file) throws IOException {
    String text = Files.exists(file) ? Files.readString(file) : "";
    return text.length() > 1500 ? "..." + text.substring(text.length() - 1500) : text;
  }
}
