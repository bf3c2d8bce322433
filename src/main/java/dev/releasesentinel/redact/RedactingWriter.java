package dev.releasesentinel.redact;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * A writer that redacts line by line: text is held until a line ends ({@code \n} or {@code \r}, so
 * a progress line rewritten with {@code \r} goes out too) or until {@link #flush()}, then redacted
 * and passed on. A secret split across several {@code write} calls is therefore seen whole; only an
 * explicit flush in the middle of a secret splits it, so write whole lines. Thread-safe.
 */
public final class RedactingWriter extends Writer {

  private final Writer out;
  private final Redactor redactor;
  private final boolean flushEachLine;
  private final StringBuilder line = new StringBuilder(128);
  private boolean closed;

  /** A writer for files: lines go to {@code out} as they end, flushed when {@code out} decides. */
  public RedactingWriter(Writer out, Redactor redactor) {
    this(out, redactor, false);
  }

  /**
   * @param flushEachLine flush {@code out} after every line, for a terminal or a CI log that must
   *     show lines as they come
   */
  public RedactingWriter(Writer out, Redactor redactor, boolean flushEachLine) {
    this.out = Objects.requireNonNull(out, "out");
    this.redactor = Objects.requireNonNull(redactor, "redactor");
    this.flushEachLine = flushEachLine;
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, cbuf.length);
    synchronized (lock) {
      ensureOpen();
      int end = off + len;
      int from = off;
      for (int i = off; i < end; i++) {
        char c = cbuf[i];
        if (c == '\n' || c == '\r') {
          line.append(cbuf, from, i - from);
          emit(c);
          from = i + 1;
        }
      }
      line.append(cbuf, from, end - from);
    }
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, str.length());
    synchronized (lock) {
      ensureOpen();
      int end = off + len;
      int from = off;
      for (int i = off; i < end; i++) {
        char c = str.charAt(i);
        if (c == '\n' || c == '\r') {
          line.append(str, from, i);
          emit(c);
          from = i + 1;
        }
      }
      line.append(str, from, end);
    }
  }

  private void emit(char terminator) throws IOException {
    out.write(redactor.redact(line.toString()));
    out.write(terminator);
    line.setLength(0);
    if (flushEachLine) {
      out.flush();
    }
  }

  /** Redacts and passes on the unfinished line, then flushes the target. */
  @Override
  public void flush() throws IOException {
    synchronized (lock) {
      ensureOpen();
      if (line.length() > 0) {
        out.write(redactor.redact(line.toString()));
        line.setLength(0);
      }
      out.flush();
    }
  }

  @Override
  public void close() throws IOException {
    synchronized (lock) {
      if (closed) {
        return;
      }
      try {
        flush();
      } finally {
        closed = true;
        out.close();
      }
    }
  }

  private void ensureOpen() throws IOException {
    if (closed) {
      throw new IOException("writer closed");
    }
  }
}
