package dev.releasesentinel.checks.git;

import dev.releasesentinel.engine.Environment;
import java.io.File;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;

/**
 * SSH for one remote listing, honouring what git honours (docs/checks/git.md, "SSH remotes"): the
 * user's declared SSH command ({@code GIT_SSH_COMMAND}, {@code GIT_SSH}, {@code core.sshCommand})
 * when there is one; otherwise JGit's transport over Apache MINA SSHD with {@code ~/.ssh/config}
 * (Host aliases, HostName, Port, User, IdentityFile, ...), the {@code known_hosts} files (an
 * unknown host is refused), the default keys in {@code ~/.ssh} and a running ssh-agent ({@code
 * SSH_AUTH_SOCK}). {@code ~} is {@code $HOME}, else the JVM's {@code user.home}.
 *
 * <p>Loaded only for SSH remotes: nothing of MINA SSHD loads for an HTTPS remote.
 */
final class JGitSsh implements AutoCloseable {

  private final SshSessionFactory factory;
  private final Supplier<Optional<String>> refused;
  private final Optional<JGitSshExternal> external;

  private JGitSsh(
      SshSessionFactory factory,
      Supplier<Optional<String>> refused,
      Optional<JGitSshExternal> external) {
    this.factory = factory;
    this.refused = refused;
    this.external = external;
  }

  static JGitSsh forRepository(Repository repo, Environment env) {
    Optional<JGitSshExternal> external =
        JGitSshExternal.declared(env, repo.getConfig().getString("core", null, "sshCommand"));
    if (external.isPresent()) {
      return new JGitSsh(external.get().get(), Optional::empty, external);
    }
    File home =
        new File(env.nonEmpty("HOME").orElseGet(() -> System.getProperty("user.home", ".")));
    File sshDir = new File(home, ".ssh");
    String knownHosts = "~/.ssh/known_hosts";
    JGitSshHostKeys[] keys = new JGitSshHostKeys[1];
    SshdSessionFactory sshd =
        new SshdSessionFactory(new JGitKeyCache(), null) {
          @Override
          protected ServerKeyDatabase getServerKeyDatabase(File homeDir, File dir) {
            synchronized (keys) {
              if (keys[0] == null) {
                keys[0] = new JGitSshHostKeys(super.getServerKeyDatabase(homeDir, dir), knownHosts);
              }
              return keys[0];
            }
          }

          @Override
          protected org.eclipse.jgit.transport.sshd.agent.ConnectorFactory getConnectorFactory() {
            return new JGitSshAgent(env.nonEmpty("SSH_AUTH_SOCK"));
          }
        };
    sshd.setHomeDirectory(home);
    sshd.setSshDirectory(sshDir);
    return new JGitSsh(
        sshd,
        () -> {
          synchronized (keys) {
            return keys[0] == null ? Optional.empty() : keys[0].refused();
          }
        },
        Optional.empty());
  }

  /** Sets this SSH on the transport a command opens. */
  TransportConfigCallback callback() {
    return t -> {
      if (t instanceof SshTransport ssh) {
        ssh.setSshSessionFactory(factory);
      }
    };
  }

  /** Why the server's host key was refused, if it was. */
  Optional<String> hostKeyRefused() {
    return refused.get();
  }

  /** Where the SSH command came from, when it is the user's own. */
  Optional<String> externalSource() {
    return external.map(JGitSshExternal::source);
  }

  @Override
  public void close() {
    if (factory instanceof SshdSessionFactory s) {
      s.close();
    }
  }
}
