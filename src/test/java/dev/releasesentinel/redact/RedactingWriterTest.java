package dev.releasesentinel.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RedactingWriterTest {

  private static final String SECRET = "tok-1234-secret";

  static Stream<Arguments> splits() {
    return Stream.of(
        Arguments.of(List.of("token=tok-12", "34-secret\n")),
        Arguments.of(List.of("token=", "tok-1234-secret", "\n")),
        Arguments.of(List.of("token=t", "o", "k", "-", "1234-secre", "t\n")),
        Arguments.of(List.of("token=tok-1234-secret\n")));
  }

  @ParameterizedTest
  @MethodSource("splits")
  void masksASecretSplitAcrossWrites(List<String> writes) throws IOException {
    StringWriter target = new StringWriter();
    RedactingWriter w = new RedactingWriter(target, Redactor.of(SECRET));
    for (String s : writes) {
      w.write(s);
    }
    assertThat(target.toString()).isEqualTo("token=***\n");
  }

  @Test
  void holdsAnUnfinishedLineUntilItEnds() throws IOException {
    StringWriter target = new StringWriter();
    RedactingWriter w = new RedactingWriter(target, Redactor.of(SECRET));
    w.write("token=tok-1234");
    assertThat(target.toString()).isEmpty();
    w.write("-secret and more\nnext");
    assertThat(target.toString()).isEqualTo("token=*** and more\n");
  }

  @Test
  void flushPassesOnTheUnfinishedLineRedacted() throws IOException {
    StringWriter target = new StringWriter();
    RedactingWriter w = new RedactingWriter(target, Redactor.of(SECRET));
    w.write("progress tok-1234-secret");
    w.flush();
    assertThat(target.toString()).isEqualTo("progress ***");
  }

  @Test
  void endsLinesAtCarriageReturnsAndKeepsLineEndings() throws IOException {
    StringWriter target = new StringWriter();
    RedactingWriter w = new RedactingWriter(target, Redactor.of(SECRET));
    w.write("a tok-1234-secret\r\nb tok-1234-secret\rc\n".toCharArray());
    assertThat(target.toString()).isEqualTo("a ***\r\nb ***\rc\n");
  }

  @Test
  void closePassesOnTheRestAndClosesTheTarget() throws IOException {
    class Closing extends StringWriter {
      boolean closed;

      @Override
      public void close() {
        closed = true;
      }
    }
    Closing target = new Closing();
    RedactingWriter w = new RedactingWriter(target, Redactor.of(SECRET));
    w.write("last tok-1234-secret");
    w.close();
    w.close();
    assertThat(target.toString()).isEqualTo("last ***");
    assertThat(target.closed).isTrue();
    assertThatThrownBy(() -> w.write("x")).isInstanceOf(IOException.class);
  }

  @Test
  void masksSecretsAddedAfterTheWriterWasMade() throws IOException {
    Redactor r = Redactor.of(SECRET);
    StringWriter target = new StringWriter();
    RedactingWriter w = r.writer(target);
    w.write("ghs_late_token ");
    r.add("ghs_late_token");
    w.write("done\n");
    assertThat(target.toString()).isEqualTo("*** done\n");
  }

  @Test
  void aPrintWriterForStdoutShowsEachLineAsItEndsAndHoldsTheRest() {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintWriter out = Redactor.of(SECRET).printWriter(sink);
    out.print("a=tok-1234");
    out.print("-secret b=");
    assertThat(sink.size()).isZero();
    out.println("c");
    assertThat(sink.toString(StandardCharsets.UTF_8))
        .isEqualTo("a=*** b=c" + System.lineSeparator());
    out.print("rest");
    out.close();
    assertThat(sink.toString(StandardCharsets.UTF_8)).endsWith("rest");
  }

  @Test
  void masksUrlPasswordsSplitAcrossWrites() throws IOException {
    StringWriter target = new StringWriter();
    RedactingWriter w = new RedactingWriter(target, Redactor.of());
    w.write("connecting to postgres://app:hun");
    w.write("ter2@db/app\n");
    assertThat(target.toString()).isEqualTo("connecting to postgres://app:***@db/app\n");
  }
}
