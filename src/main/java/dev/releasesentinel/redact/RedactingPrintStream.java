package dev.releasesentinel.redact;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 {@link PrintStream} for stdout and stderr that redacts line by line (see {@link
 * RedactingOutputStream}) and shows each line as soon as it ends. It never flushes an unfinished
 * line on its own ({@code PrintStream}'s auto-flush would, after every {@code write}); an explicit
 * {@link #flush()} does.
 */
public final class RedactingPrintStream extends PrintStream {

  public RedactingPrintStream(OutputStream out, Redactor redactor) {
    super(new RedactingOutputStream(out, redactor, true), false, StandardCharsets.UTF_8);
  }
}
