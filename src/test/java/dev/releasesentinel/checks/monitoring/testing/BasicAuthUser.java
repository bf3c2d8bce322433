package dev.releasesentinel.checks.monitoring.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/**
 * A user of a server's own web config ({@code --web.config.file} with {@code basic_auth_users}),
 * its bcrypt hash made by htpasswd at the lowest cost (4), so that every request the tests send
 * stays cheap for the server to check.
 */
public record BasicAuthUser(String name, String password) {

  /** Writes the web config file that lets only this user in. */
  public Path writeWebConfig(Path file) throws IOException {
    Tools.require(Tools.HTPASSWD, "apache2-utils");
    String line =
        Tools.run(List.of(Tools.HTPASSWD.toString(), "-nbBC", "4", name, password)).strip();
    String hash = line.substring(line.indexOf(':') + 1);
    Files.writeString(file, "basic_auth_users:\n  " + name + ": '" + hash + "'\n");
    return file;
  }

  /** {@code Basic ...}, for the harness's own requests. */
  public String header() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
