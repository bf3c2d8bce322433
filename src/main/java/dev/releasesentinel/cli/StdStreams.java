package dev.releasesentinel.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * stdout and stderr as print writers that remember why a write failed: {@link PrintWriter} keeps
 * only a flag, and "the report could not be written to stdout: No space left on device" is what a
 * user of {@code check > /dev/full} or a closed pipe needs to read.
 */
final class StdStreams {

  private StdStreams() {}

  /** A UTF-8 print writer onto {@code out} (whatever the locale), not flushing on its own. */
  static PrintWriter utf8(OutputStream out) {
    return new Remembering(new Recorder(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
  }

  /** Why writing to {@code w} failed, in words; "an I/O error" when it does not know. */
  static String failure(PrintWriter w) {
    if (w instanceof Remembering r && r.recorder.failure != null) {
      return r.recorder.failure;
    }
    return "an I/O error";
  }

  /** A write to stdout or stderr failed: what was written is lost. */
  static final class WriteFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String stream;
    private final String why;

    WriteFailed(String stream, String why) {
      super("cannot write to " + stream + ": " + why, null, false, false);
      this.stream = stream;
      this.why = why;
    }

    String stream() {
      return stream;
    }

    String why() {
      return why;
    }
  }

  private static final class Remembering extends PrintWriter {
    private final Recorder recorder;

    Remembering(Recorder recorder) {
      super(recorder, false);
      this.recorder = recorder;
    }
  }

  /** Passes everything on, noting the first failure's message (e.g. "Broken pipe"). */
  private static final class Recorder extends FilterWriter {
    private volatile String failure;

    Recorder(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      try {
        super.write(c);
      } catch (IOException e) {
        throw note(e);
      }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      try {
        super.write(cbuf, off, len);
      } catch (IOException e) {
        throw note(e);
      }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      try {
        super.write(str, off, len);
      } catch (IOException e) {
        throw note(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        super.flush();
      } catch (IOException e) {
        throw note(e);
      }
    }

    private IOException note(IOException e) {
      if (failure == null) {
        failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      }
      return e;
    }
  }
}
