package dev.genaivsllm.cli;

/** The documented exit codes (README, "Exit codes"). Scripts rely on them: never renumber. */
public final class ExitCode {
  public static final int OK = 0;

  /** A bug: something failed that should not. */
  public static final int INTERNAL = 1;

  /** The command line is wrong: unknown option, bad value, missing argument. */
  public static final int USAGE = 2;

  /** A named entry does not exist or is ambiguous. */
  public static final int NOT_FOUND = 3;

  /** The content pack is missing, unreadable or breaks its template. */
  public static final int CONTENT = 4;

  /** A quiz ran but its score is below the --pass-mark asked for. */
  public static final int BELOW_PASS_MARK = 5;

  /**
   * A file the program keeps for the user (quiz progress) is not safe to touch: not a regular file,
   * another user's, or in a folder other users can write.
   */
  public static final int UNSAFE_FILE = 6;

  /**
   * The reader closed the output early ({@code | head -1}); 128 + SIGPIPE, as a shell reports it.
   */
  public static final int OUTPUT_CLOSED = 141;

  private ExitCode() {}
}
