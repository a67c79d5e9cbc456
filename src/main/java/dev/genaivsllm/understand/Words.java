package dev.genaivsllm.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into lower-case words with a stem ({@link Stemmer}), keeping where each word was, and
 * knows which words are too common to say what a text is about.
 */
public final class Words {
  /**
   * Words that carry no topic: articles, pronouns, auxiliaries, and the frame of a question ("how
   * does ... work", "what is the difference between ..."). What kind of question it is, is read
   * separately; these never decide which entry answers it. Their common misspellings and chat
   * shorthand ("wich", "dosent", "tbh") are here too: a word the pack lacks pulls every score down,
   * and these say nothing about the topic either.
   */
  private static final Set<String> STOP =
      Set.of(
          "a",
          "about",
          "all",
          "also",
          "am",
          "an",
          "and",
          "any",
          "are",
          "as",
          "at",
          "be",
          "been",
          "being",
          "between",
          "but",
          "by",
          "can",
          "cant",
          "could",
          "d",
          "did",
          "didn",
          "difference",
          "differences",
          "diffrence",
          "diference",
          "differnce",
          "diferencia",
          "diff",
          "diffrences",
          "diferences",
          "differnces",
          "difrence",
          "diffrent",
          "diferent",
          "doesn",
          "doesnt",
          "don",
          "dont",
          "isn",
          "isnt",
          "ll",
          "never",
          "no",
          "not",
          "re",
          "s",
          "t",
          "ve",
          "wasn",
          "won",
          "different",
          "differ",
          "differs",
          "do",
          "does",
          "doing",
          "done",
          "each",
          "eli5",
          "even",
          "exactly",
          "explain",
          "for",
          "from",
          "get",
          "gets",
          "got",
          "had",
          "has",
          "have",
          "he",
          "her",
          "here",
          "him",
          "his",
          "how",
          "i",
          "if",
          "im",
          "in",
          "into",
          "is",
          "it",
          "its",
          "just",
          "kind",
          "kinds",
          "let",
          "like",
          "me",
          "mean",
          "means",
          "meant",
          "more",
          "most",
          "much",
          "my",
          "of",
          "on",
          "one",
          "or",
          "our",
          "please",
          "only",
          "regular",
          "normal",
          "plain",
          "standard",
          "classic",
          "traditional",
          "usual",
          "typical",
          "basic",
          "vanilla",
          "told",
          "said",
          "saying",
          "says",
          "keep",
          "keeps",
          "kept",
          "thing",
          "things",
          "stuff",
          "lot",
          "lots",
          "bit",
          "pretty",
          "quite",
          "getting",
          "going",
          "gonna",
          "kinda",
          "sorta",
          "wanna",
          "gotta",
          "ok",
          "okay",
          "hey",
          "hi",
          "hello",
          "thanks",
          "thank",
          "guys",
          "yeah",
          "yes",
          "ive",
          "youre",
          "arent",
          "aren",
          "weren",
          "couldn",
          "wouldn",
          "shouldn",
          "hasn",
          "haven",
          "hadn",
          "wasnt",
          "werent",
          "didnt",
          "couldnt",
          "wouldnt",
          "shouldnt",
          "hasnt",
          "havent",
          "thats",
          "theyre",
          "youve",
          "weve",
          "whys",
          "wheres",
          "hows",
          "whos",
          "theres",
          "lol",
          "wtf",
          "lmao",
          "ought",
          "anyway",
          "anyways",
          "idk",
          "tbh",
          "btw",
          "ever",
          "every",
          "always",
          "usually",
          "often",
          "still",
          "already",
          "ago",
          "now",
          "pls",
          "plz",
          "basically",
          "actually",
          "explained",
          "simply",
          "simple",
          "meaning",
          "define",
          "definition",
          "someone",
          "something",
          "anyone",
          "really",
          "same",
          "she",
          "should",
          "so",
          "some",
          "such",
          "tell",
          "than",
          "that",
          "the",
          "their",
          "them",
          "then",
          "there",
          "these",
          "they",
          "this",
          "those",
          "to",
          "type",
          "types",
          "us",
          "versus",
          "very",
          "vs",
          "was",
          "way",
          "ways",
          "we",
          "were",
          "what",
          "whats",
          "when",
          "where",
          "whether",
          "which",
          "while",
          "who",
          "why",
          "will",
          "with",
          "would",
          "you",
          "your",
          "wich",
          "whcih",
          "wat",
          "wot",
          "wats",
          "waht",
          "whta",
          "hwo",
          "becuase",
          "becasue",
          "becuz",
          "cuz",
          "coz",
          "bc",
          "ur",
          "teh",
          "thier",
          "tho",
          "thru",
          "dosent",
          "dosnt",
          "doesent",
          "wont",
          "abt",
          "ya",
          "yall",
          "imo",
          "imho",
          "afaik",
          "rn",
          "omg",
          "ngl",
          "smh",
          "tbf");

  /** A word of a text: its lower-case form, its stem and its span. */
  public record Word(String text, String stem, int start, int end) {}

  private Words() {}

  /**
   * The words of a text: runs of letters and numbers ({@code [\p{L}\p{N}]+}), found with a plain
   * loop rather than the regular expression, as search splits every field of a pack.
   */
  public static List<Word> of(String text) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    int length = text.length();
    while (i < length) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < length && isWordChar(cp = text.codePointAt(i))) {
        i += Character.charCount(cp);
      }
      String word = text.substring(start, i).toLowerCase(Locale.ROOT);
      words.add(new Word(word, stem(word), start, i));
    }
    return words;
  }

  /** Whether a code point is in {@code \p{L}} or {@code \p{N}}. */
  static boolean isWordChar(int cp) {
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
      Character.LOWERCASE_LETTER,
      Character.TITLECASE_LETTER,
      Character.MODIFIER_LETTER,
      Character.OTHER_LETTER,
      Character.DECIMAL_DIGIT_NUMBER,
      Character.LETTER_NUMBER,
      Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }

  /**
   * How many words a phrase covers when it starts at word {@code i} of these, each typed word
   * matching the phrase's word by stem or as written; 0 when it does not match there.
   */
  public static int phraseAt(List<Word> words, int i, List<Word> phrase) {
    if (phrase.isEmpty() || i + phrase.size() > words.size()) {
      return 0;
    }
    for (int j = 0; j < phrase.size(); j++) {
      Word typed = words.get(i + j);
      Word known = phrase.get(j);
      if (!typed.stem().equals(known.stem()) && !typed.text().equals(known.text())) {
        return 0;
      }
    }
    return phrase.size();
  }

  /** Whether a lower-case word is too common to say what a text is about. */
  public static boolean isStop(String word) {
    return STOP.contains(word)
        || word.length() == 1 && word.charAt(0) >= 'a' && word.charAt(0) <= 'z';
  }

  /** The distinct stems of a query, without words too common to mean anything. */
  public static List<String> queryTerms(String query) {
    List<String> terms = new ArrayList<>();
    for (Word w : of(query)) {
      if (!isStop(w.text()) && !terms.contains(w.stem())) {
        terms.add(w.stem());
      }
    }
    return terms;
  }

  /** The stem of one lower-case word. */
  public static String stem(String word) {
    return Stemmer.stem(word);
  }

  /** The stems of these lower-case words, as a set: a word list that matches every form. */
  public static Set<String> stems(String... words) {
    return stems(java.util.Arrays.asList(words));
  }

  /** The stems of these words, as a set. */
  public static Set<String> stems(java.util.Collection<String> words) {
    return words.stream().map(Words::stem).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }
}
