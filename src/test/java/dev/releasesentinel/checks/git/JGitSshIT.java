package dev.releasesentinel.checks.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.git.testing.CheckRun;
import dev.releasesentinel.checks.git.testing.GitRepo;
import dev.releasesentinel.checks.git.testing.JGitIsolation;
import dev.releasesentinel.checks.git.testing.Remote;
import dev.releasesentinel.checks.git.testing.SshServer;
import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.Location;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * SSH remotes against a real OpenSSH server on 127.0.0.1 (docs/checks/git.md, "SSH remotes"): the
 * keys in ~/.ssh, ~/.ssh/config aliases, known_hosts (an unknown or changed host key is an ERROR
 * with the fix), a running ssh-agent, and the user's GIT_SSH_COMMAND / GIT_SSH.
 */
@ExtendWith(JGitIsolation.class)
class JGitSshIT {

  static final CheckSpec SPEC = new CheckSpec(true, Severity.BLOCK, Location.NONE);
  static final GitConfig.VersionRules RULES =
      new GitConfig.VersionRules(GitConfig.Format.SEMVER, "v", true, true);

  @TempDir Path tmp;
  Remote remote;
  SshServer server;
  Path home;
  Path key;
  String tagged;

  @BeforeEach
  void serverWithARepository() throws IOException {
    remote = Remote.create(tmp);
    tagged = remote.seed().head();
    remote.tag("v1.0.0", tagged, true);
    home = tmp.resolve("user-home");
    key = tmp.resolve("keys/id_gate");
    String pub = SshServer.keygen(key);
    server = SshServer.start(tmp.resolve("sshd"), List.of(pub));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** A clone whose origin is the SSH url; HOME's .ssh gets the given files. */
  GitRepo cloneWithOrigin(String url) {
    GitRepo c = remote.clone(tmp.resolve("work"));
    c.git("remote", "set-url", "origin", url);
    return c;
  }

  void dotSsh(String name, String content) throws IOException {
    Path f = home.resolve(".ssh").resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, content);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
  }

  void trustServer() throws IOException {
    dotSsh("known_hosts", server.knownHostsLine() + "\n");
  }

  void keyAsDefault() throws IOException {
    dotSsh("id_ed25519", Files.readString(key));
    dotSsh("id_ed25519.pub", Files.readString(Path.of(key + ".pub")));
  }

  CheckResult tagAbsent(GitRepo repo, String version, Map<String, String> vars) {
    Map<String, String> env = new HashMap<>(vars);
    env.putIfAbsent("HOME", home.toString());
    Environment e = Environment.of(env);
    LazyProbe<GitProbe> probe = GitProbes.lazy(repo.dir(), e);
    return CheckRun.of(
            new TagAbsentCheck(
                SPEC,
                RULES,
                "origin",
                Optional.of(new ReleaseVersion(version, "--version")),
                probe,
                e))
        .result();
  }

  @Test
  void listsTheRemotesTagsWithTheKeyInDotSsh() throws IOException {
    trustServer();
    keyAsDefault();
    String url = server.url(remote.bare().dir());
    GitRepo repo = cloneWithOrigin(url);
    CheckResult free = tagAbsent(repo, "v2.0.0", Map.of());
    assertThat(free.status()).as(free.message()).isEqualTo(Status.PASS);
    assertThat(free.message())
        .isEqualTo("tag v2.0.0 does not exist yet (local tags and remote 'origin' (" + url + "))");
    remote.tag("v2.0.0", remote.commit("two"), true);
    CheckResult taken = tagAbsent(repo, "v2.0.0", Map.of());
    assertThat(taken.status()).isEqualTo(Status.FAIL);
    assertThat(taken.message()).startsWith("tag v2.0.0 already exists on remote 'origin'");
  }

  @Test
  void followsAHostAliasInSshConfig() throws IOException {
    trustServer();
    dotSsh("deploy_key", Files.readString(key));
    dotSsh(
        "config",
        "Host gate-remote\n  HostName 127.0.0.1\n  Port "
            + server.port()
            + "\n  User "
            + server.user()
            + "\n  IdentityFile ~/.ssh/deploy_key\n");
    GitRepo repo = cloneWithOrigin("gate-remote:" + remote.bare().dir());
    CheckResult r = tagAbsent(repo, "v2.0.0", Map.of());
    assertThat(r.status()).as(r.message()).isEqualTo(Status.PASS);
    assertThat(r.message()).contains("remote 'origin' (gate-remote:" + remote.bare().dir() + ")");
  }

