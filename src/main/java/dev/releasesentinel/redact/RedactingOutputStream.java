package dev.releasesentinel.redact;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * An output stream of UTF-8 text that redacts line by line, like {@link RedactingWriter}: bytes are
 * held until a line ends or until {@link #flush()}. A line in which nothing is masked goes out byte
 * for byte as it came in. Lines are cut at {@code \n} and {@code \r} bytes, which never occur
 * inside a multi-byte UTF-8 sequence; a flush keeps back an unfinished UTF-8 sequence.
 */
public final class RedactingOutputStream extends OutputStream {

  private final OutputStream out;
  private final Redactor redactor;
  private final boolean flushEachLine;
  private byte[] buf = new byte[256];
  private int len;
  private boolean closed;

  /**
   * @param flushEachLine flush {@code out} after every line, for a terminal or a CI log that must
   *     show lines as they come
   */
  public RedactingOutputStream(OutputStream out, Redactor redactor, boolean flushEachLine) {
    this.out = Objects.requireNonNull(out, "out");
    this.redactor = Objects.requireNonNull(redactor, "redactor");
    this.flushEachLine = flushEachLine;
  }

  @Override
  public synchronized void write(int b) throws IOException {
    ensureOpen();
    append((byte) b);
    if (b == '\n' || b == '\r') {
      emit(len - 1, true);
    }
  }

  @Override
  public synchronized void write(byte[] b, int off, int n) throws IOException {
    Objects.checkFromIndexSize(off, n, b.length);
    ensureOpen();
    int end = off + n;
    int from = off;
    for (int i = off; i < end; i++) {
      if (b[i] == '\n' || b[i] == '\r') {
        append(b, from, i + 1 - from);
        emit(len - 1, true);
        from = i + 1;
      }
    }
    append(b, from, end - from);
  }

  /** Passes on the bytes of {@code buf[0, textEnd)} redacted, then the rest of the line as is. */
  private void emit(int textEnd, boolean lineEnded) throws IOException {
    String text = new String(buf, 0, textEnd, StandardCharsets.UTF_8);
    String redacted = redactor.redact(text);
    if (redacted == text) {
      out.write(buf, 0, len);
    } else {
      out.write(redacted.getBytes(StandardCharsets.UTF_8));
      out.write(buf, textEnd, len - textEnd);
    }
    len = 0;
    if (lineEnded && flushEachLine) {
      out.flush();
    }
  }

  /** Redacts and passes on the unfinished line (but an unfinished UTF-8 sequence), then flushes. */
  @Override
  public synchronized void flush() throws IOException {
    ensureOpen();
    int complete = completeUtf8(buf, len);
    if (complete > 0) {
      byte[] tail = Arrays.copyOfRange(buf, complete, len);
      len = complete;
      emit(complete, false);
      append(tail, 0, tail.length);
    }
    out.flush();
  }

  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    try {
      if (len > 0) {
        emit(len, false);
      }
      out.flush();
    } finally {
      closed = true;
      out.close();
    }
  }

  /** The length of the longest prefix of {@code b[0, n)} that does not end inside a sequence. */
  static int completeUtf8(byte[] b, int n) {
    for (int back = 1; back <= 3 && back <= n; back++) {
      int c = b[n - back] & 0xff;
      if (c < 0x80) {
        return n;
      }
      if (c >= 0xc0) {
        int need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
        return back >= need ? n : n - back;
      }
    }
    return n;
  }

  private void append(byte b) {
    if (len == buf.length) {
      buf = Arrays.copyOf(buf, len * 2);
    }
    buf[len++] = b;
  }

  private void append(byte[] b, int off, int n) {
    if (len + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }
    System.arraycopy(b, off, buf, len, n);
    len += n;
  }

  private void ensureOpen() throws IOException {
    if (closed) {
      throw new IOException("stream closed");
    }
  }
}
