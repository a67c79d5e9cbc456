package dev.genaivsllm.cli;

import dev.genaivsllm.content.ContentException;
import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.model.PackInfo;
import dev.genaivsllm.render.Renderer;
import java.io.IOException;
import java.io.InputStream;
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
    String pack;
    try {
      PackInfo info = content.pack();
      pack =
          "content pack "
              + info.name()
              + " "
              + info.version()
              + " (content schema "
              + info.schemaVersion()
              + ", reviewed "
              + info.reviewed()
              + ")";
    } catch (ContentException e) {
      pack = "content pack unavailable: " + e.getMessage();
    }
    return new String[] {
      "genai-vs-llm " + programVersion(), pack, "JSON schema " + Renderer.JSON_SCHEMA_VERSION
    };
  }

  static String programVersion() {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // Fall through to "unknown": a missing version must not stop --version.
    }
    return p.getProperty("version", "unknown");
  }
}
