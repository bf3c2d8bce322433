package dev.releasesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.log.Log;
import dev.releasesentinel.redact.Redactor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Any thread's failure is one masked line on stderr; the stack trace only with --debug, masked. */
class UncaughtErrorsTest {

  static final String SECRET = "Tok-Uncaught-81f9";

  /** Fails on a thread of its own, as a library's dispatcher thread would. */
  static String crashOnAThread(UncaughtErrors handler) throws InterruptedException {
    Thread t =
        new Thread(
            () -> {
              throw new NumberFormatException(
                  "For input string: \"" + SECRET + "\"\nand a second line " + SECRET);
            },
            "api-http-7");
    t.setUncaughtExceptionHandler(handler);
    t.start();
    t.join();
    return "";
  }

  @Test
  void oneMaskedLineWithoutDebug() throws Exception {
    StringWriter err = new StringWriter();
    crashOnAThread(
        new UncaughtErrors(new PrintWriter(err), Redactor.of(SECRET), Log.Format.TEXT, false));
    assertThat(err.toString())
        .isEqualTo(
            "release-sentinel: error: unexpected NumberFormatException in thread api-http-7: For"
                + " input string: \"***\" and a second line *** (run again with --debug for the"
                + " stack trace)\n");
  }

  @Test
  void theStackTraceWithDebugIsMaskedToo() throws Exception {
    StringWriter err = new StringWriter();
    crashOnAThread(
        new UncaughtErrors(new PrintWriter(err), Redactor.of(SECRET), Log.Format.TEXT, true));
    assertThat(err.toString())
        .startsWith(
            "release-sentinel: error: unexpected NumberFormatException in thread api-http-7:")
        .contains("\tat ")
        .doesNotContain(SECRET)
        .doesNotContain(SECRET.toLowerCase());
  }

  @Test
  void asJsonWhenTheLogIsJson() throws Exception {
    StringWriter err = new StringWriter();
    PrintWriter w = new PrintWriter(err);
    crashOnAThread(
        UncaughtErrors.forArgs(w, Redactor.of(SECRET), List.of("check", "--log-format", "json")));
    assertThat(err.toString())
        .startsWith("{\"time\":")
        .contains("\"level\":\"error\",\"event\":\"uncaught\"")
        .doesNotContain(SECRET)
        .endsWith("}\n");
    assertThat(err.toString().lines()).hasSize(1);
  }
}
