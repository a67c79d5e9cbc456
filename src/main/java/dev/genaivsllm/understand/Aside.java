package dev.genaivsllm.understand;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A few words set apart before what someone typed: who is asking ("novelist.", "film editor:",
 * "data journalist,") or what about ("budget question."). At most three words, ended by a full
 * stop, colon or comma, with more text after. Whether to leave them out is the reader's call: they
 * may name the topic ("deepfakes. how are they made").
 *
 * @param words the words set apart, without the punctuation
 * @param rest what follows
 */
public record Aside(String words, String rest) {
  private static final Pattern LEADING =
      Pattern.compile("^\\s*((?:[\\p{L}\\d'-]+ ){0,2}[\\p{L}\\d'-]+)\\s*[.:,]\\s+(?=\\S)");

  /** Endings of the words people name themselves by: editor, musician, analyst, researchers. */
  private static final Pattern ROLE =
      Pattern.compile("(?:er|or|ist|ian|ee|ers|ors|ists|ians|ees)$");

  /** The words set apart at the start of this text, if any. */
  public static Optional<Aside> leading(String text) {
    Matcher m = LEADING.matcher(text);
    return m.find()
        ? Optional.of(new Aside(m.group(1), text.substring(m.end())))
        : Optional.empty();
  }

  /** Whether the last word names a person by what they do ("film editor", "researchers"). */
  public boolean namesARole() {
    return ROLE.matcher(lastWord().toLowerCase(java.util.Locale.ROOT)).find();
  }

  /** The last of the words set apart: "editor" in "film editor". */
  public String lastWord() {
    return words.substring(words.lastIndexOf(' ') + 1);
  }
}
