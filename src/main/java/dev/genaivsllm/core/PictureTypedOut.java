package dev.genaivsllm.core;

import dev.genaivsllm.model.Modality;
import dev.genaivsllm.model.SignalBook;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Words typed out or written down in a goal that names a picture and nothing heard are read off the
 * picture, not transcribed from speech: the mirror, for pictures, of {@link HeardWords}.
 */
final class PictureTypedOut {
  private final SignalBook book;

  PictureTypedOut(SignalBook book) {
    this.book = book;
  }

  /**
   * "handwritten answer scripts are photographed; we want the working typed out": words typed out
   * or written down in a goal that names a picture and nothing heard are read off the picture, not
   * transcribed from speech; the picture goes in.
   */
  void read(List<List<Recommendation.Understood>> perClause) {
    Optional<SignalBook.Signal> read = book.signal(READ_IMAGE);
    List<Recommendation.Understood> all = perClause.stream().flatMap(List::stream).toList();
    if (read.isEmpty()
        || all.stream().noneMatch(PictureTypedOut::typedOut)
        || all.stream().noneMatch(u -> !u.negated() && u.id().equals(Modality.image.name()))
        || all.stream().anyMatch(PictureTypedOut::heardKind)) {
      return;
    }
    for (int c = 0; c < perClause.size(); c++) {
      List<Recommendation.Understood> clause = new ArrayList<>(perClause.get(c));
      for (int k = 0; k < clause.size(); k++) {
        Recommendation.Understood u = clause.get(k);
        if (typedOut(u)) {
          clause.set(
              k,
              new Recommendation.Understood(
                  "task", READ_IMAGE, read.get().label(), u.quoted(), false));
        } else if (!u.negated()
            && u.kind().equals("mentioned")
            && u.id().equals(Modality.image.name())) {
          clause.set(
              k,
              new Recommendation.Understood(
                  "input", Modality.image.name(), "image input", u.quoted(), false));
        }
      }
      perClause.set(c, List.copyOf(clause));
    }
  }

  /** Whether a signal is transcribing said only as words typed or written out. */
  private static boolean typedOut(Recommendation.Understood u) {
    return HeardWords.transcribes(u)
        && TYPED_OUT.contains(u.quoted().toLowerCase(java.util.Locale.ROOT));
  }

  /** The task that reads a picture into text. */
  private static final String READ_IMAGE = "describe-image";

  /** Words of the transcribing task that say only that words are typed or written out. */
  private static final Set<String> TYPED_OUT =
      Set.of(
          "typed out",
          "typed up",
          "type up",
          "type out",
          "types up",
          "types out",
          "written down",
          "wrote down",
          "wrote out");

  /** Whether a signal names something heard or filmed, going in, coming out or in passing. */
  private static boolean heardKind(Recommendation.Understood u) {
    return !u.negated()
        && DATA_KINDS.contains(u.kind())
        && TaskFrames.RECORDED.contains(Modality.valueOf(u.id()));
  }

  /** The kinds of signal whose id names a kind of data. */
  private static final Set<String> DATA_KINDS = Set.of("input", "output", "mentioned", "implied");
}
