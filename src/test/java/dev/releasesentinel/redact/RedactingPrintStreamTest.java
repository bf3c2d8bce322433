package dev.releasesentinel.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RedactingPrintStreamTest {

  private static final String SECRET = "s\u00e9cr\u00e9t-value";

  @Test
  void masksASecretPrintedInPieces() {
    ByteArrayOutputStream target = new ByteArrayOutputStream();
    PrintStream out = Redactor.of(SECRET).printStream(target);
    out.print("key: s\u00e9c");
    out.print("r\u00e9t-val");
    out.write('u');
    out.println("e!");
    assertThat(target.toString(StandardCharsets.UTF_8))
        .isEqualTo("key: ***!" + System.lineSeparator());
  }

  @Test
  void masksASecretWhoseMultiByteCharacterIsSplitAcrossWrites() throws IOException {
    byte[] line = ("x " + SECRET + " y\n").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream target = new ByteArrayOutputStream();
    RedactingOutputStream out = new RedactingOutputStream(target, Redactor.of(SECRET), false);
    for (byte b : line) {
      out.write(b);
    }
    assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("x *** y\n");
  }

  @Test
  void flushKeepsBackAnUnfinishedUtf8Sequence() throws IOException {
    byte[] e = "\u00e9".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream target = new ByteArrayOutputStream();
    RedactingOutputStream out = new RedactingOutputStream(target, Redactor.of(SECRET), false);
    out.write('a');
    out.write(e[0]);
    out.flush();
    assertThat(target.toByteArray()).containsExactly('a');
    out.write(e[1]);
    out.write('\n');
    assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("a\u00e9\n");
  }

  @Test
  void passesALineWithoutSecretsOnByteForByte() throws IOException {
    byte[] notUtf8 = {'o', 'k', (byte) 0xff, (byte) 0xfe, '\n'};
    ByteArrayOutputStream target = new ByteArrayOutputStream();
    RedactingOutputStream out = new RedactingOutputStream(target, Redactor.of(SECRET), false);
    out.write(notUtf8);
    assertThat(target.toByteArray()).isEqualTo(notUtf8);
  }

  @Test
  void showsEachLineAsSoonAsItEnds() {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    // A buffered target only shows what was flushed to it, like a real stderr.
    PrintStream err = Redactor.of(SECRET).printStream(new BufferedOutputStream(sink, 8192));
    err.print("working on " + SECRET);
    assertThat(sink.size()).isZero();
    err.println();
    assertThat(sink.toString(StandardCharsets.UTF_8))
        .isEqualTo("working on ***" + System.lineSeparator());
  }

  @Test
  void keepsLinesWholeWhenThreadsPrintAtOnce() throws Exception {
    ByteArrayOutputStream target = new ByteArrayOutputStream();
    PrintStream out = Redactor.of(SECRET).printStream(target);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int id = t;
      threads.add(
          new Thread(
              () -> {
                for (int i = 0; i < 500; i++) {
                  out.println("thread-" + id + " " + SECRET + " line-" + i);
                }
              }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    String[] lines = target.toString(StandardCharsets.UTF_8).split(System.lineSeparator());
    assertThat(lines).hasSize(2000);
    Set<String> seen = new HashSet<>();
    for (String line : lines) {
      assertThat(line).matches("thread-[0-3] \\*\\*\\* line-\\d+");
      seen.add(line);
    }
    assertThat(seen).hasSize(2000);
  }
}