  @Test
  void anUnknownHostKeyIsAnErrorWithTheKeyscanFixAndIsNeverStored() throws IOException {
    keyAsDefault();
    GitRepo repo = cloneWithOrigin(server.url(remote.bare().dir()));
    CheckResult r = tagAbsent(repo, "v2.0.0", Map.of());
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .contains("the host key of [127.0.0.1]:" + server.port() + " (SHA256:")
        .contains("is not in ~/.ssh/known_hosts, and unknown hosts are not trusted")
        .endsWith("ssh-keyscan -p " + server.port() + " 127.0.0.1 >> ~/.ssh/known_hosts");
    assertThat(home.resolve(".ssh/known_hosts")).doesNotExist();
  }

  @Test
  void aChangedHostKeyIsAnError() throws IOException {
    keyAsDefault();
    String other = SshServer.keygen(tmp.resolve("other/host")).split(" ", 3)[1];
    dotSsh("known_hosts", "[127.0.0.1]:" + server.port() + " ssh-ed25519 " + other + "\n");
    GitRepo repo = cloneWithOrigin(server.url(remote.bare().dir()));
    CheckResult r = tagAbsent(repo, "v2.0.0", Map.of());
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .contains("differs from the one in ~/.ssh/known_hosts")
        .contains("ssh-keygen -R '[127.0.0.1]:" + server.port() + "'");
  }

  @Test
  void usesARunningSshAgentAndSaysSoWhenNoKeyIsAccepted() throws Exception {
    trustServer();
    GitRepo repo = cloneWithOrigin(server.url(remote.bare().dir()));
    CheckResult refused = tagAbsent(repo, "v2.0.0", Map.of());
    assertThat(refused.status()).isEqualTo(Status.ERROR);
    assertThat(refused.message()).contains("accepted none of the keys offered");
    Path sock = tmp.resolve("agent.sock");
    Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", sock.toString()).start();
    try {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!Files.exists(sock) && System.nanoTime() < end) {
        Thread.sleep(20);
      }
      // The socket appears before the agent listens on it: ssh-add then cannot connect (exit 2).
      int exit;
      String said;
      do {
        ProcessBuilder add =
            new ProcessBuilder("ssh-add", key.toString()).redirectErrorStream(true);
        add.environment().put("SSH_AUTH_SOCK", sock.toString());
        Process p = add.start();
        said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        exit = p.waitFor();
        if (exit == 2 && System.nanoTime() < end) {
          Thread.sleep(50);
        }
      } while (exit == 2 && System.nanoTime() < end);
      assertThat(exit).as(said).isZero();
      CheckResult r = tagAbsent(repo, "v2.0.0", Map.of("SSH_AUTH_SOCK", sock.toString()));
      assertThat(r.status()).as(r.message()).isEqualTo(Status.PASS);
    } finally {
      agent.destroy();
    }
  }

  String sshCommand() {
    Path kh = tmp.resolve("kh");
    try {
      Files.writeString(kh, server.knownHostsLine() + "\n");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return "ssh -F /dev/null -o BatchMode=yes -o IdentitiesOnly=yes -o StrictHostKeyChecking=yes"
        + " -o UserKnownHostsFile="
        + kh
        + " -i "
        + key;
  }

  @Test
  void runsTheUsersGitSshCommandAsGitDoes() {
    GitRepo repo = cloneWithOrigin(server.url(remote.bare().dir()));
    CheckResult r = tagAbsent(repo, "v2.0.0", Map.of("GIT_SSH_COMMAND", sshCommand()));
    assertThat(r.status()).as(r.message()).isEqualTo(Status.PASS);
    // The same command works for native git: the gate runs it as git does.
    repo.git("-c", "core.sshCommand=" + sshCommand(), "ls-remote", "--tags", "origin");
  }

  @Test
  void runsTheUsersGitSshProgram() throws IOException {
    Path wrapper = tmp.resolve("ssh-wrapper");
    Files.writeString(wrapper, "#!/bin/sh\nexec " + sshCommand() + " \"$@\"\n");
    Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwx------"));
    GitRepo repo = cloneWithOrigin(server.url(remote.bare().dir()));
    CheckResult r = tagAbsent(repo, "v2.0.0", Map.of("GIT_SSH", wrapper.toString()));
    assertThat(r.status()).as(r.message()).isEqualTo(Status.PASS);
  }

  @Test
  void aFailingGitSshCommandIsAnErrorNamingIt() {
    GitRepo repo = cloneWithOrigin(server.url(remote.bare().dir()));
    CheckResult r = tagAbsent(repo, "v2.0.0", Map.of("GIT_SSH_COMMAND", "false"));
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message()).contains("the SSH command from GIT_SSH_COMMAND failed");
  }
}
