package dev.genaivsllm.cli;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Standard output (or error) as a UTF-8 {@link PrintWriter} that remembers why a write failed.
 * {@code PrintWriter} swallows the {@link IOException} and only says that something failed ({@link
 * #checkError}); that is enough when the reader closed the pipe ({@code | head -1}, a quiet exit
 * code 141), but a full disk or a failing device ({@code >/dev/full}) is an error the user must
 * hear about, so {@link ErrorHandler} asks which it was.
 */
public final class ProcessOutput extends PrintWriter {
  private final Recorder recorder;
  private final Predicate<IOException> readerGone;

  /**
   * @param stream the process's stream
   * @param readerGone whether a failed write means the reader has gone (a closed pipe or socket)
   *     rather than that the data could not be written
   */
  public ProcessOutput(OutputStream stream, Predicate<IOException> readerGone) {
    this(new Recorder(stream), readerGone);
  }

  private ProcessOutput(Recorder recorder, Predicate<IOException> readerGone) {
    super(new BufferedWriter(new OutputStreamWriter(recorder, StandardCharsets.UTF_8)), false);
    this.recorder = recorder;
    this.readerGone = readerGone;
  }

  /** Why a write failed, when one did and the reader was still there to read it. */
  Optional<IOException> writeFailure() {
    IOException failure = recorder.failure;
    return failure == null || readerGone.test(failure) ? Optional.empty() : Optional.of(failure);
  }

  /** Passes every byte on, and keeps the first failure. */
  private static final class Recorder extends FilterOutputStream {
    private IOException failure;

    Recorder(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        failure = failure == null ? e : failure;
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        failure = failure == null ? e : failure;
        throw e;
      }
    }
  }
}
