package dev.genaivsllm.render;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Makes text from a content pack (or from the command line) safe for a terminal: control characters
 * (C0 except newline and tab, DEL, C1) and bidirectional controls become visible escapes such as
 * {@code \x1b} and {@code \u202e}, so content can never move the cursor, change colours, retitle
 * the window or hide text. Text and markdown renderers clean every result before drawing it, and
 * colour their own output afterwards; JSON escapes the same characters in its own way.
 */
public final class Sanitizer {
  private Sanitizer() {}

  public static String clean(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(
            c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * Whether text is one plain line: nothing {@link #clean} would change, and no newline or tab
   * either (a name that becomes part of a file, a message or a command to copy).
   */
  public static boolean plainLine(String text) {
    return text.chars().noneMatch(c -> c == '\n' || c == '\t' || unsafe((char) c));
  }

  static boolean unsafe(char c) {
    return (c < 0x20 && c != '\n' && c != '\t')
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E
        || c == 0x200F
        || c == 0x061C;
  }

  /**
   * A copy of a result with every string in it cleaned: records are rebuilt through their canonical
   * constructors, collections and optionals copied; numbers, dates, enums and paths pass through.
   *
   * @throws IllegalArgumentException for a type it does not know, so that a new result type cannot
   *     slip past unsanitised (the golden tests render every result)
   */
  public static <T> T deep(T value) {
    return deep(value, Glyphs.UNICODE);
  }

  /**
   * {@link #deep(Object)}, with every string also made fit for the glyphs' charset ({@link
   * Glyphs#text}): text drawn in ASCII gets pack text folded to ASCII too.
   */
  @SuppressWarnings("unchecked")
  public static <T> T deep(T value, Glyphs glyphs) {
    return (T) new Copier(glyphs).copy(value);
  }

  /** One deep copy, cleaning and fitting every string on the way. */
  private record Copier(Glyphs glyphs) {
    private Object copy(Object value) {
      if (value == null
          || value instanceof Number
          || value instanceof Boolean
          || value instanceof Character
          || value instanceof Enum<?>
          || value instanceof Temporal
          || value instanceof Path
          || value instanceof OptionalInt
          || value instanceof OptionalLong) {
        return value;
      }
      if (value instanceof String s) {
        return glyphs.text(clean(s));
      }
      if (value instanceof Optional<?> o) {
        return o.map(this::copy);
      }
      if (value instanceof List<?> list) {
        List<Object> copy = new ArrayList<>(list.size());
        list.forEach(item -> copy.add(copy(item)));
        return java.util.Collections.unmodifiableList(copy);
      }
      if (value instanceof Set<?> set) {
        Set<Object> copy = new LinkedHashSet<>();
        set.forEach(item -> copy.add(copy(item)));
        return java.util.Collections.unmodifiableSet(copy);
      }
      if (value instanceof Map<?, ?> map) {
        Map<Object, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(copy(k), copy(v)));
        return java.util.Collections.unmodifiableMap(copy);
      }
      if (value instanceof Collection<?>) {
        throw new IllegalArgumentException("cannot sanitize a " + value.getClass());
      }
      if (value.getClass().isRecord()) {
        return record(value);
      }
      throw new IllegalArgumentException("cannot sanitize a " + value.getClass());
    }

    private Object record(Object value) {
      RecordComponent[] components = value.getClass().getRecordComponents();
      Object[] args = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      try {
        for (int i = 0; i < components.length; i++) {
          var accessor = components[i].getAccessor();
          accessor.setAccessible(true);
          args[i] = copy(accessor.invoke(value));
          types[i] = components[i].getType();
        }
        Constructor<?> canonical = value.getClass().getDeclaredConstructor(types);
        canonical.setAccessible(true);
        return canonical.newInstance(args);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot copy " + value.getClass(), e);
      }
    }
  }
}
