package dev.releasesentinel.cli;

import dev.releasesentinel.engine.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether stdout / stderr are terminals, and whether colour is wanted there. */
record Terminal(boolean stdoutTty, boolean stderrTty, boolean colorAllowed) {

  /** Nothing is a terminal: for tests and pipes. */
  static final Terminal NONE = new Terminal(false, false, false);

  static Terminal detect(Environment env) {
    // No lambdas on this path: -V would pay for bootstrapping them.
    boolean dumb = "dumb".equals(env.get("TERM").orElse(null));
    boolean noColor = !env.get("NO_COLOR").orElse("").isEmpty();
    return new Terminal(isTty(1) && !dumb, isTty(2) && !dumb, !noColor && !dumb);
  }

  /** Linux tells through /proc which device a descriptor is; elsewhere fall back on the console. */
  private static boolean isTty(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      if (Files.isSymbolicLink(link)) {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // fall through
    }
    return System.console() != null;
  }
}
