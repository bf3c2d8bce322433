package dev.releasesentinel.checks.git;

import java.net.InetSocketAddress;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;

/**
 * JGit's known_hosts verification (OpenSSH's {@code known_hosts} files, {@code
 * StrictHostKeyChecking} from {@code ~/.ssh/config}), remembering why a host key was refused so
 * that the message can say it and how to fix it. Nothing prompts: with the default {@code
 * StrictHostKeyChecking ask} an unknown key is refused, never trusted silently.
 */
final class JGitSshHostKeys implements ServerKeyDatabase {

  private final ServerKeyDatabase known;
  private final String knownHostsFile;
  private final AtomicReference<String> refused = new AtomicReference<>();

  JGitSshHostKeys(ServerKeyDatabase known, String knownHostsFile) {
    this.known = known;
    this.knownHostsFile = knownHostsFile;
  }

  @Override
  public List<PublicKey> lookup(
      String connectAddress, InetSocketAddress remoteAddress, Configuration config) {
    return known.lookup(connectAddress, remoteAddress, config);
  }

  @Override
  public boolean accept(
      String connectAddress,
      InetSocketAddress remoteAddress,
      PublicKey serverKey,
      Configuration config,
      CredentialsProvider provider) {
    if (known.accept(connectAddress, remoteAddress, serverKey, config, provider)) {
      return true;
    }
    String host = connectAddress;
    String port = "";
    if (host.startsWith("[") && host.contains("]:")) {
      port = host.substring(host.indexOf("]:") + 2);
      host = host.substring(1, host.indexOf("]:"));
    }
    String fingerprint = KeyUtils.getFingerPrint(serverKey);
    boolean changed = !known.lookup(connectAddress, remoteAddress, config).isEmpty();
    refused.set(
        changed
            ? "the host key of "
                + connectAddress
                + " ("
                + fingerprint
                + ") differs from the one in "
                + knownHostsFile
                + ": someone may be intercepting the connection, or the server's key was"
                + " replaced. If the server's owner confirms the new key, remove the old one"
                + " (ssh-keygen -R '"
                + connectAddress
                + "') and add the new one"
            : "the host key of "
                + connectAddress
                + " ("
                + fingerprint
                + ") is not in "
                + knownHostsFile
                + ", and unknown hosts are not trusted: check the fingerprint with the server's"
                + " owner, then add it: ssh-keyscan "
                + (port.isEmpty() ? "" : "-p " + port + " ")
                + host
                + " >> "
                + knownHostsFile);
    return false;
  }

  /** Why the last host key was refused, if one was. */
  Optional<String> refused() {
    return Optional.ofNullable(refused.get());
  }
}
