package dev.releasesentinel.checks.git;

import java.io.File;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.transport.sshd.agent.AbstractConnector;
import org.eclipse.jgit.transport.sshd.agent.Connector;
import org.eclipse.jgit.transport.sshd.agent.ConnectorFactory;

/**
 * The connection to a running ssh-agent, over the Unix domain socket that {@code SSH_AUTH_SOCK} (or
 * {@code IdentityAgent} in {@code ~/.ssh/config}) names, with the JDK's own Unix sockets (Java
 * 16+). JGit's SSH transport speaks the agent protocol (draft-miller-ssh-agent) through this; its
 * own connectors need JNA bindings that are not part of this build. {@code IdentityAgent none}
 * switches the agent off, as in OpenSSH.
 */
final class JGitSshAgent implements ConnectorFactory {

  private static final String SSH_AUTH_SOCK = "SSH_AUTH_SOCK";

  private final Optional<String> authSock;

  JGitSshAgent(Optional<String> authSock) {
    this.authSock = authSock;
  }

  @Override
  public Connector create(String identityAgent, File homeDir) {
    String socket = identityAgent;
    if (socket == null || socket.isEmpty() || socket.equals(SSH_AUTH_SOCK)) {
      socket = authSock.orElse(null);
    } else if (socket.startsWith("~/")) {
      socket = new File(homeDir, socket.substring(2)).getPath();
    }
    return new Socket(socket);
  }

  @Override
  public boolean isSupported() {
    return true;
  }

  @Override
  public String getName() {
    return "release-sentinel-unix-socket";
  }

  @Override
  public Collection<ConnectorDescriptor> getSupportedConnectors() {
    return List.of(getDefaultConnector());
  }

  @Override
  public ConnectorDescriptor getDefaultConnector() {
    return new ConnectorDescriptor() {
      @Override
      public String getIdentityAgent() {
        return SSH_AUTH_SOCK;
      }

      @Override
      public String getDisplayName() {
        return "ssh-agent (SSH_AUTH_SOCK)";
      }
    };
  }

  /** One request and its reply at a time, framed as the agent protocol says (uint32 length). */
  private static final class Socket extends AbstractConnector {
    private final String path;
    private SocketChannel channel;

    Socket(String path) {
      this.path = path;
    }

    @Override
    public synchronized boolean connect() throws IOException {
      if (path == null || path.isEmpty() || !new File(path).exists()) {
        return false; // no agent running: keys come from the files, as with OpenSSH
      }
      if (channel == null) {
        SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
          c.connect(UnixDomainSocketAddress.of(path));
        } catch (IOException e) {
          c.close();
          throw new IOException("cannot connect to the ssh-agent at " + path, e);
        }
        channel = c;
      }
      return true;
    }

    @Override
    public synchronized byte[] rpc(byte command, byte[] message) throws IOException {
      prepareMessage(command, message);
      if (channel == null) {
        throw new IllegalStateException("not connected to the ssh-agent");
      }
      ByteBuffer out = ByteBuffer.wrap(message);
      while (out.hasRemaining()) {
        channel.write(out);
      }
      byte[] length = new byte[4];
      read(length);
      byte[] reply = new byte[toLength(command, length)];
      read(reply);
      return reply;
    }

    private void read(byte[] into) throws IOException {
      ByteBuffer in = ByteBuffer.wrap(into);
      while (in.hasRemaining()) {
        if (channel.read(in) < 0) {
          throw new IOException("the ssh-agent at " + path + " closed the connection");
        }
      }
    }

    @Override
    public synchronized void close() throws IOException {
      if (channel != null) {
        channel.close();
        channel = null;
      }
    }
  }
}
