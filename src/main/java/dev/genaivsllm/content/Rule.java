package dev.genaivsllm.content;

/**
 * The content rules, each with a stable code that {@code lint} prints and docs/lint-rules.md
 * explains. Codes are never renumbered or reused: scripts and editors match on them.
 */
public enum Rule {
  YAML_SYNTAX("GVL001", "the file is not valid YAML"),
  ENCODING("GVL002", "the file is not UTF-8 text, starts with a byte-order mark, or is empty"),
  TOO_LARGE("GVL003", "a file, the pack or a folder is over its size or count limit"),
  UNKNOWN_FIELD("GVL004", "a field the template does not have"),
  MISSING_FIELD("GVL005", "a required field is missing or empty"),
  WRONG_TYPE("GVL006", "a value of the wrong kind: a list for a text, a word for a date, ..."),
  LENGTH("GVL007", "a text or a list over its limit, or text that must be one line"),
  DUPLICATE_KEY("GVL008", "a field written twice in one map"),
  BAD_ID("GVL009", "an id or file name that is not lower-case words joined by hyphens"),
  DUPLICATE_ID("GVL010", "the same id used twice"),
  NAME_CLASH("GVL011", "an alias or title that names two entries, or another entry's id"),
  UNKNOWN_SOURCE("GVL012", "a cite key that is not in sources.yaml"),
  UNKNOWN_REFERENCE("GVL013", "a concept, dimension or family id that does not exist"),
  QUIZ_ANSWERS("GVL014", "a question whose options break its kind's rules"),
  ONE_WAY_LINK("GVL015", "a dimension and a concept that do not list each other"),
  UNUSED_SOURCE("GVL016", "a source nothing cites", true),
  STALE("GVL017", "an entry not reviewed for more than a year", true),
  OUTSIDE_PACK("GVL018", "a symbolic link that leads outside the pack folder"),
  MISSING_NEED_RULE(
      "GVL019", "a --need with no rule in signals.yaml, or a need rule with no --need", true),
  OUTDATED_SOURCES(
      "GVL020",
      "an entry on a topic the pack marks as moved that cites nothing from that year on",
      true),
  MISSING_PHRASINGS(
      "GVL021",
      "a concept or dimension with no phrasings: ask finds it only by its own words",
      true),
  DUPLICATE_PHRASING("GVL022", "the same phrasing given for two entries", true),
  EVENT_DATE(
      "GVL023",
      "a timeline event dated otherwise than by its first source or the timeline dimension"),
  MAP_SHAPE("GVL024", "a map region or member placed where the map cannot be drawn"),
  NOT_A_FILE(
      "GVL025",
      "a FIFO, device, socket or folder where a YAML file belongs, or a link to nothing or that"
          + " loops"),
  LEXICON_SIGN(
      "GVL026",
      "a field, elsewhere or requests phrase of only stop words, or one that refuses an entry's own"
          + " name or phrasing",
      true),
  LEXICON_PHRASE(
      "GVL027", "a lexicon phrase of several words that is matched by one word alone", true);

  private final String code;
  private final String summary;
  private final boolean warning;

  Rule(String code, String summary) {
    this(code, summary, false);
  }

  Rule(String code, String summary, boolean warning) {
    this.code = code;
    this.summary = summary;
    this.warning = warning;
  }

  public String code() {
    return code;
  }

  public String summary() {
    return summary;
  }

  /** Warnings are reported but do not make a pack unusable or {@code lint} fail. */
  public boolean warning() {
    return warning;
  }
}
