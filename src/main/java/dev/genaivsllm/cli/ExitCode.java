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
   * Reading or writing failed outside the program: standard output could not be written (a full
   * disk, {@code /dev/full}, a failing device), nor a file the command writes (init-pack, quiz
   * reset), nor standard input read. A reader that closed the output is {@link #OUTPUT_CLOSED}.
   */
  public static final int INPUT_OUTPUT = 7;

  /**
   * The reader closed the output early ({@code | head -1}); 128 + SIGPIPE, as a shell reports it.
   */
  public static final int OUTPUT_CLOSED = 141;

  private ExitCode() {}
}
