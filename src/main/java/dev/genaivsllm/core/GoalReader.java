package dev.genaivsllm.core;

import static dev.genaivsllm.core.WordSpans.audienceAt;
import static dev.genaivsllm.core.WordSpans.matchAt;
import static dev.genaivsllm.core.WordSpans.startsWithAny;

import dev.genaivsllm.model.Cue;
import dev.genaivsllm.model.Modality;
import dev.genaivsllm.model.SignalBook;
import dev.genaivsllm.understand.LexiconMatcher;
import dev.genaivsllm.understand.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a goal into its job: the tasks and needs it names, and which kinds of data go in and which
 * must come out. Words are read the way {@code ask} reads them (the shared lexicon's everyday
 * phrases stand for the field's terms; a typo of a known word is that word), then:
 *
 * <ul>
 *   <li>direction comes from the sentence, not from which words occur: "captions for images" and
 *       "from photos" give images; "into narration", "text to speech" and "image generation" want
 *       the second kind out; "animate our photo" gives the photo;
 *   <li>a negation rules out what follows it up to the end of the phrase ("we don't need any images
 *       generated", "rather than a chatbot"), and "just the words" keeps only words;
 *   <li>a kind that only names another ("song lyrics", "podcast script") is not a kind of its own,
 *       unless the other is made from it ("image captions");
 *   <li>"create new ones" wants the kind named last.
 *   <li>A task named only by a noun of the kind it makes ("song" for making music) holds only where
 *       that noun is made: "lyrics for a birthday song" makes no music.
 *   <li>what is already done or at hand ("we already have the transcripts") is not the job, and a
 *       kind's word used as a verb ("photograph the parcel") is data handed over.
 * </ul>
 *
 * <p>What the tasks then take in and put out is {@link TaskFrames}' job.
 */
final class GoalReader {
  private static final int PURPOSE_REACH = 3;

  private final SignalBook book;
  private final GoalWords goalWords;
  private final DataDirection direction;
  private final CueScopes scopes;
  private final OpeningKind opening;
  private final TaskFrames frames;
  private final HeardWords heard;
  private final OwnWriting own;
  private final PictureTypedOut pictured;

  GoalReader(SignalBook book, LexiconMatcher lexicon) {
    this.book = book;
    this.goalWords = new GoalWords(book, lexicon);
    this.direction = new DataDirection(book);
    this.scopes = new CueScopes(book);
    this.opening = new OpeningKind(book);
    this.frames = new TaskFrames(book, direction);
    this.heard = new HeardWords(book);
    this.own = new OwnWriting(book);
    this.pictured = new PictureTypedOut(book);
  }

  GoalReader(SignalBook book) {
    this(book, LexiconMatcher.NONE);
  }

  /** The goal's steps: split where it says "then", "after that", ";" and the like. */
  List<String> clauses(String goal) {
    List<String> parts = new ArrayList<>();
    String cues =
        String.join(
            "|",
            book.cues().get(Cue.SEQUENCE).stream()
                .map(s -> Pattern.quote(s).replace(" ", "\\E\\s+\\Q"))
                .toList());
    String splitter = cues.isEmpty() ? "[;.]" : "(?i)[;.]|,?\\s+\\b(?:" + cues + ")\\b";
    for (String part : goal.split(splitter)) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    return parts;
  }

  /** The kinds a video, made or given, carries as its own sound track. */
  private static final Set<Modality> SOUNDTRACK =
      EnumSet.of(Modality.audio, Modality.speech, Modality.music);

  /**
   * How many words a no-data phrase covers at {@code i}. A phrase of one word must be written out
   * (or with an ending added), not only share its stem: "sounding" names no data, but it stems to
   * "sound", and "a sound effect" does.
   */
  private static int notDataAt(List<Words.Word> words, int i, String phrase) {
    int n = matchAt(words, i, phrase);
    List<Words.Word> parts = Words.of(phrase);
    if (n == 1 && parts.size() == 1) {
      return words.get(i).text().startsWith(parts.get(0).text()) ? 1 : 0;
    }
    return n;
  }

  /**
   * Whether the word at {@code i} is the "-ing" end of a compound that describes someone or
   * something: "a Spanish-speaking collaborator", "a fast-talking host" speak no text aloud. After
   * a kind of data ("text-generating") or a prefix ("auto-translating") it is still the task.
   */
  private static boolean describingCompound(
      String clause, List<Words.Word> words, int i, List<Mention> kinds) {
    if (i == 0 || !words.get(i).text().endsWith("ing")) {
      return false;
    }
    Words.Word before = words.get(i - 1);
    return before.end() + 1 == words.get(i).start()
        && clause.charAt(before.end()) == '-'
        && !PREFIXES.contains(before.text())
        && kinds.stream().noneMatch(m -> m.start() <= i - 1 && i - 1 < m.end());
  }

  private static final Set<String> PREFIXES = Set.of("auto", "re", "self", "co", "pre", "non");

  /**
   * Whether the word at {@code i} is what a voice was doing ("my own voice reading it on a tape"):
   * a recording that exists, not a voice asked to read ("have a deep voice read it").
   */
  private static boolean voiceDoing(List<Words.Word> words, int i) {
    return i > 0
        && words.get(i).text().endsWith("ing")
        && words.get(i - 1).stem().equals(Words.stem("voice"));
  }

  private static final Set<String> SOUND_SUBJECTS =
      Set.of("to", "that", "which", "it", "they", "this", "he", "she", "we", "i", "you");
  private static final Set<String> COPULAS = Set.of("is", "are", "be", "was", "were", "seems");
  private static final Set<String> CAUSATIVES = Set.of("make", "makes", "made", "making", "let");
  private static final Set<String> LINKS =
      Set.of(
          "of", "for", "from", "in", "on", "at", "to", "and", "or", "with", "by", "when", "that",
          "which", "a", "an", "the", "as", "into", "effect", "effects", "clip", "clips", "track",
          "tracks", "file", "files", "design", "logo", "library", "bath", "bite", "bites");

  /**
   * Whether "sound" or "sounds" at {@code i} is a verb or an adjective: "make the email sound
   * warmer", "I want it to sound bolder", "my poem sounds clumsy", "the reasoning is sound".
   */
  private boolean soundAsVerb(String clause, List<Words.Word> words, int i) {
    String w = words.get(i).text();
    if (!w.equals("sound") && !w.equals("sounds") || i == 0) {
      return false;
    }
    String before = words.get(i - 1).text();
    boolean last = i + 1 == words.size() || WordSpans.breaksBetween(clause, words, i, i + 1);
    if (COPULAS.contains(before)) {
      return last;
    }
    if (last
        || LINKS.contains(words.get(i + 1).text())
        || book.cues().get(Cue.DETERMINERS).contains(before)) {
      return false;
    }
    if (SOUND_SUBJECTS.contains(before) || w.equals("sounds")) {
      return true;
    }
    for (int j = i - 2; j >= Math.max(0, i - 6); j--) {
      if (CAUSATIVES.contains(words.get(j).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every signal of each clause ({@link #read}), once what one clause says of another's is read: a
   * person talking whose words a later clause wants written down is heard ({@link
   * HeardWords#heardNotSpoken}), and what the person writes themselves, in a goal that wants words
   * spoken, goes in ({@link OwnWriting#spokenFromOwnWriting}).
   */
  List<List<Recommendation.Understood>> read(List<String> clauses) {
    List<List<Recommendation.Understood>> perClause = new ArrayList<>();
    clauses.forEach(c -> perClause.add(read(c)));
    heard.heardNotSpoken(clauses, perClause);
    pictured.read(perClause);
    OwnWriting.spokenFromOwnWriting(clauses, perClause);
    own.othersWriting(clauses, perClause);
    ruledOutElsewhere(clauses, perClause);
    return perClause;
  }

  /** Whether a clause says what is wanted instead of what it rules out: "only the voice". */
  private boolean insteadSaid(String clause) {
    return goalWords.read(clause).stream()
        .anyMatch(w -> book.cues().get(Cue.ONLY).contains(w.text().toLowerCase(Locale.ROOT)));
  }

  /** The kinds of data whose negation rules them out as what comes out, in any clause. */
  private static final Set<String> RULED_OUT_AS = Set.of("output", "mentioned", "implied");

  /**
   * A kind of data a clause rules out in favour of another is not to come out of any clause: in
   * "safety video: we have the script, we want a voice read it. no video, only the voice", the
   * first clause's video is taken back by the second. Only a clause that also says what kind of
   * data it wants instead ({@link Cue#ONLY}: "only", "just") takes back: "laryngitis, no voice
   * today" and "we don't have any footage of our own" tell how things stand, not what is not to be
   * made.
   */
  private void ruledOutElsewhere(
      List<String> clauses, List<List<Recommendation.Understood>> perClause) {
    List<Set<String>> taken = new ArrayList<>();
    for (int j = 0; j < perClause.size(); j++) {
      taken.add(takenBack(clauses.get(j), perClause.get(j)));
    }
    for (int i = 0; i < perClause.size(); i++) {
      Set<String> ruledOut = new HashSet<>();
      for (int j = 0; j < perClause.size(); j++) {
        if (j != i) {
          ruledOut.addAll(taken.get(j));
        }
      }
      perClause.set(
          i,
          perClause.get(i).stream()
              .map(
                  u ->
                      !u.negated()
                              && (u.kind().equals("output") || u.kind().equals("implied"))
                              && ruledOut.contains(u.id())
                          ? new Recommendation.Understood(
                              u.kind(), u.id(), u.label(), u.quoted(), true)
                          : u)
              .toList());
    }
  }

  /**
   * The kinds one clause takes back from the others: those it rules out, when it says "only" or
   * "just" and names another kind of data in their place ("no video, only the voice"; not "no stock
   * photos, just our own style").
   */
  private Set<String> takenBack(String clause, List<Recommendation.Understood> read) {
    if (!insteadSaid(clause)) {
      return Set.of();
    }
    Set<String> taken =
        read.stream()
            .filter(u -> u.negated() && RULED_OUT_AS.contains(u.kind()))
            .map(Recommendation.Understood::id)
            .collect(java.util.stream.Collectors.toSet());
    boolean another =
        read.stream()
            .anyMatch(
                u ->
                    !u.negated()
                        && (RULED_OUT_AS.contains(u.kind()) || u.kind().equals("input"))
                        && !taken.contains(u.id()));
    return another ? taken : Set.of();
  }

  /**
   * Every signal in one clause, in the order of the words that triggered it. Tasks and needs are
   * read first, and a word they claim is not read again as a kind of data ("natural voice" asks for
   * speech; it does not give audio).
   */
  List<Recommendation.Understood> read(String clause) {
    List<Words.Word> words = goalWords.read(clause);
    // "an animated clip of our bakery? no, just a still photo": what was offered and taken back
    // was to come out
    boolean[] offered = CueScopes.takenBack(clause, words);
    boolean[] negated = scopes.negations(clause, words, offered);
    // "it already produces the text replies": a task already done is not wanted, as if ruled out
    boolean[] done = scopes.done(clause, words);
    // "sound more formal", "keep asking for", "the label on": words that name neither data nor a
    // task here
    boolean[] elsewhere = new boolean[words.size()];
    // every kind named, read once: for the no-data words here and the overlaps below
    List<Mention> mentions = mentions(words, new boolean[words.size()]);
    for (int i = 0; i < words.size(); i++) {
      for (String phrase : book.cues().get(Cue.NOT_DATA)) {
        int n = notDataAt(words, i, phrase);
        if (!inLongerKind(mentions, i, n)) {
          Arrays.fill(elsewhere, i, i + n, true);
        }
      }
      if (soundAsVerb(clause, words, i)
          || GivenData.postAsVerb(words, i)
          || describingCompound(clause, words, i, mentions)
          || voiceDoing(words, i)) {
        elsewhere[i] = true;
      }
    }
    List<Found> signals = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      // a task already done is not the job; a need said there still holds ("it already runs
      // offline")
      for (Found f : signalsAt(clause, words, i, negated)) {
        signals.add(done[i] && f.understood().kind().equals("task") ? f.withNegated(true) : f);
      }
    }
    // "make a video game character": a signal that overlaps such a phrase is not said either
    signals.removeIf(
        f -> java.util.stream.IntStream.range(f.start(), f.end()).anyMatch(k -> elsewhere[k]));
    // Of two signals said by overlapping words, the longer holds ("instagram captions" is writing,
    // not describing images; "no labels" is a need, not a task ruled out)
    signals.removeIf(
        f ->
            signals.stream()
                .anyMatch(
                    g ->
                        g.start() < f.end()
                            && f.start() < g.end()
                            && g.end() - g.start() > f.end() - f.start()));
    // Where a signal and a kind of data overlap, the longer words win ("latent code" is data, not
    // "code" to write; "natural voice" asks for speech, it does not give audio); a tie goes to the
    // signal, unless the kind's words start first: "survey answers from our members" are data,
    // whose last word the signal "answers from" only borrows.
    List<Found> found = new ArrayList<>();
    for (Found f : signals) {
      boolean outdone =
          mentions.stream()
              .anyMatch(
                  m ->
                      m.start() < f.end()
                          && f.start() < m.end()
                          && (m.end() - m.start() > f.end() - f.start()
                              || m.end() - m.start() == f.end() - f.start()
                                  && m.start() < f.start()));
      if (!outdone && !namesDataNotMade(clause, words, f, mentions)) {
        found.add(f);
      }
    }
    boolean[] claimed = new boolean[words.size()];
    found.forEach(f -> Arrays.fill(claimed, f.start(), f.end(), true));
    // every kind named, before those a task claims are dropped: "generate a video of a cat"
    List<Mention> named = List.copyOf(mentions);
    mentions.removeIf(m -> claimed[m.start()] || claimed[m.end() - 1] || elsewhere[m.start()]);
    Set<Integer> topics = new HashSet<>();
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      Mention next = k + 1 < mentions.size() ? mentions.get(k + 1) : null;
      if (m.end() < words.size() && startsWithAny(words, m.end(), book.cues().get(Cue.MODIFIES))) {
        continue; // "logo concepts", "image prompts": ideas about the kind, not data of it
      }
      String role;
      if (next != null
          && next.start() == m.end()
          && m.modality() == next.modality()
          && direction.describing(words, next.start())) {
        continue; // "text transcript": the kind says what the describing noun is made of
      }
      if (next != null && next.start() == m.end()) {
        if (!direction.describing(words, next.start())) {
          continue; // "song lyrics", "podcast script": a kind that only names the other
        }
        // "image captions": the captions are made from images; "we already have the call
        // transcripts": the transcripts are at hand, and the calls only what they were made from;
        // so in "summarise the meeting recordings' transcripts", where they go in
        role =
            done[m.start()]
                    || direction.role(clause, words, next.start(), next.end()).equals("input")
                ? "mentioned"
                : "input";
      } else if (done[m.start()]) {
        // "we already have the transcripts": what is at hand goes in; "the transcripts of our
        // customer calls": not what they were made from
        role = describedBefore(words, done, m.start()) ? "mentioned" : "input";
      } else if (m.end() < words.size()
          && m.end() - m.start() == 1
          && m.start() > 0
          && CAPTURED.contains(m.modality())
          && book.cues().get(Cue.DETERMINERS).contains(words.get(m.end()).text())
          && !WordSpans.breaksBetween(clause, words, m.start(), m.end())
          && opensAVerb(words.get(m.start() - 1))) {
        // "drivers photograph the parcel", "we film the race": a kind's word used as a verb, with
        // its object after it, is data someone captures and hands over; not across a comma
        // ("voiceover for our training videos, the script is ready")
        role = "input";
      } else {
        role = direction.role(clause, words, m.start(), m.end());
        if (role.equals("topic")) {
          topics.add(m.start()); // "a post about our new podcast": named, never taken in
        }
        role = role.equals("purpose") || role.equals("topic") ? "mentioned" : role;
        if (role.equals("input") && afterPurpose(words, m.start())) {
          role = "mentioned"; // "... so I can cut on the words": what it is for, not what goes in
        } else if (role.equals("input")
            && named.stream().anyMatch(v -> v.modality() == Modality.video && v.start() < m.start())
            && !(m.modality() == Modality.speech && describedInClause(words))
            && SOUNDTRACK.contains(m.modality())
            && direction.withBefore(clause, words, m.start())) {
          // "a clip of waves with matching sound", "this video with sound": the sound is the
          // video's own track, not a second kind of data
          role = "mentioned";
        }
      }
      role = offered[m.start()] && role.equals("mentioned") ? "output" : role;
      found.add(understood(clause, words, m, m.modality(), role, negated[m.start()]));
    }
    found.addAll(pronouns(clause, words, claimed, mentions, negated));
    keepOnly(clause, words, mentions, found);
    frames.copiedVoice(clause, words, found);
    heard.subtitled(clause, words, found);
    WholeDocument.retrievalNotNeeded(book, words, found);
    frames.madeOrTaken(clause, words, found);
    named(clause, found, words);
    frames.takenNotMade(found);
    frames.implied(found, topics);
    found.sort(Comparator.comparingInt(Found::start));
    Set<String> seen = new HashSet<>();
    List<Recommendation.Understood> understood = new ArrayList<>();
    for (Found f : found) {
      Recommendation.Understood u = f.understood();
      if (seen.add(u.kind() + ":" + u.id() + ":" + u.negated())) {
        understood.add(u); // the first words that say it are quoted; repeats add nothing
      }
    }
    return understood;
  }

  /**
   * Whether a describing word ("transcripts") comes before word {@code i} in the same done phrase.
   */
  private boolean describedBefore(List<Words.Word> words, boolean[] done, int i) {
    for (int j = i - 1; j >= 0 && done[j]; j--) {
      if (direction.describing(words, j)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the clause names a text made from what is heard ("subtitles", "transcript"). */
  private boolean describedInClause(List<Words.Word> words) {
    for (int j = 0; j < words.size(); j++) {
      if (direction.describing(words, j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a purpose cue ("so I can", "so that") comes before word {@code i}, or "so" and the
   * people who will have the result ("so students have text versions"; not "so i need captions for
   * my photos", where a pronoun may start a clause of its own).
   */
  private boolean afterPurpose(List<Words.Word> words, int i) {
    SignalBook.Cues cues = book.cues();
    for (int j = 0; j < i; j++) {
      if (startsWithAny(words, j, cues.get(Cue.PURPOSE))
          || words.get(j).text().equals("so") && audienceAt(cues, words, j + 1, i)) {
        return true;
      }
    }
    return false;
  }

  /** A kind of data named by the words [start, end). */
  private record Mention(Modality modality, int start, int end) {}

  /**
   * Whether a kind said in more words holds words [i, i + n): "a tracking shot" is video, though
   * "tracking" alone names no data ("particle-tracking" is no music track).
   */
  private static boolean inLongerKind(List<Mention> kinds, int i, int n) {
    return n > 0
        && kinds.stream()
            .anyMatch(m -> m.start() <= i && i + n <= m.end() && m.end() - m.start() > n);
  }

  private List<Found> signalsAt(String clause, List<Words.Word> words, int i, boolean[] negated) {
    List<Found> found = new ArrayList<>();
    for (SignalBook.Signal s : book.signals()) {
      int n = 0; // the longest of the signal's phrases that starts here
      for (String phrase : s.words()) {
        int m = matchAt(words, i, phrase);
        // a phrase is said within one stretch of words: "screenshot in, plain-English explanation"
        // does not say "in plain english"
        if (m > 1 && WordSpans.breaksBetween(clause, words, i, i + m - 1)) {
          continue;
        }
        n = Math.max(n, m);
      }
      if (n > 0 && spokenBySomeone(clause, s, words, i)) {
        // "i talk the whole time", "we speak welsh on the calls": a person speaking is speech
        // that goes in, not text to be spoken
        Mention voice = new Mention(Modality.speech, i, i + n);
        found.add(understood(clause, words, voice, Modality.speech, "input", negated[i]));
      } else if (n > 0) {
        found.add(
            new Found(
                new Recommendation.Understood(
                    s.kind(), s.id(), s.label(), quote(clause, words, i, n), negated[i]),
                i,
                i + n));
      }
    }
    return found;
  }

  /** Whether a task that gives speech is said right after a person who speaks ("we speak"). */
  private boolean spokenBySomeone(
      String clause, SignalBook.Signal s, List<Words.Word> words, int i) {
    // "as a gift for my students, narrate this story": the comma ends who was speaking
    return s.kind().equals("task")
        && s.gives().filter(g -> g == Modality.speech).isPresent()
        && i > 0
        && book.cues().get(Cue.SPEAKERS).contains(words.get(i - 1).text())
        && !WordSpans.breaksBetween(clause, words, i - 1, i);
  }

  /** Every kind of data the unclaimed words name, left to right, the longest phrase first. */
  private List<Mention> mentions(List<Words.Word> words, boolean[] claimed) {
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (claimed[i]) {
        continue;
      }
      Mention best = null;
      for (Map.Entry<Modality, List<String>> m : book.modalities().entrySet()) {
        for (String phrase : m.getValue()) {
          int n = matchAt(words, i, phrase);
          if (n > 0 && (best == null || n > best.end() - best.start())) {
            best = new Mention(m.getKey(), i, i + n);
          }
        }
      }
      if (best != null) {
        mentions.add(best);
        i = best.end() - 1;
      }
    }
    return mentions;
  }

  /**
   * Whether a task is said only by a noun of the kind it makes, and that noun is not being made
   * here: it is what something is for ("lyrics for a song", "a video for my song").
   */
  private boolean namesDataNotMade(
      String clause, List<Words.Word> words, Found f, List<Mention> mentions) {
    SignalBook.Signal s = book.signal(f.understood().id()).orElse(null);
    if (s == null || !f.understood().kind().equals("task") || s.gives().isEmpty()) {
      return false;
    }
    Modality made = s.gives().get();
    // "write a film score review": media the task would make only name what a piece of writing
    // right after it is about, as in "song lyrics"
    if (made != Modality.text
        && made != Modality.label
        && mentions.stream()
            .anyMatch(
                m ->
                    m.start() == f.end()
                        && m.modality() == Modality.text
                        && !direction.describing(words, m.start()))) {
      return true;
    }
    boolean madeElsewhere =
        mentions.stream()
            .filter(m -> m.modality() == made && m.start() != f.start())
            .anyMatch(m -> direction.role(clause, words, m.start(), m.end()).equals("output"));
    if (madeElsewhere) {
      return false; // "texture generation ... one kind of texture": the kind is made after all
    }
    return mentions.stream()
        .filter(m -> m.start() == f.start() && m.end() == f.end() && m.modality() == made)
        .map(m -> direction.role(clause, words, m.start(), m.end()))
        .anyMatch(
            role -> role.equals("purpose") && WordSpans.forWithin(words, f.start(), PURPOSE_REACH));
  }

  /** Verbs that, before "into", say a thing is made into another: "them turned into". */
  private static final Set<String> TURNED =
      Set.of("turned", "made", "converted", "changed", "transformed");

  /** "create new ones": a pronoun after an output cue wants the kind named last before it. */
  private List<Found> pronouns(
      String clause,
      List<Words.Word> words,
      boolean[] claimed,
      List<Mention> mentions,
      boolean[] negated) {
    List<Found> found = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (claimed[i] || !book.cues().get(Cue.PRONOUNS).contains(words.get(i).text())) {
        continue;
      }
      if (i + 2 < words.size()
          && TURNED.contains(words.get(i + 1).text())
          && words.get(i + 2).text().equals("into")) {
        continue; // "want them turned into a written guide": what they become is named after
      }
      final int at = i;
      Mention before =
          mentions.stream().filter(m -> m.end() <= at).reduce((a, b) -> b).orElse(null);
      // "voice messages from clients, I want them written", "need them written in english": what
      // they are wanted as is text
      // ... or "want those as written notes"
      int next = i + 2 < words.size() && words.get(i + 1).text().equals("as") ? i + 2 : i + 1;
      boolean written = next < words.size() && WRITTEN.contains(words.get(next).text());
      if (before != null && (written || direction.role(clause, words, i, i + 1).equals("output"))) {
        Modality out = written ? Modality.text : before.modality();
        found.add(understood(clause, words, new Mention(out, i, i + 1), out, "output", negated[i]));
      }
    }
    return found;
  }

  /** How far after "only" or "just" the kind it keeps may start. */
  private static final int ONLY_REACH = 3;

  /**
   * Words that may stand between "only" and the kind it keeps beyond the first: "only need the
   * text", "just want some words".
   */
  private static final java.util.Set<String> ONLY_FILLERS =
      java.util.Set.of("the", "a", "an", "some", "my", "our");

  /** Whether "have" stands just before the kind at {@code start}: "we have recordings only". */
  private static boolean heldBefore(List<Words.Word> words, int start) {
    return java.util.stream.IntStream.range(Math.max(0, start - ONLY_REACH), start)
        .anyMatch(j -> HeldForm.HAVE.contains(words.get(j).text()));
  }

  /**
   * Whether a negation is said right before the only-cue at {@code i}, with no punctuation between:
   * "not just", "don't just" (read as "don", "t").
   */
  private boolean negatedJust(String clause, List<Words.Word> words, int i) {
    int before = i - 1;
    if (before > 0 && words.get(before).text().equals("t")) {
      before--; // "isn't", "don't"
    }
    return before >= 0
        && book.cues().get(Cue.NEGATION).contains(words.get(before).text())
        && !WordSpans.breaksBetween(clause, words, before, i);
  }

  /**
   * "just the words", "only text": the kind right after such a word is the only output; any other
   * output named in the clause is ruled out.
   */
  private void keepOnly(
      String clause, List<Words.Word> words, List<Mention> mentions, List<Found> found) {
    for (int i = 0; i < words.size(); i++) {
      String cue = words.get(i).text();
      boolean after = book.cues().get(Cue.ONLY).contains(cue);
      boolean follows = book.cues().get(Cue.ONLY_AFTER).contains(cue);
      if (!after && !follows) {
        continue;
      }
      // "by meaning, not just exact words", "it isn't just text": "not just" adds, it keeps
      // nothing alone; "no, just a picture" keeps the picture
      if (after && negatedJust(clause, words, i)) {
        continue;
      }
      final int at = i;
      // "text only" names the kind right before; "just the words" right after, before any
      // negation ("text only, no pictures" keeps text); "just" never follows its kind ("no
      // pictures just text" keeps text); nor does "only" across a comma ("I already have the
      // photos, only need text" keeps text)
      Mention kept =
          mentions.stream()
              .filter(
                  m ->
                      follows
                          && m.end() == at
                          && !WordSpans.breaksBetween(clause, words, at - 1, at)
                          && !heldBefore(words, m.start()))
              .findFirst()
              .or(
                  () ->
                      mentions.stream()
                          // "only need the text": a verb of wanting and a determiner between
                          .filter(
                              m ->
                                  after
                                      && m.start() > at
                                      && m.start() <= at + ONLY_REACH
                                      && java.util.stream.IntStream.range(at + 1, m.start())
                                          .allMatch(
                                              j ->
                                                  j <= at + 1
                                                      || ONLY_FILLERS.contains(
                                                          words.get(j).text())))
                          .filter(
                              m ->
                                  java.util.stream.IntStream.range(at + 1, m.start())
                                      .noneMatch(
                                          j ->
                                              book.cues()
                                                      .get(Cue.NEGATION)
                                                      .contains(words.get(j).text())
                                                  // "we only have recordings of normal
                                                  // operation": what is at hand, not wanted
                                                  || HeldForm.HAVE.contains(words.get(j).text())))
                          .findFirst())
              .orElse(null);
      if (kept == null || WordSpans.fromWithin(words, kept.start(), PURPOSE_REACH)) {
        continue; // "from a text prompt only": only from text, whatever comes out
      }
      found.removeIf(f -> f.understood().kind().equals("input") && f.start() == kept.start());
      found.add(understood(clause, words, kept, kept.modality(), "output", false));
      for (int k = 0; k < found.size(); k++) {
        Recommendation.Understood u = found.get(k).understood();
        if (u.kind().equals("output") && !u.id().equals(kept.modality().name()) && !u.negated()) {
          found.set(
              k,
              new Found(
                  new Recommendation.Understood(u.kind(), u.id(), u.label(), u.quoted(), true),
                  found.get(k).start(),
                  found.get(k).end()));
        }
      }
    }
  }

  /**
   * A clause that is only a noun phrase ("a 10 second clip of a coffee cup for our reel") asks for
   * the kind it opens with ({@link OpeningKind}), when no output is named.
   */
  private void named(String clause, List<Found> found, List<Words.Word> words) {
    boolean job =
        found.stream()
            .anyMatch(f -> !f.understood().negated() && f.understood().kind().equals("task"));
    boolean output =
        found.stream()
            .anyMatch(f -> !f.understood().negated() && f.understood().kind().equals("output"));
    if (output) {
      return;
    }
    for (int k = 0; k < found.size(); k++) {
      Found f = found.get(k);
      Recommendation.Understood u = f.understood();
      boolean kindFollows =
          found.stream()
              .anyMatch(
                  g ->
                      g.start() >= f.end()
                          && (g.understood().kind().equals("mentioned")
                              || g.understood().kind().equals("input")));
      if (u.kind().equals("mentioned")
          && !u.negated()
          && opening.wanted(clause, words, f.start(), f.end(), job, kindFollows)) {
        found.set(k, f.as("output", u.id(), u.id() + " output"));
        return;
      }
    }
    // "royalty free workout tracks at exactly 128 bpm for our fitness app", "moody synth score for
    // a 2 minute scene": with no task, nothing going in and nothing else coming out, music named
    // is music wanted; no family takes music in without a task said
    if (!job && found.stream().noneMatch(f -> f.understood().kind().equals("input"))) {
      for (int k = 0; k < found.size(); k++) {
        Recommendation.Understood u = found.get(k).understood();
        if (u.kind().equals("mentioned")
            && !u.negated()
            && TaskFrames.WANTED_ALONE.contains(u.id())) {
          found.set(k, found.get(k).as("output", u.id(), u.id() + " output"));
          return;
        }
      }
    }
  }

  /** Words after "them" or "it" that say what is wanted is text: "I want them written". */
  private static final Set<String> WRITTEN = Set.of("written", "typed", "transcribed");

  /** Kinds whose word is also the verb for capturing them: photograph, film, record, scan. */
  private static final Set<Modality> CAPTURED =
      EnumSet.of(Modality.image, Modality.video, Modality.audio);

  /**
   * Whether the word before a kind's word lets it be a verb: "visitors photograph a painting", not
   * "generate a picture the kids will love" (a determiner, a measure, a number or a verb that makes
   * something comes before a noun).
   */
  private boolean opensAVerb(Words.Word before) {
    String w = before.text();
    return !book.cues().get(Cue.DETERMINERS).contains(w)
        && !book.cues().get(Cue.MEASURES).contains(w)
        && !book.cues().get(Cue.OUTPUT).contains(w)
        && !w.matches("\\d+");
  }

  private static Found understood(
      String clause,
      List<Words.Word> words,
      Mention m,
      Modality modality,
      String role,
      boolean negated) {
    return new Found(
        new Recommendation.Understood(
            role,
            modality.name(),
            modality.name() + " " + role,
            quote(clause, words, m.start(), m.end() - m.start()),
            negated),
        m.start(),
        m.end());
  }

  private static String quote(String clause, List<Words.Word> words, int i, int n) {
    return clause.substring(words.get(i).start(), words.get(i + n - 1).end());
  }

  /** The goal with each typo of a word the rules know written right ({@link GoalWords}). */
  String spelledRight(String goal) {
    return goalWords.spelledRight(goal);
  }
}
