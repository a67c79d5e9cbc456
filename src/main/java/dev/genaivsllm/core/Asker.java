package dev.genaivsllm.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who is asking and for whom, said around the question rather than asked: "lawyer here:", "explain
 * like i'm five", "what is a token in nlp". Takes it away, so that what is left is what the
 * question is about.
 */
final class Asker {
  private Asker() {}

  /** The field itself, named as where a word is meant: "in ai", "for language models". */
  static final String THE_FIELD =
      "(?:in|for) (?:the )?(?:ai|a\\.i\\.|ml|machine learning|nlp|tech|ai terms|the ai world"
          + "|the context of ai|artificial intelligence|language models|llms|generative ai|genai"
          + "|image generators|chatbots)";

  /**
   * Who is asking, said before the question: "lawyer here:", "I'm a parent.", "as a teacher,",
   * "photographer asking:". At most four words of it.
   */
  private static final Pattern ASKER =
      Pattern.compile(
          "^\\s*(?:(?:i'?m|i am|im) (?:an? )?(?:\\S+ ){0,3}?\\S+ ?[.,:;!-]+"
              + "|(?:\\S+ ){0,2}?\\S+ (?:here|asking) ?[.,:;!-]+"
              + "|as (?:an? )?(?:\\S+ ){0,2}?\\S+ ?,)\\s*",
          Pattern.CASE_INSENSITIVE);

  /**
   * The field named as where a word is meant ("LLM meaning in ai", "what is a token in nlp"): the
   * whole pack is about that field, so it says nothing about which entry answers.
   */
  private static final Pattern IN_THE_FIELD =
      Pattern.compile("\\s+" + THE_FIELD + "\\s*[?.!]*\\s*$", Pattern.CASE_INSENSITIVE);

  /** An age, in figures or words: "10", "five". */
  private static final String AGE = "(?:\\d+|five|six|seven|eight|nine|ten|eleven|twelve)";

  /**
   * How simply the asker wants it put ("explain like i'm in 10th grade", "eli5", "for a 12 year
   * old", "in layman's terms"): what level to answer at, not what the question is about.
   */
  private static final Pattern LEVEL =
      Pattern.compile(
          "[,;:-]?\\s*\\b(?:"
              + "(?:(?:can you |could you |please |pls )?explain(?: it| this| that)? )?"
              + "like (?:i'?m|im|i am|you'?re talking to) (?:a |an )?(?:in (?:the )?)?"
              + "(?:"
              + AGE
              + "(?:st|nd|rd|th)?(?: grade(?:r)?)?(?:[- ]?(?:year|yr)s?[- ]?old)?"
              + "|kid|child|beginner|dummy|toddler|grandma|grandpa|grandparent|newbie)\\b"
              + "|eli5|in lay ?m[ae]n'?s terms|for dummies"
              + "|(?<audience>(?:for|to) (?:a |an |my )?"
              + AGE
              + "[- ]?(?:year|yr)s?[- ]?olds?"
              + "|(?:for|to) (?:a |an )?(?:complete |total |absolute )?"
              + "(?:beginner|newbie|novice|non-techie|layperson|layman|kid|child)s?\\b"
              // "embeddings explained for an accountant": whoever it is explained to
              + "|(?<=explained |explain it |explain this )(?:for|to) (?:a |an |my )\\S+$)"
              // "explain like i'm a developer who never did ML": anyone else, to the sentence's end
              + "|(?:can you |could you |please |pls )?explain(?: it| this| that)?(?: to me)? like"
              + " (?:i'?m|im|i am|you'?re talking to) (?:a |an )"
              // who, up to the sentence's end or the question it asks: "... a lawyer why llms ..."
              + "(?:(?! (?:what|why|how|whether|when|where|which)\\b)[^.?!,])*)",
          Pattern.CASE_INSENSITIVE);

  /**
   * Words that ask for an explanation: with one of them, "for a five year old" is who it is for;
   * without, it may be the topic ("a normal attention span for a five year old").
   */
  private static final Pattern EXPLAIN =
      Pattern.compile(
          "\\b(?:explain|describe|teach|eli5|define)(?:s|es|ed|ing)?\\b", Pattern.CASE_INSENSITIVE);

  /** At most this many words besides the audience make the question a request to explain them. */
  private static final int BARE_TOPIC = 3;

  /**
   * The question without who is asking, if it starts by saying so, without how simply it should be
   * put, and without the field named as where a word is meant; else the question.
   */
  static String withoutAsker(String question) {
    // one space between words, and the apostrophe phones type read as the plain one
    String q = question.replace('’', '\'').replaceAll("\\s+", " ").strip();
    Matcher level = LEVEL.matcher(q);
    if (level.find()
        && (level.start() > 0 || level.end() < q.length())
        // never the whole question: "explain like i'm a developer what rag is?" keeps "what rag is"
        && (q.substring(0, level.start()) + q.substring(level.end())).matches(".*\\p{L}.*")
        && (level.group("audience") == null
            || EXPLAIN.matcher(q).find()
            || (q.substring(0, level.start()) + " " + q.substring(level.end()))
                    .strip()
                    .split("\\s+")
                    .length
                <= BARE_TOPIC)) {
      q = (q.substring(0, level.start()) + " " + q.substring(level.end())).strip();
    }
    Matcher m = ASKER.matcher(q);
    if (m.find() && m.end() < q.length()) {
      q = q.substring(m.end());
    }
    Matcher field = IN_THE_FIELD.matcher(q);
    if (field.find() && field.start() > 0) {
      q = q.substring(0, field.start());
    }
    return q;
  }
}
