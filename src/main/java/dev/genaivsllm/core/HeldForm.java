package dev.genaivsllm.core;

import dev.genaivsllm.understand.Words;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * In what form data is at hand: "we only have it as a phone photo" says the photo goes in, while
 * "so I can have it as an mp3" or "then have it spoken as audio" say what comes out.
 */
final class HeldForm {
  private HeldForm() {}

  /** Words that say data is at hand: "we only have photos of good parts". */
  static final Set<String> HAVE = Set.of("have", "has", "had", "got");

  /** How many words may stand between "have" and "as": "we only have the old minutes as". */
  private static final int HELD_REACH = 4;

  /** Words before "have" that make it a wish, not what is at hand: "so I can have it as an mp3". */
  private static final Set<String> WISHED =
      Set.of("can", "could", "to", "would", "will", "d", "ll", "like", "want", "wants", "need");

  /**
   * Whether "as" at word {@code j} says in what form data is at hand, not what comes out: "we only
   * have it as a phone photo", "we got the contract as a scan"; not "we have to send it as a
   * video", nor a wish ("so I can have it as an mp3").
   */
  static boolean heldAs(List<Words.Word> words, int j) {
    if (!words.get(j).text().equals("as")) {
      return false;
    }
    for (int k = j - 1; k >= Math.max(0, j - HELD_REACH); k--) {
      if (HAVE.contains(words.get(k).text())) {
        return !words.get(k + 1).text().equals("to")
            && (k == 0 || !WISHED.contains(words.get(k - 1).text()))
            && IntStream.range(k + 1, j).noneMatch(m -> DONE_AS.contains(words.get(m).text()));
      }
    }
    return false;
  }

  /**
   * What is done to the data between "have" and "as", which makes "as" say what comes out: "then
   * have it spoken as audio", "have them read out as an mp3". Not "recorded", "sent" or "saved":
   * those say how data at hand came ("we have the call recorded as audio").
   */
  private static final Set<String> DONE_AS =
      Set.of("spoken", "read", "voiced", "narrated", "rendered", "turned", "made", "converted");
}
