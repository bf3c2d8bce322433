package dev.releasesentinel.checks.git;

import dev.releasesentinel.engine.Environment;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.RemoteSession2;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.util.FS;

/**
 * The SSH command the user declared, run the way git runs it (git(1), {@code GIT_SSH_COMMAND} and
 * {@code GIT_SSH}; git-config(1), {@code core.sshCommand}): a command line is run by {@code sh}
 * with the arguments appended; {@code GIT_SSH} is a program run directly. Arguments as git passes
 * them to an OpenSSH-like program: {@code [-p PORT] [USER@]HOST 'git-upload-pack '\''PATH'\'''}; to
 * PuTTY's plink {@code -batch -P PORT}.
 *
 * @param command the command line, or the program for {@code GIT_SSH}
 * @param shell whether {@code command} is a command line for {@code sh}
 * @param source where it came from, for messages ({@code GIT_SSH_COMMAND}, ...)
 */
record JGitSshExternal(String command, boolean shell, String source, Environment env)
    implements java.util.function.Supplier<SshSessionFactory> {

  /** The user's declared SSH command, if there is one: the variables first, as in git. */
  static java.util.Optional<JGitSshExternal> declared(Environment env, String coreSshCommand) {
    java.util.Optional<String> c = env.nonEmpty("GIT_SSH_COMMAND");
    if (c.isPresent()) {
      return java.util.Optional.of(new JGitSshExternal(c.get(), true, "GIT_SSH_COMMAND", env));
    }
    java.util.Optional<String> p = env.nonEmpty("GIT_SSH");
    if (p.isPresent()) {
      return java.util.Optional.of(new JGitSshExternal(p.get(), false, "GIT_SSH", env));
    }
    if (coreSshCommand != null && !coreSshCommand.isBlank()) {
      return java.util.Optional.of(
          new JGitSshExternal(coreSshCommand, true, "core.sshCommand", env));
    }
    return java.util.Optional.empty();
  }

  @Override
  public SshSessionFactory get() {
    return new SshSessionFactory() {
      @Override
      public RemoteSession2 getSession(
          URIish uri, CredentialsProvider credentials, FS fs, int tms) {
        return new Session(uri);
      }

      @Override
      public String getType() {
        return "external (" + source + ")";
      }
    };
  }

  private final class Session implements RemoteSession2 {
    private final URIish uri;

    Session(URIish uri) {
      this.uri = uri;
    }

    @Override
    public Process exec(String remoteCommand, int timeout) throws TransportException {
      return exec(remoteCommand, Map.of(), timeout);
    }

    @Override
    public Process exec(String remoteCommand, Map<String, String> extra, int timeout)
        throws TransportException {
      String first = shell ? command.strip().split("\\s+")[0] : command;
      String name = new File(first).getName().toLowerCase(Locale.ROOT);
      boolean putty = name.contains("plink") || name.contains("putty");
      List<String> args = new ArrayList<>();
      if (putty && !name.contains("tortoiseplink")) {
        args.add("-batch");
      }
      if (uri.getPort() > 0) {
        args.add(putty ? "-P" : "-p");
        args.add(String.valueOf(uri.getPort()));
      }
      args.add(uri.getUser() != null ? uri.getUser() + "@" + uri.getHost() : uri.getHost());
      args.add(remoteCommand);
      List<String> cmd = new ArrayList<>();
      if (shell) {
        cmd.addAll(List.of("/bin/sh", "-c", command + " \"$@\"", command));
      } else {
        cmd.add(command);
      }
      cmd.addAll(args);
      ProcessBuilder pb = new ProcessBuilder(cmd);
      pb.environment().putAll(env.all());
      pb.environment().putAll(extra);
      try {
        return pb.start();
      } catch (IOException e) {
        throw new TransportException(
            uri, "cannot run the SSH command from " + source + " (" + e.getMessage() + ")", e);
      }
    }

    @Override
    public void disconnect() {
      // the process ends with the connection
    }
  }
}
