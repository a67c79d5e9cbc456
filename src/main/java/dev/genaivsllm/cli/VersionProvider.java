package dev.genaivsllm.cli;

import dev.genaivsllm.content.ContentException;
import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.model.PackInfo;
import dev.genaivsllm.render.Renderer;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the program, the content pack and the JSON contract, each with its version.
 */
final class VersionProvider implements IVersionProvider {
  private final ContentRepository content;

  VersionProvider(ContentRepository content) {
    this.content = content;
  }

  @Override
  public String[] getVersion() {
    List<String> lines = new ArrayList<>();
    lines.add("genai-vs-llm " + programVersion());
    try {
      List<ContentRepository.Pack> packs = content.packs();
      for (ContentRepository.Pack pack : packs) {
        PackInfo info = pack.info();
        lines.add(
            "content pack "
                + info.name()
                + " "
                + info.version()
                + " (content schema "
                + info.schemaVersion()
                + ", reviewed "
                + info.reviewed()
                + ")"
                + (packs.size() > 1 ? " from " + pack.root() : ""));
      }
    } catch (ContentException e) {
      lines.add("content pack unavailable: " + e.getMessage());
    } catch (UsageException e) {
      lines.add("content pack unavailable: " + e.getMessage());
    }
    lines.add("JSON schema " + Renderer.JSON_SCHEMA_VERSION);
    return lines.toArray(String[]::new);
  }

  static String programVersion() {
    return buildProperty("version");
  }

  /** The build's date (the reproducible-build timestamp), as YYYY-MM-DD. */
  static String buildDate() {
    String timestamp = buildProperty("timestamp");
    return timestamp.length() >= 10 ? timestamp.substring(0, 10) : timestamp;
  }

  private static String buildProperty(String name) {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // Fall through to "unknown": a missing version must not stop --version.
    }
    return p.getProperty(name, "unknown");
  }
}
